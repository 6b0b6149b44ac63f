/**
 * `cli export` goes through the app's export service: it refuses what "Xuất tệp Excel" refuses
 * (rule errors, a bad preparer date) and writes nothing, and marks the revision exported like it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { openReport, saveReportData } from '../../../electron/services/reports';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { cliRunner } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = cliRunner();

function dataFolder(name: string, data: ReportData): string {
  const dataDir = path.join(dir, name);
  const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
  const key = { unitCode: 'TH03', period: '2023' };
  saveReportData(ctx, key, data, openReport(ctx, key).fingerprint);
  ctx.db.close();
  return dataDir;
}

const exportTo = (dataDir: string, out: string) =>
  run('export', '--data-dir', dataDir, '--unit', 'TH03', '--period', '2023', '--out', out);

describe('cli export', () => {
  it('refuses a report with a rule error, as the app does, naming the error, and writes nothing', async () => {
    // A04 ("trong đó" of A03) larger than A03: the form shows it as an error.
    const dataDir = dataFolder('rules', { ...emptyReportData(), counts: { A03: 10, A04: 99 } });
    const out = path.join(dir, 'rules.xlsx');
    const r = await exportTo(dataDir, out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/lỗi/u);
    expect(r.err).toContain('A04');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses an impossible preparer date like the app', async () => {
    const data = emptyReportData();
    data.preparer.preparedOn = '32/12/2023';
    const r = await exportTo(dataFolder('date', data), path.join(dir, 'date.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('Ngày lập báo cáo');
  });

  it('refuses a report with nothing entered but the phone, which the district would refuse as a blank', async () => {
    const data = emptyReportData();
    data.preparer.phone = '0';
    const out = path.join(dir, 'phone.xlsx');
    const r = await exportTo(dataFolder('phone', data), out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('chưa có số liệu nào');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('without --data-dir uses the folder the app uses, and says how to give one when it holds no data', async () => {
    const dataDir = dataFolder('default', { ...emptyReportData(), counts: { A03: 10, A04: 5 } });
    const before = process.env.CCHC_DATA_DIR;
    try {
      process.env.CCHC_DATA_DIR = dataDir;
      const out = path.join(dir, 'default.xlsx');
      const args = ['--unit', 'TH03', '--period', '2023', '--out', out];
      expect((await run('export', ...args)).code).toBe(0);
      expect(fs.existsSync(out)).toBe(true);
      process.env.CCHC_DATA_DIR = path.join(dir, 'empty-default');
      const r = await run('export', ...args);
      expect(r.code).toBe(1);
      expect(r.err).toContain('empty-default');
      expect(r.err).toContain('--data-dir');
    } finally {
      if (before === undefined) delete process.env.CCHC_DATA_DIR;
      else process.env.CCHC_DATA_DIR = before;
    }
  });

  it('exports a report without errors and marks it exported, as the app does', async () => {
    const dataDir = dataFolder('good', { ...emptyReportData(), counts: { A03: 10, A04: 5 } });
    const out = path.join(dir, 'good.xlsx');
    const r = await exportTo(dataDir, out);
    expect(r.code).toBe(0);
    // Only A03 and A04 typed: the clerk is told the rest is blank, as the district will be.
    expect(r.err).toMatch(/Lưu ý: \d+ chỉ tiêu chưa có số liệu \(A01, A02, A05,/u);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
    const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
    try {
      expect(openReport(ctx, { unitCode: 'TH03', period: '2023' }).exportedRevision).toBe(1);
    } finally {
      ctx.db.close();
    }
  });
});
