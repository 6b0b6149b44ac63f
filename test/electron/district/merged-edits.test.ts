/**
 * A district's merged workbook edited by hand and sent up (findings 3, 4, 11): every visible cell
 * that differs from what its units' data writes is named at the next level (sheet, cell, what was
 * typed, what to do), whether `merge` or `check` reads it; the units' data still counts.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { buildMergedWorkbook, importReceivedFiles } from '../../../electron/services/district';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import { addUnit } from '../../../electron/services/units';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { cliRunner } from '../cli/harness';
import { inProcessChecker, seedWorkbooks, unitWorkbook } from './workbooks';

const run = cliRunner();
let dir: string;
let half: string;
let others: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-merged-edits-'));
  const files: string[] = [];
  for (const w of await seedWorkbooks()) {
    const file = path.join(dir, w.fileName);
    fs.writeFileSync(file, w.bytes);
    files.push(file);
  }
  half = path.join(dir, 'huyen-A.xlsx');
  others = files.slice(5);
  expect((await run('merge', '--period', SEED_PERIOD, '--out', half, ...files.slice(0, 5))).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The merged workbook edited with exceljs (as a person's Excel would save it), as a new file. */
async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(half) as unknown as ArrayBuffer);
  edit(wb);
  const file = path.join(dir, name);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/** The row of `key` in column `col` of a sheet. */
function rowOf(ws: ExcelJS.Worksheet, key: string, col: number): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(col).value === key) found = row;
  });
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

/** The problem lines `merge` and `check` print for a file: the same for both. */
async function problemsBoth(file: string): Promise<{ merge: string; check: string; codes: number[] }> {
  const out = path.join(dir, `tinh-${path.basename(file)}`);
  const merged = await run('merge', '--period', SEED_PERIOD, '--out', out, file);
  const checked = await run('check', '--period', SEED_PERIOD, file);
  const lines = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('  - ') || l.startsWith(path.basename(file)))
      .join('\n');
  return { merge: lines(merged.out), check: lines(checked.out), codes: [merged.code, checked.code] };
}

describe('a merged workbook edited by hand', () => {
  it('an unedited merge is read without a word about hand edits', async () => {
    const both = await problemsBoth(half);
    expect(both.merge).not.toContain('sửa tay');
    expect(both.merge).not.toContain('Cảnh báo');
    expect(both.check).toBe(both.merge);
  });

  it('a total typed over in "Tổng hợp" is named, by merge and check alike (findings 4, 11)', async () => {
    let cell = '';
    const file = await edited('tong-sua.xlsx', (wb) => {
      const c = rowOf(wb.getWorksheet('Tổng hợp')!, 'A07', 1).getCell(4);
      c.value = 5000;
      cell = c.address;
    });
    const both = await problemsBoth(file);
    expect(both.codes).toEqual([0, 0]);
    expect(both.merge).toMatch(
      new RegExp(
        `trang "Tổng hợp", ô ${cell} \\(dòng A07 Tổng số hồ sơ tiếp nhận\\): ghi 5\\.000, khác bảng`,
        'u',
      ),
    );
    expect(both.merge).toContain('sửa trong phần mềm rồi xuất lại, hoặc gửi kèm tệp của đơn vị');
    expect(both.check).toBe(both.merge);
  });

  it('a unit row added for a paper report is named as not read; the unit stays not received', async () => {
    const extra = path.basename(others[2]!).match(/TH\d+/u)![0];
    const file = await edited('them-dong.xlsx', (wb) => {
      const ws = wb.getWorksheet('Theo đơn vị')!;
      const total = rowOf(ws, 'Tổng cộng', 3).number;
      ws.insertRow(total, [6, extra, 'xã ghi tay', 'Cấp xã', 'giấy', 777]);
    });
    const out = path.join(dir, 'tinh-them.xlsx');
    const r = await run('merge', '--period', SEED_PERIOD, '--out', out, file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(`trang "Theo đơn vị", dòng thêm tay từ ô A\\d+ \\(${extra} xã ghi tay\\)`, 'u'),
    );
    expect(r.out).toContain('777');
    expect(r.out).toContain('không được đọc');
    expect(r.out).toContain('Đã tổng hợp 5/10 đơn vị');
    expect((await problemsBoth(file)).check).toBe((await problemsBoth(file)).merge);
  });

  it('corrections in "Đào tạo, bồi dưỡng", "Tồn tại, kiến nghị" and "Mô hình, sáng kiến" go with their unit', async () => {
    const cells: Record<string, string> = {};
    let unit = '';
    const file = await edited('dao-tao-sua.xlsx', (wb) => {
      const training = wb.getWorksheet('Đào tạo, bồi dưỡng')!;
      let first: ExcelJS.Row | undefined;
      training.eachRow((row, n) => {
        if (!first && n > 9 && /^TH\d+$/u.test(String(row.getCell(2).value))) first = row;
      });
      unit = String(first!.getCell(2).value);
      first!.getCell(4).value = 99;
      cells.training = first!.getCell(4).address;
      const issues = rowOf(wb.getWorksheet('Tồn tại, kiến nghị')!, unit, 2).getCell(4);
      issues.value = 'Tồn tại đã sửa ở huyện';
      cells.issues = issues.address;
      const models = wb.getWorksheet('Mô hình, sáng kiến')!;
      let model: ExcelJS.Cell | undefined;
      models.eachRow((row, n) => {
        if (!model && n > 9 && row.getCell(2).value) model = row.getCell(4);
      });
      model!.value = 'Tên mô hình sửa ở huyện';
      cells.models = model!.address;
    });
    const both = await problemsBoth(file);
    expect(both.merge).toMatch(
      new RegExp(`trang "Đào tạo, bồi dưỡng", ô ${cells.training} \\(dòng ${unit} [^)]*\\): ghi 99`, 'u'),
    );
    expect(both.merge).toContain(`trang "Tồn tại, kiến nghị", ô ${cells.issues}`);
    expect(both.merge).toContain('ghi "Tồn tại đã sửa ở huyện"');
    expect(both.merge).toContain(`trang "Mô hình, sáng kiến", ô ${cells.models}`);
    // With the unit whose row it is.
    const unitBlock = both.merge.split(/\n(?=\S)/u).find((b) => b.startsWith(`dao-tao-sua.xlsx [${unit}]`))!;
    expect(unitBlock).toContain(`ô ${cells.training}`);
    expect(both.check).toBe(both.merge);
  });

  it('a status retyped in "Tình hình nộp" (a paper report noted there) is named', async () => {
    let cell = '';
    const file = await edited('tinh-hinh-sua.xlsx', (wb) => {
      const ws = wb.getWorksheet('Tình hình nộp')!;
      let row: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (!row && r.getCell(5).value === 'Chưa nộp') row = r;
      });
      row!.getCell(5).value = 'Đã nộp bản giấy';
      cell = row!.getCell(5).address;
    });
    const both = await problemsBoth(file);
    expect(both.merge).toContain(`trang "Tình hình nộp", ô ${cell}`);
    expect(both.merge).toContain('ghi "Đã nộp bản giấy", khác bảng phần mềm đã xuất ("Chưa nộp")');
    expect(both.check).toBe(both.merge);
  });

  it('a unit\'s "Cấp" retyped is named with its unit (finding 3)', async () => {
    const file = await edited('cap-sua.xlsx', (wb) => {
      const ws = wb.getWorksheet('Theo đơn vị')!;
      let row: ExcelJS.Row | undefined;
      ws.eachRow((r) => {
        if (!row && r.getCell(4).value === 'Cấp xã') row = r;
      });
      row!.getCell(4).value = 'Thị trấn';
    });
    const both = await problemsBoth(file);
    expect(both.merge).toMatch(
      /trang "Theo đơn vị", ô D\d+ \(dòng TH\d+ [^)]+\): ghi "Thị trấn", khác bảng phần mềm đã xuất \("Cấp xã"\)/u,
    );
    expect(both.check).toBe(both.merge);
  });

  it('check refuses what merge refuses: units this office does not know (finding 11)', async () => {
    const dataDir = path.join(dir, 'tinh-khac');
    const ctx = createServiceContext({ sampleUnits: false, dataDir, mode: 'browser', background: false });
    addUnit(ctx, { code: 'XX01', name: 'xã Khác', level: 'xa' });
    ctx.db.close();
    const out = path.join(dir, 'tinh-khac.xlsx');
    const merged = await run('merge', '--data-dir', dataDir, '--period', SEED_PERIOD, '--out', out, half);
    const checked = await run('check', '--data-dir', dataDir, '--period', SEED_PERIOD, half);
    expect(merged.code).toBe(1);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain('không có trong danh sách đơn vị');
    expect(checked.out).not.toMatch(/^huyen-A\.xlsx: Chấp nhận/mu);
  });

  it('a merge with last year\'s column is compared whole: no false edit, a "Kỳ trước" typed over named', async () => {
    const earlier = await Promise.all(
      seedShapedReports().map(({ unit, data }) => unitWorkbook(unit, { ...data, models: [] }, 1, '2022')),
    );
    const { ctx, close } = openScratchDistrict({ units: [...DEFAULT_UNITS], checker: inProcessChecker });
    const file = path.join(dir, 'voi-ky-truoc.xlsx');
    try {
      await importReceivedFiles(ctx, [...(await seedWorkbooks()), ...earlier], { backup: false });
      await buildMergedWorkbook(ctx, SEED_PERIOD, file);
    } finally {
      await close();
    }
    const handEdits = (bytes: Buffer) => {
      const checked = checkWorkbookSync(bytes, 'voi-ky-truoc.xlsx', { units: DEFAULT_UNITS });
      return [...checked.problems, ...checked.rollUp!.units.flatMap((u) => u.problems)]
        .map((p) => p.message)
        .filter((m) => m.includes('sửa tay'));
    };
    expect(handEdits(fs.readFileSync(file))).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(fs.readFileSync(file)).buffer);
    const ws = wb.getWorksheet('Tổng hợp')!;
    let column = 0;
    ws.eachRow((row) =>
      row.eachCell((c, col) => {
        if (String(c.value).startsWith('Kỳ trước (')) column = col;
      }),
    );
    const cell = rowOf(ws, 'A07', 1).getCell(column);
    cell.value = 1;
    const named = handEdits(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(named).toHaveLength(1);
    expect(named[0]).toContain(`trang "Tổng hợp", ô ${cell.address} (dòng A07`);
  });
});
