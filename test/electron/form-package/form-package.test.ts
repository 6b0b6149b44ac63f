/**
 * Form packages end to end through the command line: the built-in form exported and read back
 * writes the same workbooks; broken packages are refused naming sheet and cell; a province's
 * version 2 (a new count in section A) is checked, templated, filled and merged with version-1
 * files, the new indicator summed from version-2 files only.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../electron/cli/run';
import { readFormPackage } from '../../../electron/form-package/read';
import { writeUnitWorkbook } from '../../../electron/workbook/unit-writer';
import { cchcV1 } from '../../../shared/template/cchc-v1';
import type { FormTemplate } from '../../../shared/template';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { editByCode, unzipEntries } from '../workbook/fixtures';
import { inProcessChecker, unitOf, unitWorkbook } from '../district/workbooks';

let dir: string;
const at = (name: string) => path.join(dir, name);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-form-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), checker: inProcessChecker };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Opens a package in ExcelJS, lets the test edit it as a person would, saves it under a new name. */
async function editPackage(from: string, to: string, change: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at(from));
  change(wb);
  await wb.xlsx.writeFile(at(to));
}
const rowOfCode = (ws: ExcelJS.Worksheet, code: string) => {
  let found = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(2).value === code) found = n;
  });
  return found;
};

function blankWorkbook(template: FormTemplate) {
  return writeUnitWorkbook({
    template,
    unit: unitOf('TH03'),
    period: '2023',
    data: null,
    revision: 0,
    exportedAt: new Date('2023-12-15T02:00:00Z'),
    appVersion: '0.1.0',
  });
}

describe('form packages', () => {
  it('the built-in form exported and loaded back writes the same workbook, cell for cell', async () => {
    const r = await run('form', 'export', '--out', at('bieu-mau.xlsx'));
    expect(r).toMatchObject({ code: 0, out: `Đã ghi tệp ${at('bieu-mau.xlsx')}` });
    const loaded = readFormPackage(fs.readFileSync(at('bieu-mau.xlsx')), 'bieu-mau.xlsx');
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    expect(loaded.pkg.template).toEqual(cchcV1);
    // Same cells, formats and identity: every part of the zip the same (only zip times may differ).
    const parts = async (t: FormTemplate) =>
      unzipEntries(Buffer.from(await blankWorkbook(t))).map((e) => [e.name, e.data.toString('base64')]);
    expect(await parts(loaded.pkg.template)).toEqual(await parts(cchcV1));

    const check = await run('form', 'check', at('bieu-mau.xlsx'));
    expect(check).toMatchObject({
      code: 0,
      out: 'Biểu mẫu "cchc" phiên bản 1 hợp lệ: 51 chỉ tiêu, 9 quy tắc.',
    });
  });

  it('a broken package is refused with exit 1, naming sheet and cell; --form refuses it too', async () => {
    await editPackage('bieu-mau.xlsx', 'hong.xlsx', (wb) => {
      const ws = wb.getWorksheet('Chỉ tiêu')!;
      ws.getCell(`B${rowOfCode(ws, 'A09')}`).value = 'A08';
      ws.getCell(`F${rowOfCode(ws, 'R07')}`).value = 'A22';
    });
    const r = await run('form', 'check', at('hong.xlsx'));
    expect(r.code).toBe(1);
    // The duplicate also leaves A09 undefined where totals and rules name it: said at each cell.
    expect(r.out).toContain('Biểu mẫu có 4 lỗi, chưa dùng được:');
    expect(r.out).toMatch(/Trang "Chỉ tiêu", ô B\d+: mã "A08" trùng với ô Chỉ tiêu!B\d+/u);
    expect(r.out).toMatch(/Trang "Chỉ tiêu", ô F\d+: tỷ lệ "A22" thiếu mẫu số/u);
    const json = await run('form', 'check', at('hong.xlsx'), '--json');
    expect(JSON.parse(json.out)).toEqual({
      ok: false,
      problems: r.out
        .split('\n')
        .slice(1)
        .map((l) => l.trim()),
    });
    const template = await run(
      'template',
      '--unit',
      'TH03',
      '--period',
      '2023',
      '--out',
      at('x.xlsx'),
      '--form',
      at('hong.xlsx'),
    );
    expect(template.code).toBe(1);
    expect(template.err).toMatch(/mã "A08" trùng/u);
    expect(fs.existsSync(at('x.xlsx'))).toBe(false);
  });

  it('a package of 100.000 rows, or not a workbook, is refused before anything is built', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ tiêu');
    for (let i = 1; i <= 100_000; i++) ws.getCell(`B${i}`).value = `X${i}`;
    await wb.xlsx.writeFile(at('dai.xlsx'));
    const r = await run('form', 'check', at('dai.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tệp biểu mẫu có hơn 60.000 ô hoặc dòng');
    fs.writeFileSync(at('khong-phai.xlsx'), 'không phải tệp Excel');
    expect((await run('form', 'check', at('khong-phai.xlsx'))).out).toContain(
      'không đọc được như một sổ Excel',
    );
  });

  it('version 2 (a new count in section A, A22 renamed A24): check, template, fill, merge with version-1 files', async () => {
    await editPackage('bieu-mau.xlsx', 'bieu-mau-v2.xlsx', (wb) => {
      const info = wb.getWorksheet('Thông tin')!;
      info.getCell('B3').value = 2;
      const ws = wb.getWorksheet('Chỉ tiêu')!;
      ws.insertRow(rowOfCode(ws, 'A22') + 1, [
        'A',
        'A23',
        'Hồ sơ trả kết quả tại nhà',
        'hồ sơ',
        'Số đếm',
        null,
        'có',
        5000,
      ]);
      // A22 is renamed A24, where its formula and its rule name it too; the mapping says so.
      ws.getCell(`B${rowOfCode(ws, 'A22')}`).value = 'A24';
      ws.getCell(`F${rowOfCode(ws, 'R07')}`).value = 'A24 / A21';
      wb.getWorksheet('Quy tắc')!.eachRow((row) => {
        const cell = row.getCell(2);
        if (cell.value === 'A22 <= A21') cell.value = 'A24 <= A21';
      });
      wb.getWorksheet('Chuyển đổi')!.addRow(['A22', 'A24', 'đổi mã']);
    });
    expect((await run('form', 'check', at('bieu-mau-v2.xlsx'))).out).toBe(
      'Biểu mẫu "cchc" phiên bản 2 hợp lệ: 52 chỉ tiêu, 9 quy tắc.',
    );
    const blank = await run(
      'template',
      '--unit',
      'TH01',
      '--period',
      SEED_PERIOD,
      '--out',
      at('th01-v2.xlsx'),
      '--form',
      at('bieu-mau-v2.xlsx'),
    );
    expect(blank.code).toBe(0);

    // The commune fills its version-2 template in Excel: its usual figures and the new one.
    const seeds = seedShapedReports();
    const th01 = seeds.find((s) => s.unit.code === 'TH01')!;
    const filled = await editByCode(fs.readFileSync(at('th01-v2.xlsx')), (_wb, valueOf) => {
      for (const [code, value] of Object.entries(th01.data.counts))
        if (value !== null && code !== 'A22') valueOf(code).value = value;
      valueOf('A24').value = th01.data.counts.A22 ?? null;
      valueOf('A23').value = 7;
    });
    fs.writeFileSync(at('th01-v2-filled.xlsx'), filled);
    const v1Files: string[] = [];
    for (const s of seeds.filter((x) => x.unit.code !== 'TH01')) {
      const w = await unitWorkbook(s.unit, s.data, 1);
      fs.writeFileSync(at(w.fileName), w.bytes);
      v1Files.push(at(w.fileName));
    }
    const out = at('tong-hop-v2.xlsx');
    const merged = await run(
      'merge',
      '--period',
      SEED_PERIOD,
      '--out',
      out,
      '--form',
      at('bieu-mau-v2.xlsx'),
      at('th01-v2-filled.xlsx'),
      ...v1Files,
    );
    expect(merged.err).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('Đã tổng hợp 10/10 đơn vị');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const totals = new Map<unknown, unknown>();
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      const v = row.getCell(4).value;
      totals.set(row.getCell(1).value, v && typeof v === 'object' && 'result' in v ? v.result : v);
    });
    expect(totals.get('A07')).toBe(27_630);
    expect(totals.get('A23')).toBe(7);
    // A22 of the version-1 files is summed as A24 with the version-2 file's A24.
    const a22 = seeds.reduce((sum, x) => sum + (x.data.counts.A22 ?? 0), 0);
    expect(a22).toBeGreaterThan(0);
    expect(totals.get('A24')).toBe(a22);
    // Each version-1 file is accepted with a warning naming both versions, listed in the workbook.
    expect(merged.out).toContain('lập theo biểu mẫu phiên bản 1; được chuyển sang phiên bản 2 đang dùng');
    const notes: string[] = [];
    wb.getWorksheet('Tình hình nộp')!.eachRow((row) => notes.push(String(row.getCell(9).value ?? '')));
    expect(notes.filter((n) => n.includes('được chuyển sang phiên bản 2')).length).toBe(9);

    // Version 3 without version 2 installed: no mapping leads from version 1, the files are refused.
    await editPackage('bieu-mau-v2.xlsx', 'bieu-mau-v3.xlsx', (w) => {
      w.getWorksheet('Thông tin')!.getCell('B3').value = 3;
    });
    const refused = await run('check', '--form', at('bieu-mau-v3.xlsx'), v1Files[0]!);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('không có bảng chuyển đổi nào dẫn từ phiên bản 1 sang');
  });
});
