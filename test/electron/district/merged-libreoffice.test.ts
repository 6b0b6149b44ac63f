/**
 * The merged workbook's formulas are real: LibreOffice, told to recalculate on load, computes the
 * seed totals from the units' rows even when the cached values are wrong, and each rate's number
 * ("Tỷ lệ dạng số") beside its text.
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { rateFraction, ratePercent } from '../../../shared/format/numbers';
import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { computeCompleteness } from '../../../shared/merge/completeness';
import { mergeReports } from '../../../shared/merge/merge';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { writeMergedWorkbook } from '../../../electron/workbook/merged-writer';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { libreOfficeResave, recalcProfile } from '../workbook/fixtures';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { cliRunner } from '../cli/harness';
import { seedWorkbooks } from './workbooks';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-merged-lo-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const merged = mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, seedShapedReports());

/** The seed's merge, every cached aggregate a lie: only the units' own counts are right. */
function lyingWorkbook(): Promise<Buffer> {
  const zero = Object.fromEntries(Object.keys(merged.figures).map((k) => [k, 0]));
  const lying = {
    ...merged,
    figures: zero,
    rates: {},
    levels: merged.levels.map((l) => ({ ...l, figures: zero, rates: {} })),
    units: merged.units.map((u) => ({ ...u, rates: {} })),
  };
  return writeMergedWorkbook({
    template: CURRENT_TEMPLATE,
    merged: lying,
    completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
    generatedAt: new Date('2023-12-22T02:00:00Z'),
    appVersion: '0.1.0',
    sources: [],
  });
}

/** A sheet's cells as LibreOffice computed them: by the row's key (column `keyCol`) and the header. */
function table(ws: ExcelJS.Worksheet, headerKey: string, keyCol: number) {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(1).value === headerKey) header = n;
  });
  const cols = new Map<string, number>();
  ws.getRow(header).eachCell((cell, col) => cols.set(String(cell.value), col));
  return (key: string, column: string): unknown => {
    let found: unknown;
    ws.eachRow((row, n) => {
      if (n <= header || found !== undefined || String(row.getCell(keyCol).value) !== key) return;
      const v = row.getCell(cols.get(column)!).value;
      found = v !== null && typeof v === 'object' && 'formula' in v ? (v.result ?? '') : (v ?? '');
    });
    return found;
  };
}

describe('merged workbook recalculated by LibreOffice', () => {
  it('gives 27.630 received, 27.282 resolved, 98,74% and 97 trained from the formulas alone', async () => {
    const bytes = await lyingWorkbook();
    const file = path.join(dir, 'merged.xlsx');
    fs.writeFileSync(file, bytes);
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=${recalcProfile(dir)}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        file,
      ],
      { timeout: 120_000 },
    );
    const csv = fs.readFileSync(path.join(dir, 'merged-Tổng hợp.csv'), 'utf8');
    const line = (code: string) => csv.split('\n').find((l) => l.startsWith(`${code},`))!;
    // The printed columns; the rates' numbers follow them.
    expect(line('A07')).toMatch(/,27630,3252,24378,/u);
    expect(line('A11')).toMatch(/,27282,3218,24064,/u);
    expect(line('R02')).toContain('"98,74%"');
    expect(line('R01')).toMatch(/"74,20%","62,03%",/u);
    expect(line('C10')).toMatch(/,97,46,51,/u);
    expect(line('R07')).toMatch(/"100,00%","100,00%",không phát sinh,/u);
  }, 180_000);

  it('computes each rate as a number beside its text: 0,9874 for the A-dossiers, blank where nothing arises', async () => {
    const [recomputed] = await libreOfficeResave([{ name: 'merged.xlsx', bytes: await lyingWorkbook() }], {
      recalc: true,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(recomputed!).buffer);
    const [levelA, levelB] = merged.levels.map((l) => l.name);

    const summary = table(wb.getWorksheet(T.sheets.summary)!, T.code, 1);
    expect(summary('R02', T.total)).toBe('98,74%');
    expect(summary('R02', T.rateNumberOf(T.total))).toBeCloseTo(0.9874, 4);
    expect(summary('R01', T.rateNumberOf(levelA!))).toBeCloseTo(0.742, 4);
    expect(summary('R01', T.rateNumberOf(levelB!))).toBeCloseTo(0.6203, 4);
    expect(summary('R07', T.rateNumberOf(levelB!))).toBe(''); // "không phát sinh"
    expect(summary('A07', T.rateNumberOf(T.total))).toBe(''); // a count has no rate

    // "Theo đơn vị": every unit's number is its own counts' rate; the total row, the district's.
    const byUnit = table(wb.getWorksheet(T.sheets.byUnit)!, T.index, 3);
    expect(byUnit(T.totalRow, T.codeAsNumber('R02'))).toBeCloseTo(0.9874, 4);
    for (const u of merged.units) {
      const percent = ratePercent(u.figures.A11 ?? 0, u.figures.A07 ?? 0);
      const number = byUnit(u.unit.name, T.codeAsNumber('R02'));
      if (percent === null) expect(number, u.unit.name).toBe('');
      else expect(number, u.unit.name).toBeCloseTo(rateFraction(percent)!, 8);
    }
  }, 180_000);

  it('keeps a unit in its level total when the district retypes its "Cấp" (finding 3)', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await lyingWorkbook()).buffer);
    const sheet = book.getWorksheet(T.sheets.byUnit)!;
    const xa = merged.units.find((u) => u.unit.level === 'xa')!;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === xa.unit.code) row.getCell(4).value = 'Thị trấn';
    });
    const [recomputed] = await libreOfficeResave(
      [{ name: 'edited.xlsx', bytes: Buffer.from(await book.xlsx.writeBuffer()) }],
      { recalc: true },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(recomputed!).buffer);
    const summary = table(wb.getWorksheet(T.sheets.summary)!, T.code, 1);
    const byLevel = Object.fromEntries(merged.levels.map((l) => [l.level, l.name]));
    expect(summary('A07', T.total)).toBe(27630);
    expect(summary('A07', byLevel.huyen!)).toBe(3252);
    expect(summary('A07', byLevel.xa!)).toBe(24378);
  }, 180_000);

  it('a merged workbook re-saved by LibreOffice is read without a false hand edit; real edits still named (finding 4)', async () => {
    const run = cliRunner();
    const files: string[] = [];
    for (const w of (await seedWorkbooks()).slice(0, 4)) {
      files.push(path.join(dir, w.fileName));
      fs.writeFileSync(files.at(-1)!, w.bytes);
    }
    const mergedFile = path.join(dir, 'huyen.xlsx');
    expect((await run('merge', '--period', SEED_PERIOD, '--out', mergedFile, ...files)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(fs.readFileSync(mergedFile)).buffer);
    let typedOver = '';
    book.getWorksheet(T.sheets.summary)!.eachRow((row) => {
      if (row.getCell(1).value === 'A11') {
        row.getCell(4).value = 12345;
        typedOver = row.getCell(4).address;
      }
    });
    const [plain, edited] = await libreOfficeResave(
      [
        { name: 'plain.xlsx', bytes: fs.readFileSync(mergedFile) },
        { name: 'edited.xlsx', bytes: Buffer.from(await book.xlsx.writeBuffer()) },
      ],
      { recalc: true },
    );
    const problems = (bytes: Buffer, name: string) => {
      const checked = checkWorkbookSync(bytes, name, { units: DEFAULT_UNITS, expectedPeriod: SEED_PERIOD });
      expect(checked.rollUp, name).toBeDefined();
      return [...checked.problems, ...checked.rollUp!.units.flatMap((u) => u.problems)].map((p) => p.message);
    };
    expect(problems(plain!, 'plain.xlsx').filter((m) => m.includes('sửa tay'))).toEqual([]);
    const named = problems(edited!, 'edited.xlsx').filter((m) => m.includes('sửa tay'));
    expect(named).toHaveLength(1);
    expect(named[0]).toContain(`trang "Tổng hợp", ô ${typedOver} (dòng A11`);
    expect(named[0]).toContain('ghi 12.345');
  }, 180_000);
});

describe('"Ghi chú" of a count some units left blank, recalculated by LibreOffice', () => {
  it('says 2/3 from the units’ rows, and nothing once the office fills the blank in "Theo đơn vị"', async () => {
    const three = seedShapedReports().slice(1, 4);
    const th02 = three[1]!;
    const reports = [
      three[0]!,
      { ...th02, data: { ...th02.data, counts: { ...th02.data.counts, A15: null } } },
      three[2]!,
    ];
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, reports),
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date('2023-12-22T02:00:00Z'),
      appVersion: '0.1.0',
      sources: [],
    });
    // The office types TH02's A15 (7) into "Theo đơn vị".
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(new Uint8Array(bytes).buffer);
    const byUnitSheet = edited.getWorksheet(T.sheets.byUnit)!;
    let a15Col = 0;
    byUnitSheet.eachRow((row) => row.eachCell((cell, col) => void (cell.value === 'A15' && (a15Col = col))));
    byUnitSheet.eachRow((row) => {
      if (row.getCell(2).value === 'TH02') row.getCell(a15Col).value = 7;
    });
    const [asWritten, filled] = await libreOfficeResave(
      [
        { name: 'blank.xlsx', bytes },
        { name: 'filled.xlsx', bytes: Buffer.from(await edited.xlsx.writeBuffer()) },
      ],
      { recalc: true },
    );
    const note = async (file: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(file).buffer);
      const summary = table(wb.getWorksheet(T.sheets.summary)!, T.code, 1);
      return { note: summary('A15', T.note), total: summary('A15', T.total) };
    };
    const given = three[0]!.data.counts.A15! + three[2]!.data.counts.A15!;
    expect(await note(asWritten!)).toEqual({ note: '2/3 đơn vị có số liệu', total: given });
    expect(await note(filled!)).toEqual({ note: '', total: given + 7 });
  }, 180_000);
});
