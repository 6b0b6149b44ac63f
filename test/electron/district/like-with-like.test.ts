/**
 * Totals say what they cover (tester's findings 1 and 7), on real workbooks through the services:
 * the merged "Tổng hợp" (Kỳ trước, Tăng/giảm, Ghi chú) and the Word report as the docx writer
 * writes it. The previous period is compared over the units that have a figure in both periods,
 * never this period's three units against last year's one; a figure some units left blank says
 * how many units it covers.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportData } from '../../../shared/domain/report';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { formatCount } from '../../../shared/format/numbers';
import { mergeReports } from '../../../shared/merge/merge';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { buildMergedWorkbook, importReceivedFiles } from '../../../electron/services/district';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import { buildMergedReportDocx } from '../../../electron/services/word-report';
import { openZip } from '../../../electron/workbook/xlsx/zip';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker, unitWorkbook } from './workbooks';

const seed = seedShapedReports();
/** Three communes (TH01–TH03) with the seed's figures, each changed by `edit`. */
const communes = (edit: (data: ReportData, code: string) => ReportData = (d) => d) =>
  seed.slice(1, 4).map(({ unit, data }) => ({ unit, data: edit(data, unit.code) }));
const blank = (data: ReportData, ...codes: string[]): ReportData => ({
  ...data,
  counts: { ...data.counts, ...Object.fromEntries(codes.map((c) => [c, null])) },
});

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function district(
  now: { unit: (typeof seed)[number]['unit']; data: ReportData }[],
  before: typeof now,
) {
  const scratch = openScratchDistrict({ units: [...DEFAULT_UNITS], checker: inProcessChecker });
  close = scratch.close;
  const files = await Promise.all([
    ...now.map(({ unit, data }) => unitWorkbook(unit, data, 1)),
    ...before.map(({ unit, data }) => unitWorkbook(unit, { ...data, models: [] }, 1, '2022')),
  ]);
  const results = await importReceivedFiles(scratch.ctx, files, { backup: false });
  expect(results.every((r) => r.verdict !== 'refused')).toBe(true);
  return scratch.ctx;
}

type Ctx = Awaited<ReturnType<typeof district>>;

/** "Tổng hợp" as rows of values (a formula's cached result), with the header row. */
async function summary(ctx: Ctx) {
  const file = path.join(ctx.dataDir, 'tong-hop.xlsx');
  await buildMergedWorkbook(ctx, SEED_PERIOD, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(fs.readFileSync(file)).buffer);
  const ws = wb.getWorksheet('Tổng hợp')!;
  const rows: { at: number; values: unknown[] }[] = [];
  ws.eachRow((row, at) =>
    rows.push({
      at,
      values: (row.values as unknown[])
        .slice(1)
        // ExcelJS leaves out a formula's cached 0 (the file has <v>0</v>).
        .map((v) =>
          v && typeof v === 'object' && 'formula' in v ? ((v as { result?: unknown }).result ?? 0) : v,
        ),
    }),
  );
  const header = rows.find((r) => r.values[0] === 'Mã số')!.values.map(String);
  const find = (code: string) => rows.find((x) => x.values[0] === code)!;
  return {
    header,
    row: (code: string) => (name: string) =>
      find(code).values[header.findIndex((h) => h.startsWith(name))] ?? null,
    formula: (code: string, col: number) => ws.getRow(find(code).at).getCell(col).formula,
  };
}

/** The Word report's text (body and footnotes) as the docx writer wrote it, one line a paragraph. */
async function wordText(ctx: Ctx): Promise<string> {
  const { bytes } = await buildMergedReportDocx(ctx, SEED_PERIOD);
  const zip = openZip(bytes);
  return ['word/document.xml', 'word/footnotes.xml']
    .map((part) => zip.read(part)?.toString('utf8') ?? '')
    .join('')
    .replace(/<\/w:p>/gu, '\n')
    .replace(/<[^>]+>/gu, '');
}

describe('previous period compared like with like', () => {
  it("tester's case: last year's file of 1 unit, this year 3 units with the same figures — change 0 over that unit, said so", async () => {
    const now = communes();
    const ctx = await district(now, [now[0]!]);
    const th01A07 = mergeReports(CURRENT_TEMPLATE, '2022', [now[0]!]).figures.A07!;
    const s = await summary(ctx);
    // The units compared named once, in the header: no row is compared over others.
    expect(s.header).toContain('Kỳ trước (Năm 2022) của 1/3 đơn vị có số liệu cả hai kỳ');
    expect(s.header).not.toContain('Ghi chú');
    const row = s.row('A07');
    expect(row('Kỳ trước')).toBe(th01A07); // TH01's, not a 1-unit total beside a 3-unit one
    expect(row('Tăng/giảm')).toBe(0);
    expect(s.row('R02')('Kỳ trước')).toMatch(/^\d+,\d\d%$/u);

    // What the window and the command line say after writing it.
    expect((await buildMergedReportDocx(ctx, SEED_PERIOD)).comparedUnits).toEqual({ units: 1, of: 3 });
    const text = await wordText(ctx);
    expect(text).not.toMatch(/tăng [\d.]+ hồ sơ \(200%\)/u);
    expect(text).toContain(
      `bằng năm 2022 (so sánh trên cùng 1/3 đơn vị có số liệu cả hai kỳ: ${formatCount(th01A07)} hồ sơ so với ${formatCount(th01A07)} hồ sơ)`,
    );
  }, 60_000);

  it('no unit in both periods: no Kỳ trước, no change, and the reason', async () => {
    const ctx = await district(communes(), seed.slice(4, 5));
    const s = await summary(ctx);
    expect(s.row('A07')('Kỳ trước')).toBeNull();
    expect(s.row('A07')('Tăng/giảm')).toBeNull();
    expect(s.row('R02')('Kỳ trước')).toBeNull();
    expect(s.header).toContain('Kỳ trước (Năm 2022): không có đơn vị nào có số liệu cả hai kỳ');
    const text = await wordText(ctx);
    expect(text).toContain('chưa so sánh được với năm 2022 do không có đơn vị nào có số liệu cả hai kỳ');
    expect(text).not.toMatch(/(tăng|giảm|bằng) [^,]*năm 2022/u);
  }, 60_000);

  it('a unit that left a figure blank last year is left out of that figure’s comparison only', async () => {
    const now = communes();
    const before = communes((d, code) => (code === 'TH02' ? blank(d, 'D03') : d));
    const ctx = await district(now, before);
    const s = await summary(ctx);
    expect(s.header).toContain('Kỳ trước (Năm 2022)'); // most rows: every unit in both periods
    // A07: every unit in both periods — the whole previous total, and a formula on this one.
    expect(s.row('A07')('Tăng/giảm')).toBe(0);
    expect(s.row('A07')('Ghi chú')).toBeNull();
    const d03 = now.map((u) => u.data.counts.D03!);
    expect(s.row('D03')('Tổng cộng')).toBe(d03[0]! + d03[1]! + d03[2]!);
    expect(s.row('D03')('Kỳ trước')).toBe(d03[0]! + d03[2]!);
    expect(s.row('D03')('Tăng/giảm')).toBe(0);
    expect(s.row('D03')('Ghi chú')).toBe(
      'Kỳ trước, tăng/giảm: so sánh trên cùng 2/3 đơn vị có số liệu cả hai kỳ',
    );
    // A value over those 2 units, not "this period's total minus theirs".
    expect(s.formula('D03', s.header.indexOf('Tăng/giảm') + 1)).toBeUndefined();
    const text = await wordText(ctx);
    expect(text).toMatch(/cuộc, có [\d.]+ lượt người dự, bằng năm 2022 \(so sánh trên cùng 2\/3 đơn vị/u);
    expect(text).toMatch(/hồ sơ, bằng năm 2022, đã giải quyết/u); // A07: all units, no note
  }, 60_000);

  it('every unit in both periods: the columns as before (formula, no note column)', async () => {
    const now = communes();
    const before = communes((d) => ({
      ...d,
      counts: { ...d.counts, A05: d.counts.A05! - 10, A08: d.counts.A08! - 10, A16: d.counts.A16! - 10 },
    }));
    const ctx = await district(now, before);
    const s = await summary(ctx);
    expect(s.header).toContain('Kỳ trước (Năm 2022)');
    expect(s.header).not.toContain('Ghi chú');
    expect(s.row('A07')('Tăng/giảm')).toBe(30);
    const col = s.header.indexOf('Tăng/giảm') + 1;
    expect(s.formula('A07', col)).toMatch(/^D\d+-[A-Z]+\d+$/u);
    expect(await wordText(ctx)).toContain('tăng 30 hồ sơ');
  }, 60_000);
});

describe('counts some units left blank', () => {
  it("tester's case: A15 and C01 blank in one of 3 units — marked where the figure is, rates too", async () => {
    const ctx = await district(
      communes((d, code) => (code === 'TH02' ? blank(d, 'A15', 'C01', 'A20') : d)),
      [],
    );
    const s = await summary(ctx);
    expect(s.row('A15')('Ghi chú')).toBe('2/3 đơn vị có số liệu');
    expect(s.row('C01')('Ghi chú')).toBe('2/3 đơn vị có số liệu');
    expect(s.row('C10')('Ghi chú')).toBe('2/3 đơn vị có số liệu'); // a total with a blank part
    expect(s.row('R06')('Ghi chú')).toBe('2/3 đơn vị có số liệu'); // a rate of a blank count
    expect(s.row('A07')('Ghi chú')).toBeNull();
    expect(s.row('R02')('Ghi chú')).toBeNull();
    const text = await wordText(ctx);
    expect(text).toMatch(/văn bản xin lỗi: \d+ hồ sơ \(2\/3 đơn vị có số liệu\)\./u);
    expect(text).toMatch(/bồi dưỡng \(2\/3 đơn vị có số liệu\)\./u); // C10
    expect(text).toMatch(/Trung cấp lý luận chính trị \d+ lượt người \(2\/3 đơn vị có số liệu\)/u);
    expect(text).toMatch(/phí, lệ phí, tỷ lệ [\d,]+% \(2\/3 đơn vị có số liệu\)\./u);
    expect(text).not.toMatch(/tiếp nhận được [\d.]+ hồ sơ \(/u); // complete figures unmarked
  }, 60_000);
});
