import { describe, expect, it } from 'vitest';
import { adxDocument } from '../../../shared/dhis2/adx';
import { dataValueSet, dataValueSetSchema, dataValueSetText } from '../../../shared/dhis2/data-value-set';
import { buildDhis2Export } from '../../../shared/dhis2/export';
import { emptyMapping, parseDhis2Mapping } from '../../../shared/dhis2/mapping';
import { dhis2Periods } from '../../../shared/dhis2/periods';
import { emptyReportData } from '../../../shared/domain/report';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { SEED_PERIOD, seedShapedReports } from '../merge/seed-reports';

const sources = () => seedShapedReports().map((r) => ({ unitCode: r.unit.code, data: r.data }));
const at = new Date('2024-01-05T03:04:05Z');

describe('DHIS2 periods', () => {
  it('year, six months, quarter, month as ADX durations and DHIS2 codes; 9 months has no JSON code', () => {
    expect(dhis2Periods('2023')).toEqual({ adx: '2023-01-01/P1Y', dataValueSets: '2023' });
    expect(dhis2Periods('2023-H1')).toEqual({ adx: '2023-01-01/P6M', dataValueSets: '2023S1' });
    expect(dhis2Periods('2023-Q1')).toEqual({ adx: '2023-01-01/P3M', dataValueSets: '2023Q1' });
    expect(dhis2Periods('2023-M01')).toEqual({ adx: '2023-01-01/P1M', dataValueSets: '202301' });
    expect(dhis2Periods('2023-Q3')).toEqual({ adx: '2023-01-01/P9M', dataValueSets: null });
    expect(dhis2Periods('2023-Q9')).toBeNull();
  });
});

describe('DHIS2 export of the seed', () => {
  it('only counts go out: the whole-district counts add up to the seed, totals and rates are left out', () => {
    const exp = buildDhis2Export(CURRENT_TEMPLATE, SEED_PERIOD, sources(), emptyMapping())!;
    expect(exp.groups.map((g) => g.orgUnit)).toEqual(sources().map((s) => s.unitCode));
    const codes = new Set(exp.groups.flatMap((g) => g.values.map((v) => v.dataElement)));
    for (const derived of ['A07', 'A11', 'A14', 'R01', 'R02', 'E01', 'B01'])
      expect(codes).not.toContain(derived);
    const sum = (...cs: string[]) =>
      exp.groups
        .flatMap((g) => g.values)
        .filter((v) => cs.includes(v.dataElement))
        .reduce((n, v) => n + Number(v.value), 0);
    expect(sum('A02', 'A03', 'A05', 'A06')).toBe(27_630); // received, as the seed
    expect(sum('A08', 'A09', 'A10')).toBe(27_282); // resolved
    expect(exp.left.totals).toBeGreaterThan(0);
    expect(exp.left.rates).toBeGreaterThan(0);
    expect(exp.left.models).toBe(13);
    expect(exp.usesCodes).toBe(true);
  });

  it('a count left empty is no data value (not a zero)', () => {
    const data = emptyReportData();
    data.counts = { A01: 5, A02: null };
    const exp = buildDhis2Export(CURRENT_TEMPLATE, '2023', [{ unitCode: 'X1', data }], emptyMapping())!;
    expect(exp.groups[0]!.values).toEqual([{ dataElement: 'A01', value: '5' }]);
  });

  it('ADX: namespace, exported, one group per unit with dataSet, orgUnit and period; attributes escaped', () => {
    const parsed = parseDhis2Mapping(
      CURRENT_TEMPLATE,
      'loai;ma;dhis2;categoryOptionCombo\ndataSet;cchc;"DS&<""1>"\norgUnit;th01;"OU""1"\ndataElement;A03;DE<3>;COC&1\n',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const data = emptyReportData();
    data.counts = { A03: 12, A05: 3 };
    const exp = buildDhis2Export(CURRENT_TEMPLATE, '2023-H1', [{ unitCode: 'TH01', data }], parsed.mapping)!;
    const xml = adxDocument(exp, at);
    expect(xml).toContain('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-01-05T03:04:05.000Z">');
    expect(xml).toContain(
      '<group dataSet="DS&amp;&lt;&quot;1&gt;" orgUnit="OU&quot;1" period="2023-01-01/P6M">',
    );
    expect(xml).toContain(
      '<dataValue dataElement="DE&lt;3&gt;" categoryOptionCombo="COC&amp;1" value="12"/>',
    );
    // A05 is not mapped: our code stays, to be imported with idScheme=CODE.
    expect(xml).toContain('<dataValue dataElement="A05" value="3"/>');
    expect(exp.usesCodes).toBe(true);
  });

  it('dataValueSets JSON passes its schema; a broken one does not', () => {
    const exp = buildDhis2Export(CURRENT_TEMPLATE, '2023-Q1', sources(), emptyMapping())!;
    const set = dataValueSet(exp, at)!;
    expect(set.dataValues[0]).toEqual({
      dataElement: 'A01',
      period: '2023Q1',
      orgUnit: 'TH00',
      value: '197',
    });
    expect(dataValueSetSchema.safeParse(JSON.parse(dataValueSetText(set))).success).toBe(true);
    const broken = { ...set, dataValues: [{ ...set.dataValues[0]!, value: '12,5' }] };
    expect(dataValueSetSchema.safeParse(broken).success).toBe(false);
    expect(
      dataValueSetSchema.safeParse({ ...set, dataValues: [{ ...set.dataValues[0], period: '2023-Q1' }] })
        .success,
    ).toBe(false);
    expect(
      dataValueSet(buildDhis2Export(CURRENT_TEMPLATE, '2023-Q3', sources(), emptyMapping())!, at),
    ).toBeNull();
  });
});

describe('DHIS2 mapping file', () => {
  it('reads ";" or "," lines, a header, comments, Vietnamese kind names; unmapped codes stay', () => {
    const r = parseDhis2Mapping(
      CURRENT_TEMPLATE,
      '\uFEFF# ánh xạ\nkind,code,id,categoryOptionCombo\nchỉ tiêu,a01,fbfJHSPpUQD,\nđơn vị,"TH01",DiszpKrYNg8\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.mapping.dataElements.get('A01')).toEqual({ id: 'fbfJHSPpUQD' });
    expect(r.mapping.orgUnits.get('TH01')).toBe('DiszpKrYNg8');
  });

  it('says which line is wrong and why: a total, an unknown kind, a duplicate, a missing id', () => {
    const r = parseDhis2Mapping(
      CURRENT_TEMPLATE,
      'dataElement;A07;x1\nindicator;A01;x2\ndataElement;A01;x3\ndataElement;a01;x4\norgUnit;TH 1;x5\norgUnit;TH01;\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.stringMatching(/dòng 1: "A07" không phải chỉ tiêu số đếm/u),
      expect.stringMatching(/dòng 2: loại "indicator" không hợp lệ/u),
      expect.stringMatching(/dòng 4: mã "a01" đã được ánh xạ ở dòng 3/u),
      expect.stringMatching(/dòng 5: mã đơn vị "TH 1" không hợp lệ/u),
      expect.stringMatching(/dòng 6: thiếu mã trong DHIS2/u),
    ]);
    expect(parseDhis2Mapping(CURRENT_TEMPLATE, '# chỉ có ghi chú\n')).toMatchObject({ ok: false });
  });
});
