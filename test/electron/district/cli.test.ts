import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { reportFingerprint } from '../../../shared/domain/canonical';
import { emptyReportData } from '../../../shared/domain/report';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { databaseFile } from '../../../electron/services/backups';
import { saveReportData } from '../../../electron/services/reports';
import { listBackups } from '../../../electron/store/backup';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { cliRunner, seedFolder } from '../cli/harness';

let dir: string;
const files: string[] = [];

beforeAll(async () => {
  const seeded = await seedFolder('cchc-cli-test-');
  dir = seeded.dir;
  files.push(...seeded.files);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = cliRunner();

describe('command line', () => {
  it('units: the default list, as text and --json', async () => {
    const text = await run('units');
    expect(text.code).toBe(0);
    expect(text.out).toContain('TH03\tCấp xã\txã Thông Bình');
    const json = await run('units', '--json');
    expect(JSON.parse(json.out)).toHaveLength(10);
    expect(JSON.parse(json.out)[0]).toEqual({
      code: 'TH00',
      name: 'UBND huyện Tân Hồng',
      level: 'huyen',
      active: true,
    });
  });

  it('usage errors exit 2 with a Vietnamese message', async () => {
    expect((await run()).code).toBe(2);
    const unknown = await run('gop');
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('Không có lệnh "gop"');
    expect((await run('merge', '--period', '2023', ...files)).err).toContain('Thiếu tùy chọn --out');
    expect((await run('merge', '--period', '2023', '--out', path.join(dir, 'x.xlsx'))).code).toBe(2);
    expect((await run('check', '--period', '2023-Q9', files[0]!)).err).toContain('không hợp lệ');
    expect((await run('check', path.join(dir, 'khong-co.xlsx'))).err).toContain('Không đọc được tệp');
    expect((await run('units', '--bogus')).code).toBe(2);
    expect(
      (await run('template', '--unit', 'ZZ', '--period', '2023', '--out', path.join(dir, 't.xlsx'))).err,
    ).toContain('Không có đơn vị mã "ZZ"');
  });

  it('check: a verdict per file; exit 0 when all accepted, 1 when one is refused; --json', async () => {
    const ok = await run('check', '--period', SEED_PERIOD, ...files.slice(0, 3));
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Chấp nhận');
    const bad = await run('check', '--json', files[0]!, path.join(dir, 'hong.xlsx'));
    expect(bad.code).toBe(1);
    const rows = JSON.parse(bad.out) as {
      fileName: string;
      verdict: string;
      unitCode?: string;
      problems: unknown[];
    }[];
    expect(rows.map((r) => [r.fileName, r.verdict])).toEqual([
      [path.basename(files[0]!), 'accepted'],
      ['hong.xlsx', 'refused'],
    ]);
    expect(rows[0]!.unitCode).toBe('TH00');
    expect(rows[1]!.problems.length).toBeGreaterThan(0);
  });

  it('merge: exit 0 with every file accepted; the workbook has the seed totals', async () => {
    const out = path.join(dir, 'tong-hop.xlsx');
    const r = await run('merge', '--period', SEED_PERIOD, '--out', out, ...files);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã tổng hợp 10/10 đơn vị');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let total: unknown;
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      if (row.getCell(1).value === 'A07') total = (row.getCell(4).value as { result: unknown }).result;
    });
    expect(total).toBe(27_630);
  });

  it('merge: exit 1 when some are refused, still writing the workbook from the rest, refused listed; --json', async () => {
    const out = path.join(dir, 'tong-hop-2.xlsx');
    const r = await run(
      'merge',
      '--json',
      '--period',
      SEED_PERIOD,
      '--out',
      out,
      ...files.slice(1),
      path.join(dir, 'hong.xlsx'),
    );
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      unitsMerged: number;
      counts: { missing: number };
      files: { verdict: string }[];
    };
    expect(json.unitsMerged).toBe(9);
    expect(json.counts.missing).toBe(1);
    expect(json.files.filter((f) => f.verdict === 'refused')).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const notes: string[] = [];
    wb.getWorksheet('Tình hình nộp')!.eachRow((row) => notes.push(String(row.getCell(8).value ?? '')));
    expect(notes).toContain('hong.xlsx');
  });

  it('shows periods by name, labels units and files refused apart, and replaces --out whole', async () => {
    const out = path.join(dir, 'tong-hop-3.xlsx');
    fs.writeFileSync(out, 'bản cũ');
    const r = await run(
      'merge',
      '--period',
      SEED_PERIOD,
      '--out',
      out,
      ...files,
      path.join(dir, 'hong.xlsx'),
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain('kỳ Năm 2023');
    expect(r.out).not.toMatch(/kỳ 2023\b/u);
    expect(r.out).toContain('0 đơn vị có tệp gửi đến nhưng tệp nào cũng bị từ chối');
    expect(r.out).toContain('1 tệp bị từ chối');
    expect(r.out).toMatch(/ {2}- Lỗi: /u);
    // Written beside, then renamed: the old file is replaced and no partial file is left.
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('under --json, errors are JSON too', async () => {
    const usage = await run('check', '--json', '--period', '2023-Q9', files[0]!);
    expect(usage.code).toBe(2);
    expect(usage.out).toBe('');
    const parsed = JSON.parse(usage.err) as { error: { code: string; message: string } };
    expect(parsed.error.code).toBe('usage');
    expect(parsed.error.message).toContain('không hợp lệ');
    const missing = await run('units', '--json', '--data-dir', path.join(dir, 'khong-co'));
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.err).error.message).toContain('Không tìm thấy dữ liệu');
  });

  it('template and export write workbooks the reader accepts', async () => {
    const blank = path.join(dir, 'mau.xlsx');
    expect((await run('template', '--unit', 'TH03', '--period', '2024', '--out', blank)).code).toBe(0);
    const checkBlank = await run('check', '--json', blank);
    const [blankRow] = JSON.parse(checkBlank.out) as { unitCode: string; revision: number }[];
    expect(blankRow).toMatchObject({ unitCode: 'TH03', revision: 0 });

    const dataDir = path.join(dir, 'data');
    const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
    saveReportData(
      ctx,
      { unitCode: 'TH01', period: SEED_PERIOD },
      seedShapedReports()[1]!.data,
      reportFingerprint(emptyReportData()),
    );
    ctx.db.close();
    const exported = path.join(dir, 'th01.xlsx');
    const r = await run(
      'export',
      '--data-dir',
      dataDir,
      '--unit',
      'TH01',
      '--period',
      SEED_PERIOD,
      '--out',
      exported,
    );
    expect(r.code).toBe(0);
    expect((await run('check', '--period', SEED_PERIOD, exported)).code).toBe(0);
    expect(
      (
        await run(
          'export',
          '--data-dir',
          dataDir,
          '--unit',
          'TH02',
          '--period',
          SEED_PERIOD,
          '--out',
          exported,
        )
      ).code,
    ).toBe(1);
    expect(
      (
        await run(
          'export',
          '--data-dir',
          path.join(dir, 'none'),
          '--unit',
          'TH01',
          '--period',
          '2023',
          '--out',
          exported,
        )
      ).code,
    ).toBe(2);
  });
});

describe('command line on a data folder of an older version', () => {
  it('backs the database up before upgrading it, as the app does', async () => {
    const dataDir = path.join(dir, 'old-data');
    fs.mkdirSync(dataDir, { recursive: true });
    const old = new Database(databaseFile(dataDir));
    for (const sql of MIGRATIONS.slice(0, -1)) old.exec(sql);
    old.pragma(`user_version = ${MIGRATIONS.length - 1}`);
    old.close();
    expect(listBackups(dataDir)).toEqual([]);

    const r = await run('units', '--json', '--data-dir', dataDir);
    expect(r.code).toBe(0);
    expect(listBackups(dataDir).map((b) => b.reason)).toEqual(['migration']);
  });
});

describe('npm run cli (a real process, with the worker pool)', () => {
  it('prints the unit list as JSON and exits 0; exits 2 on a usage error', async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec('npx', ['tsx', 'electron/cli/main.ts', 'units', '--json'], {
      cwd: process.cwd(),
    });
    expect(JSON.parse(stdout)).toHaveLength(10);
    await expect(
      exec('npx', ['tsx', 'electron/cli/main.ts', 'nothing'], { cwd: process.cwd() }),
    ).rejects.toMatchObject({
      code: 2,
    });
  });

  it('stops quietly when the program reading it stops (… | head): no stack trace', async () => {
    const child = spawn('npx', ['tsx', 'electron/cli/main.ts', 'catalog'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    await new Promise((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Error|at /u);
  }, 60_000);
});
