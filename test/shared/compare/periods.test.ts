import { describe, expect, it } from 'vitest';
import { formatChange, formatChangePercent, formatSide } from '../../../shared/compare/format';
import {
  changeOf,
  comparePeriods,
  defaultOtherPeriod,
  newestFirst,
  type ComparedRow,
  type ComparedSection,
} from '../../../shared/compare/periods';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { CURRENT_TEMPLATE, displayOrder, indicatorSections, rowNumbers } from '../../../shared/template';

const report = (counts: Record<string, number | null>, models: ReportData['models'] = []): ReportData => ({
  ...emptyReportData(),
  counts,
  models,
});

const rowOf = (sections: ComparedSection[], code: string): ComparedRow =>
  sections.flatMap((s) => s.rows).find((r) => r.code === code)!;

const shownRow = (r: ComparedRow) => ({
  now: formatSide(r.now, r.kind).text,
  other: formatSide(r.other, r.kind).text,
  change: formatChange(r).text,
  percent: formatChangePercent(r).text,
});

// 2023: 27.630 received (A02 + A03 + A05 + A06), 27.282 resolved: 98,74% (the seed's figures).
const Y2023 = report({ A02: 100, A03: 20_000, A05: 7_000, A06: 530, A08: 20_000, A09: 7_000, A10: 282 });
const Y2022 = report({ A02: 100, A03: 19_000, A05: 7_000, A06: 530, A08: 18_000, A09: 7_000, A10: 1_200 });

describe('comparing one unit’s two periods', () => {
  it('gives every indicator of the form, by section, with the form’s STT, codes and labels', () => {
    const sections = comparePeriods(CURRENT_TEMPLATE, Y2023, Y2022);
    expect(sections.map((s) => s.id)).toEqual(CURRENT_TEMPLATE.sections.map((s) => s.id));
    for (const section of indicatorSections(CURRENT_TEMPLATE)) {
      const rows = sections.find((s) => s.id === section.id)!.rows;
      const numeric = displayOrder(section).filter((i) => i.kind !== 'text');
      expect(rows.map((r) => r.code)).toEqual(numeric.map((i) => i.code));
      const stt = rowNumbers(section);
      for (const r of rows) expect(r.stt).toBe(stt.get(r.code));
      expect(rows.map((r) => r.label)).toEqual(numeric.map((i) => i.label));
    }
    // Texts are named, not compared.
    expect(sections.find((s) => s.id === 'E')!.texts.map((t) => t.code)).toEqual(['E01', 'E02']);
  });

  it('computes totals and rates of each period from its counts, and the change between them', () => {
    const sections = comparePeriods(CURRENT_TEMPLATE, Y2023, Y2022);
    expect(shownRow(rowOf(sections, 'A07'))).toEqual({
      now: '27.630',
      other: '26.630',
      change: '+1.000',
      percent: '+3,8%',
    });
    // 98,74% against 26.200 / 26.630 = 98,39%: points, not percent.
    expect(shownRow(rowOf(sections, 'R02'))).toEqual({
      now: '98,74%',
      other: '98,39%',
      change: '+0,35 điểm %',
      percent: '',
    });
    expect(shownRow(rowOf(sections, 'A10'))).toEqual({
      now: '282',
      other: '1.200',
      change: '−918',
      percent: '−76,5%',
    });
    expect(shownRow(rowOf(sections, 'A02'))).toMatchObject({ change: '0', percent: '0%' });
  });

  it('says why a figure or a change is missing, in words', () => {
    const sections = comparePeriods(CURRENT_TEMPLATE, Y2023, null);
    const a07 = rowOf(sections, 'A07');
    expect(formatSide(a07.other, a07.kind)).toEqual({ text: '—', reason: 'chưa có báo cáo' });
    expect(formatChange(a07)).toEqual({ text: '—', reason: 'thiếu số liệu của một kỳ' });

    const partial = comparePeriods(CURRENT_TEMPLATE, report({ A21: 4, A22: 3 }), report({ A21: 0, A22: 0 }));
    const a12 = rowOf(partial, 'A12');
    expect(formatSide(a12.now, a12.kind)).toEqual({ text: '—', reason: 'đơn vị chưa nhập' });
    const r02 = rowOf(partial, 'R02');
    expect(formatSide(r02.now, r02.kind)).toEqual({ text: '—', reason: 'thiếu số liệu để tính' });
    // 75% against a rate that did not arise (nothing to divide by): no change in points.
    const r07 = rowOf(partial, 'R07');
    expect(shownRow(r07)).toMatchObject({ now: '75,00%', other: 'không phát sinh', change: '—' });
    expect(formatChange(r07).reason).toBe('không phát sinh ở một kỳ');
    // From 0 to 4: a change, but no percentage of nothing.
    const a21 = rowOf(partial, 'A21');
    expect(shownRow(a21)).toMatchObject({ change: '+4', percent: '—' });
    expect(formatChangePercent(a21).reason).toBe('kỳ so sánh bằng 0');
  });

  it('counts the models in both periods, in all and by each choice', () => {
    const model = (id: string, type: string, state: string) => ({
      id,
      values: { B01: `Mô hình ${id}`, B02: type, B05: state },
    });
    const now = report({}, [
      model('1', 'Mô hình', 'Mới'),
      model('2', 'Sáng kiến', 'Duy trì'),
      { id: '3', values: { B01: ' ' } },
    ]);
    const before = report({}, [model('9', 'Mô hình', 'Mới')]);
    const rows = comparePeriods(CURRENT_TEMPLATE, now, before).find((s) => s.id === 'B')!.rows;
    expect(rows[0]).toMatchObject({ label: 'Số mô hình, sáng kiến', stt: 1, change: 1, changePercent: 100 });
    expect(formatSide(rows[0]!.now, 'list').text).toBe('2');
    const initiative = rows.find((r) => r.label === 'Loại: Sáng kiến')!;
    expect(shownRow(initiative)).toMatchObject({ now: '1', other: '0', change: '+1', percent: '—' });
  });

  it('rounds a rate’s points in hundredths and a count’s share half away from zero', () => {
    expect(changeOf('rate', { state: 'value', value: 98.74 }, { state: 'value', value: 93.54 }).change).toBe(
      5.2,
    );
    expect(changeOf('count', { state: 'value', value: 7 }, { state: 'value', value: 8 }).changePercent).toBe(
      -12.5,
    );
    expect(changeOf('count', { state: 'value', value: 9 }, { state: 'value', value: 8 }).changePercent).toBe(
      12.5,
    );
    const down = changeOf('rate', { state: 'value', value: 93.54 }, { state: 'value', value: 98.74 });
    expect(formatChange({ kind: 'rate', ...down } as ComparedRow).text).toBe('−5,20 điểm %');
  });
});

describe('the period compared with', () => {
  it('is the same kind of period a year earlier when this PC holds it', () => {
    expect(defaultOtherPeriod('2023', ['2023', '2022', '2023-H1'])).toBe('2022');
    expect(defaultOtherPeriod('2023-H1', ['2023-H1', '2022-H1', '2022'])).toBe('2022-H1');
  });
  it('else the latest earlier one of the same kind, else the year before all the same', () => {
    expect(defaultOtherPeriod('2023', ['2023', '2020', '2021', '2022-H1'])).toBe('2021');
    expect(defaultOtherPeriod('2023', ['2023', '2023-H1'])).toBe('2022');
  });
  it('lists periods newest first, a year before its last quarter', () => {
    expect(newestFirst(['2022', '2023-H1', '2023', '2023-QIV', '2023-Q3', '2023'])).toEqual([
      '2023',
      '2023-QIV',
      '2023-Q3',
      '2023-H1',
      '2022',
    ]);
  });
});
