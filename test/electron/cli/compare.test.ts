/**
 * `cli compare`: the same comparison as the screen's "So sánh kỳ", from a data folder, as
 * tab-separated lines or JSON; a wrong period or unit is a usage error (exit 2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { openReport, saveReportData } from '../../../electron/services/reports';
import type { Comparison } from '../../../shared/api/compare-contract';
import { emptyReportData } from '../../../shared/domain/report';
import { cliRunner } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-compare-'));
const dataDir = path.join(dir, 'du-lieu');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = cliRunner();

beforeAll(() => {
  const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
  const save = (period: string, counts: Record<string, number>) => {
    const key = { unitCode: 'TH03', period };
    saveReportData(ctx, key, { ...emptyReportData(), counts }, openReport(ctx, key).fingerprint);
  };
  save('2023', { A02: 0, A03: 15_121, A05: 12_000, A06: 509, A21: 4, A22: 3 });
  save('2022', { A02: 0, A03: 14_000, A05: 12_000, A06: 509, A21: 0, A22: 0 });
  ctx.db.close();
});

describe('cli compare', () => {
  it('prints every row of the form with both periods, the change and its share', async () => {
    const r = await run('compare', '--data-dir', dataDir, '--unit', 'TH03', '--period', '2023');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('So sánh hai kỳ: xã Thông Bình (TH03)');
    expect(lines[2]).toMatch(/^Năm 2022: nhập trên máy này/u);
    expect(lines).toContain(
      ['STT', 'Mã số', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2023', 'Năm 2022', 'Tăng/giảm', 'Tăng/giảm (%)'].join(
        '\t',
      ),
    );
    expect(lines).toContain(
      ['7', 'A07', 'Tổng số hồ sơ tiếp nhận', 'hồ sơ', '27.630', '26.509', '+1.121', '+4,2%'].join('\t'),
    );
    const r07 = lines.find((l) => l.includes('\tR07\t'))!.split('\t');
    expect(r07.slice(4)).toEqual(['75,00%', 'không phát sinh', '— (không phát sinh ở một kỳ)', '']);
    const a12 = lines.find((l) => l.includes('\tA12\t'))!.split('\t');
    expect(a12.slice(4, 6)).toEqual(['— (đơn vị chưa nhập)', '— (đơn vị chưa nhập)']);
  });

  it('compares with a chosen period, as JSON', async () => {
    const r = await run(
      'compare',
      '--data-dir',
      dataDir,
      '--unit',
      'TH03',
      '--period',
      '2022',
      '--other',
      '2023',
      '--json',
    );
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out) as Comparison;
    expect(c.periods).toEqual(['2023', '2022']);
    expect(c.sections[0]!.rows.find((x) => x.code === 'A07')!.change).toBe(-1_121);
  });

  it('refuses a wrong period or unit with exit code 2', async () => {
    const bad = await run(
      'compare',
      '--data-dir',
      dataDir,
      '--unit',
      'TH03',
      '--period',
      '2023',
      '--other',
      '2023-Q5',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('2023-Q5');
    const unknown = await run('compare', '--data-dir', dataDir, '--unit', 'XX9', '--period', '2023');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('XX9');
  });
});
