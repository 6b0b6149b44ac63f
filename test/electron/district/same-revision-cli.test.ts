/**
 * `cli merge` of a district's merged workbook and a commune's direct file of the same revision
 * with other figures (finding 6): nothing in the files says which is newer, so whichever is listed
 * last is used, and the output, its --json and the merged workbook's "Tình hình nộp" say so,
 * naming both files, never calling it the newest.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { cliRunner } from '../cli/harness';
import { unitOf, unitWorkbook } from './workbooks';

let dir: string;
let merged: string;
let direct: string;
const run = cliRunner();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-same-revision-'));
  const files: string[] = [];
  for (const r of seedShapedReports().slice(1, 4)) {
    const w = await unitWorkbook(r.unit, r.data, 1);
    files.push(path.join(dir, w.fileName));
    fs.writeFileSync(files.at(-1)!, w.bytes);
  }
  merged = path.join(dir, 'tong-hop-huyen.xlsx');
  expect((await run('merge', '--period', SEED_PERIOD, '--out', merged, ...files)).code).toBe(0);
  // The commune corrects D01 and sends its file (the same revision) straight to the province.
  const th02 = seedShapedReports()[2]!;
  const corrected = { ...th02.data, counts: { ...th02.data.counts, D01: 555 } };
  direct = path.join(dir, 'TH02-sua.xlsx');
  fs.writeFileSync(direct, (await unitWorkbook(unitOf('TH02'), corrected, 1)).bytes);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function submissionsNote(file: string, unitCode: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  let note = '';
  wb.getWorksheet('Tình hình nộp')!.eachRow((row) => {
    if (row.getCell(2).value === unitCode) note = String(row.getCell(9).value ?? '');
  });
  return note;
}

describe('cli merge: one unit twice with the same revision and other figures', () => {
  for (const order of ['merged first', 'direct first'] as const) {
    it(`${order}: the file listed last is used, and the output says why, naming both`, async () => {
      const inputs = order === 'merged first' ? [merged, direct] : [direct, merged];
      const used = order === 'merged first' ? 'TH02-sua.xlsx' : 'tong-hop-huyen.xlsx [TH02]';
      const other = order === 'merged first' ? 'tong-hop-huyen.xlsx [TH02]' : 'TH02-sua.xlsx';
      const out = path.join(dir, `tinh-${order.replace(' ', '-')}.xlsx`);
      const r = await run('merge', '--period', SEED_PERIOD, '--out', out, ...inputs);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`tệp "${used}" và tệp "${other}" cùng là bản lần 1 nhưng số liệu khác nhau`);
      expect(r.out).toContain(`Đang dùng tệp "${used}" chỉ vì tệp này được nhận sau`);
      expect(r.out).toContain('555 trong tệp "TH02-sua.xlsx"');
      expect(r.out).not.toContain('mới nhất');
      const note = await submissionsNote(out, 'TH02');
      expect(note).toContain(`Đang dùng tệp "${used}"`);
      expect(note).toContain(`tệp "${other}"`);
    });
  }

  it('a commune file exported after the district merged is used, in whichever order, without the warning', async () => {
    // The district merged on 16/12/2023; the commune exported its correction on 20/12/2023.
    const districtMerge = path.join(dir, 'tong-hop-huyen-1612.xlsx');
    const seed = seedShapedReports();
    const sources: string[] = [];
    for (const r of seed.slice(1, 4)) {
      const w = await unitWorkbook(r.unit, r.data, 1);
      sources.push(path.join(dir, `nguon-${w.fileName}`));
      fs.writeFileSync(sources.at(-1)!, w.bytes);
    }
    const mergedOn = cliRunner(new Date('2023-12-16T03:00:00Z'));
    expect((await mergedOn('merge', '--period', SEED_PERIOD, '--out', districtMerge, ...sources)).code).toBe(
      0,
    );
    const later = path.join(dir, 'TH02-xuat-2012.xlsx');
    const corrected = { ...seed[2]!.data, counts: { ...seed[2]!.data.counts, D01: 777 } };
    fs.writeFileSync(
      later,
      (await unitWorkbook(unitOf('TH02'), corrected, 1, SEED_PERIOD, new Date('2023-12-20T02:00:00Z'))).bytes,
    );
    for (const inputs of [
      [districtMerge, later],
      [later, districtMerge],
    ]) {
      const out = path.join(dir, 'tinh-sau-huyen.xlsx');
      const r = await run('merge', '--period', SEED_PERIOD, '--out', out, ...inputs);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('chỉ vì tệp này được nhận sau');
      expect(r.out).toMatch(/cùng bản (với tệp \S+ đã nhận )?nhưng xuất trước/u);
      expect(await submissionsNote(out, 'TH02')).not.toContain('cùng là bản');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
      let file = '';
      wb.getWorksheet('Tình hình nộp')!.eachRow((row) => {
        if (row.getCell(2).value === 'TH02') file = String(row.getCell(8).value);
      });
      expect(file).toBe('TH02-xuat-2012.xlsx');
    }
  });

  it('--json carries the warning on the file used, by its kind', async () => {
    const out = path.join(dir, 'tinh-json.xlsx');
    const r = await run('merge', '--json', '--period', SEED_PERIOD, '--out', out, merged, direct);
    const { files } = JSON.parse(r.out) as {
      files: { fileName: string; verdict: string; problems: { kind: string }[] }[];
    };
    const used = files.find((f) => f.fileName === 'TH02-sua.xlsx')!;
    expect(used.verdict).toBe('warnings');
    expect(used.problems.map((p) => p.kind)).toContain('same-revision-undecided');
  });
});
