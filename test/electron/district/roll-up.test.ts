/**
 * Roll-ups: the seed's ten files merged as two halves ("two districts"), the two merged workbooks
 * merged again at the province, with a commune also sent directly: every total once.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { seedWorkbooks, unitOf, unitWorkbook } from './workbooks';
import { cliRunner } from '../cli/harness';

let dir: string;
const files: string[] = [];
let halfA: string;
let halfB: string;

const run = cliRunner();

async function sheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** The figure of a code in column `col` of "Tổng hợp" (the cached result of its formula). */
function figure(wb: ExcelJS.Workbook, code: string, col = 4): unknown {
  let value: unknown;
  wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
    if (row.getCell(1).value === code) {
      const v = row.getCell(col).value as { result?: unknown } | null;
      value = v && typeof v === 'object' && 'result' in v ? v.result : v;
    }
  });
  return value;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-roll-up-'));
  for (const w of await seedWorkbooks()) {
    const file = path.join(dir, w.fileName);
    fs.writeFileSync(file, w.bytes);
    files.push(file);
  }
  halfA = path.join(dir, 'huyen-A.xlsx');
  halfB = path.join(dir, 'huyen-B.xlsx');
  expect((await run('merge', '--period', SEED_PERIOD, '--out', halfA, ...files.slice(0, 5))).code).toBe(0);
  expect((await run('merge', '--period', SEED_PERIOD, '--out', halfB, ...files.slice(5))).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('roll-ups', () => {
  it('two districts merged at the province, a commune also sent directly: 27.630, 27.282 (98,74%), 97 once', async () => {
    const half = await sheets(halfA);
    expect(figure(half, 'A07')).not.toBe(27_630); // each half holds part of the district
    const out = path.join(dir, 'tinh.xlsx');
    const direct = files[3]!; // TH03, also inside huyen-A.xlsx
    const r = await run('merge', '--period', SEED_PERIOD, '--out', out, halfA, halfB, direct);
    expect(r.code).toBe(0);
    const province = await sheets(out);
    expect(figure(province, 'A07')).toBe(27_630);
    expect(figure(province, 'A11')).toBe(27_282);
    expect(figure(province, 'R02')).toBe('98,74%');
    expect(figure(province, 'C10')).toBe(97);
    expect(r.out).toContain('Đã tổng hợp 10/10 đơn vị');
    expect(r.out).not.toContain('sửa tay'); // nothing was corrected by hand
    expect(r.out).toContain(
      `xã Thông Bình (TH03) có trong cả tệp "huyen-A.xlsx [TH03]" và tệp "${path.basename(direct)}", cùng nội dung (bản lần 1): chỉ tính một lần, theo tệp "huyen-A.xlsx [TH03]".`,
    );
    // The province's merge says it is one, level "tinh", and names where each unit came from.
    const meta = new Map<string, unknown>();
    province
      .getWorksheet('cchc_meta')!
      .eachRow((row) => meta.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(meta.get('level')).toBe('tinh');
    expect(meta.get('unitsMerged')).toBe(10);
    expect(String(meta.get('checksum'))).toMatch(/^[0-9a-f]{64}$/u);
    expect(String(meta.get('source:TH03'))).toContain('huyen-A.xlsx [TH03]');
  });

  it('the newest revision counts: a corrected commune sent directly replaces its report inside the merge', async () => {
    const th08 = seedShapedReports()[8]!;
    const c = th08.data.counts;
    // Ten more dossiers received directly and resolved on time (A07 = A11 + A14 still holds).
    const corrected = { ...th08.data, counts: { ...c, A05: c.A05! + 10, A09: c.A09! + 10 } };
    const r2 = await unitWorkbook(unitOf('TH08'), corrected, 2);
    const direct = path.join(dir, r2.fileName);
    fs.writeFileSync(direct, r2.bytes);
    const out = path.join(dir, 'tinh-r2.xlsx');
    const r = await run('merge', '--period', SEED_PERIOD, '--out', out, direct, halfA, halfB);
    expect(r.code, r.out).toBe(0);
    const province = await sheets(out);
    expect(figure(province, 'A07')).toBe(27_640);
    expect(figure(province, 'A11')).toBe(27_292);
    expect(r.out).toContain(`theo bản lần 2 (mới nhất) trong tệp "${r2.fileName}"`);
  });

  it('a figure corrected by hand in "Theo đơn vị" is named (cell, both values); the exported figure counts', async () => {
    const wb = await sheets(halfA);
    const ws = wb.getWorksheet('Theo đơn vị')!;
    let target: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'TH03') target = row.getCell(8); // A03 (columns: 5 fixed, A01, A02, A03)
    });
    const exported = target!.value as number;
    target!.value = exported + 100;
    const edited = path.join(dir, 'huyen-A-sua-tay.xlsx');
    fs.writeFileSync(edited, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = path.join(dir, 'tinh-sua-tay.xlsx');
    const r = await run('merge', '--period', SEED_PERIOD, '--out', out, edited, halfB);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(
        `ô ${target!.address}: chỉ tiêu A03 của xã Thông Bình \\(TH03\\) ghi [\\d.]+, khác số liệu phần mềm đã xuất`,
        'u',
      ),
    );
    expect(figure(await sheets(out), 'A07')).toBe(27_630);
  });

  it('a merged workbook whose hidden unit data was edited is refused, saying so', async () => {
    const wb = await sheets(halfB);
    const cell = wb.getWorksheet('cchc_units')!.getCell('G2');
    cell.value = String(cell.value).replace('"A03":', '"A03":1');
    const edited = path.join(dir, 'huyen-B-sua.xlsx');
    fs.writeFileSync(edited, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await run('check', '--period', SEED_PERIOD, edited);
    expect(r.code).toBe(1);
    expect(r.out).toContain('không khớp mã kiểm tra');
    const other = await run('check', '--period', '2024', halfA);
    expect(other.code).toBe(1);
  });
});
