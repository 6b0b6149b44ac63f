import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCompleteness, type ReceivedFileInfo } from '../../../shared/merge/completeness';
import { mergeReports } from '../../../shared/merge/merge';
import { allIndicators, CURRENT_TEMPLATE } from '../../../shared/template';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { COUNT_NUMBER_FORMAT } from '../../../shared/workbook/layout';
import { writeMergedWorkbook } from '../../../electron/workbook/merged-writer';
import { SEED_MODELS, SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';

/** Reads the merged workbook back and finds a row by its "Mã số". */
function rowOfCode(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === code) found = row;
  });
  if (!found) throw new Error(`no row ${code}`);
  return found;
}
const result = (cell: ExcelJS.Cell) => {
  const v = cell.value as { result?: unknown } | number | null;
  return v && typeof v === 'object' && 'result' in v ? v.result : v;
};

describe('merged workbook', () => {
  const reports = seedShapedReports();
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const merged = mergeReports(
      CURRENT_TEMPLATE,
      SEED_PERIOD,
      reports
        .slice(0, 9)
        .map((r) => ({ ...r, revision: 1 }))
        .concat([{ ...reports[9]!, revision: 0 }]),
    );
    const files: ReceivedFileInfo[] = reports.map((r, i) => ({
      id: i + 1,
      fileName: `CCHC_2023_${r.unit.code}_r1.xlsx`,
      receivedAt: '2023-12-20T03:00:00.000Z',
      verdict: 'accepted',
      status: 'current',
      unitCode: r.unit.code,
      period: SEED_PERIOD,
      revision: 1,
      problems: [],
    }));
    files.push({
      id: 99,
      fileName: 'bao-cao-sai.xlsx',
      receivedAt: '2023-12-21T03:00:00.000Z',
      verdict: 'refused',
      status: 'refused',
      unitCode: 'TH03',
      period: SEED_PERIOD,
      revision: 2,
      problems: [
        {
          level: 'error',
          kind: 'rule:A07-balance',
          message: 'A07 phải bằng A11 cộng A14.',
          sheet: 'A. TTHC, hồ sơ',
          cell: 'E11',
          indicator: 'A07',
        },
      ],
    });
    const completeness = computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, files);
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged,
      completeness,
      generatedAt: new Date('2023-12-22T02:00:00Z'),
      appVersion: '0.1.0',
      sources: files
        .filter((f) => f.status === 'current')
        .map((f) => ({ unitCode: f.unitCode!, fileName: f.fileName, sha256: 'ab'.repeat(32), revision: 1 })),
    });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });

  it('has the sheets in order, the metadata and the units for the next level very hidden', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Mô hình, sáng kiến',
      'Đào tạo, bồi dưỡng',
      'Tồn tại, kiến nghị',
      'Tình hình nộp',
      'cchc_meta',
      'cchc_units',
    ]);
    const meta = wb.getWorksheet('cchc_meta')!;
    expect(meta.state).toBe('veryHidden');
    expect(wb.getWorksheet('cchc_units')!.state).toBe('veryHidden');
    expect(meta.getRow(1).values).toContain('merged');
  });

  it('"Tổng hợp": Mã số | Chỉ tiêu | Đơn vị tính | Tổng cộng | Cấp huyện | Cấp xã, with the seed totals', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    const headerRow = rowOfCode(ws, 'Mã số');
    expect(headerRow.values).toEqual([
      undefined,
      'Mã số',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Tổng cộng',
      'Cấp huyện',
      'Cấp xã',
      // Right of the printed table: each column's rates as numbers.
      'Tỷ lệ dạng số: Tổng cộng',
      'Tỷ lệ dạng số: Cấp huyện',
      'Tỷ lệ dạng số: Cấp xã',
    ]);
    const a07 = rowOfCode(ws, 'A07');
    expect(result(a07.getCell(4))).toBe(27_630);
    expect(result(a07.getCell(5))).toBe(3_252);
    expect(result(a07.getCell(6))).toBe(24_378);
    expect(result(rowOfCode(ws, 'A11').getCell(4))).toBe(27_282);
    expect(result(rowOfCode(ws, 'C10').getCell(4))).toBe(97);
    const r02 = rowOfCode(ws, 'R02').getCell(4);
    expect(result(r02)).toBe('98,74%');
    expect(result(rowOfCode(ws, 'R01').getCell(6))).toBe('62,03%');
    expect(result(rowOfCode(ws, 'R01').getCell(5))).toBe('74,20%');
    expect(result(rowOfCode(ws, 'R02').getCell(7))).toBe(0.9874);
    expect(rowOfCode(ws, 'R02').getCell(7).numFmt).toBe('0.00%');
    expect(result(rowOfCode(ws, 'R01').getCell(9))).toBe(0.6203);
    expect(rowOfCode(ws, 'A07').getCell(7).value).toBeNull();
    expect(a07.getCell(4).font.name).toBe('Times New Roman');
    expect(a07.getCell(4).numFmt).toBe(COUNT_NUMBER_FORMAT);
  });

  it('totals and rates are formulas: a total sums its parts, a rate divides merged counts', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    const f = (code: string, col: number) =>
      (rowOfCode(ws, code).getCell(col).value as { formula: string }).formula;
    const row = (code: string) => rowOfCode(ws, code).number;
    // Blank, never 0, while no unit gave any of the figures it is made of.
    const parts = ['A02', 'A03', 'A05', 'A06'].map((c) => `D${row(c)}`).join(',');
    expect(f('A07', 4)).toBe(`IF(COUNT(${parts})=0,"",SUM(${parts}))`);
    expect(f('A03', 4)).toBe(
      `IF(COUNT(E${row('A03')},F${row('A03')})=0,"",SUM(E${row('A03')},F${row('A03')}))`,
    );
    // By the hidden level code, not the "Cấp" text a district may retype (finding 3).
    expect(f('A03', 6)).toMatch(
      /^IF\(COUNTIFS\('Theo đơn vị'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,"xa",.*,"<>"\)=0,"",SUMIF\('Theo đơn vị'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,"xa",'Theo đơn vị'!/u,
    );
    const r02 = f('R02', 4);
    // Blank while a count it is made of is blank; "không phát sinh" only for a real 0 denominator.
    expect(r02).toMatch(/^IF\(COUNT\((D\d+,)+D\d+\)<\d+,"",IF\(SUM\(D\d+\)=0,"không phát sinh",/u);
    expect(r02).toContain(`QUOTIENT(SUM(D${row('A11')})*20000+SUM(D${row('A07')}),2*SUM(D${row('A07')}))`);
    const r07 = rowOfCode(ws, 'R07');
    expect(result(r07.getCell(6))).toBe('không phát sinh');
  });

  it('"Theo đơn vị": one row per unit and a total row whose rate is from the totals', () => {
    const ws = wb.getWorksheet('Theo đơn vị')!;
    const codes: unknown[] = [];
    let totalRow: ExcelJS.Row | undefined;
    let headerRow: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (typeof row.getCell(2).value === 'string' && /^TH\d\d$/u.test(row.getCell(2).value as string))
        codes.push(row.getCell(2).value);
      if (row.getCell(3).value === 'Tổng cộng') totalRow = row;
      if (row.getCell(1).value === 'STT') headerRow ??= row;
    });
    expect(codes).toHaveLength(10);
    const values = headerRow!.values as unknown[];
    const a07 = values.indexOf('A07');
    const r02 = values.indexOf('R02');
    expect(result(totalRow!.getCell(a07))).toBe(27_630);
    expect(result(totalRow!.getCell(r02))).toBe('98,74%');
    // Each rate again as a number, after every printed indicator, from the same row's counts.
    const number = values.indexOf('R02 (số)');
    const numeric = allIndicators(CURRENT_TEMPLATE).filter((i) => i.kind !== 'text');
    const lastIndicator = values.indexOf(numeric.at(-1)!.code);
    expect(number).toBeGreaterThan(lastIndicator);
    expect(result(totalRow!.getCell(number))).toBe(0.9874);
    const formula = (totalRow!.getCell(number).value as { formula: string }).formula;
    const letter = (col: number) => ws.getColumn(col).letter;
    expect(formula).toBe(
      `IF(SUM(${letter(a07)}${totalRow!.number})=0,"",QUOTIENT(SUM(${letter(values.indexOf('A11'))}${totalRow!.number})*20000+SUM(${letter(a07)}${totalRow!.number}),2*SUM(${letter(a07)}${totalRow!.number}))/10000)`,
    );
    // On paper the table ends with the last indicator: the numbers are for the screen.
    expect(ws.pageSetup.printArea).toBe(`A1:${letter(lastIndicator)}${totalRow!.number}`);
  });

  it('"Mô hình, sáng kiến": every model with its unit, name verbatim', () => {
    const ws = wb.getWorksheet('Mô hình, sáng kiến')!;
    const rows: [unknown, unknown][] = [];
    ws.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') rows.push([row.getCell(2).value, row.getCell(4).value]);
    });
    const expected = reports.flatMap((r) =>
      (SEED_MODELS[r.unit.code] ?? []).map((name) => [r.unit.code, name]),
    );
    expect(rows).toEqual(expected);
    expect(rows.length).toBe(13);
  });

  it('"Đào tạo, bồi dưỡng": units × C01–C10 with a total of 97', () => {
    const ws = wb.getWorksheet('Đào tạo, bồi dưỡng')!;
    let total: ExcelJS.Row | undefined;
    ws.eachRow((row) => {
      if (row.getCell(3).value === 'Tổng cộng') total = row;
    });
    expect(result(total!.getCell(4 + 9))).toBe(97);
    expect(result(total!.getCell(4))).toBe(29);
  });

  it('"Tồn tại, kiến nghị" and "Tình hình nộp" (with the refused file and why)', () => {
    const issues = wb.getWorksheet('Tồn tại, kiến nghị')!;
    let found = false;
    issues.eachRow((row) => {
      if (String(row.getCell(4).value).includes('quy phạm pháp luật')) found = true;
    });
    expect(found).toBe(true);
    const sub = wb.getWorksheet('Tình hình nộp')!;
    let note = '';
    sub.eachRow((row) => {
      if (row.getCell(2).value === 'TH03') note = String(row.getCell(9).value);
    });
    expect(note).toContain('bao-cao-sai.xlsx');
    expect(note).toContain('ô E11');
    expect(note).toContain('A07 phải bằng');
  });
});

describe('"Theo đơn vị" with a unit that left counts blank', () => {
  it("keeps that unit's rate blank (never 'không phát sinh') while a count it is made of is blank", async () => {
    const [a, b] = seedShapedReports();
    const blank = { ...b!.data, counts: { ...b!.data.counts } };
    delete blank.counts.A17;
    delete blank.counts.A18;
    const reports = [
      { ...a!, revision: 1 },
      { ...b!, data: blank, revision: 1 },
    ];
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, reports),
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date('2023-12-22T02:00:00Z'),
      appVersion: '0.1.0',
      sources: [],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Theo đơn vị')!;
    let header: ExcelJS.Row | undefined;
    const rowOf = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => {
      if (row.getCell(1).value === 'STT') header ??= row;
      const code = row.getCell(2).value;
      if (typeof code === 'string') rowOf.set(code, row);
    });
    const values = header!.values as unknown[];
    const r05 = values.indexOf('R05');
    const r05Number = values.indexOf('R05 (số)');
    const blankRow = rowOf.get(b!.unit.code)!;
    const cached = (cell: ExcelJS.Cell) => (cell.value as { result?: unknown }).result ?? '';
    expect(cached(blankRow.getCell(r05))).toBe('');
    expect(cached(blankRow.getCell(r05Number))).toBe('');
    expect((blankRow.getCell(r05).value as { formula: string }).formula).toMatch(
      /^IF\(COUNT\([A-Z]+\d+,[A-Z]+\d+\)<2,"",/u,
    );
    // The unit that gave both counts keeps its rate.
    expect(result(rowOf.get(a!.unit.code)!.getCell(r05))).toMatch(/^\d+,\d\d%$/u);
  });
});

describe('"Tổng hợp" when no unit gave a figure', () => {
  it('leaves the figure blank (never 0) and its rate blank (never "không phát sinh")', async () => {
    const reports = seedShapedReports()
      .slice(1, 3)
      .map((r) => {
        const counts = { ...r.data.counts };
        delete counts.A17;
        delete counts.A18;
        return { ...r, data: { ...r.data, counts }, revision: 1 };
      });
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, reports),
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date('2023-12-22T02:00:00Z'),
      appVersion: '0.1.0',
      sources: [],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const cached = (code: string) =>
      (rowOfCode(ws, code).getCell(4).value as { result?: unknown }).result ?? '';
    expect(cached('A17')).toBe('');
    expect(cached('R05')).toBe('');
    expect(cached('A07')).toBeGreaterThan(0);
  });
});
