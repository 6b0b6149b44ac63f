/**
 * "Kỳ trước" and "Tăng/giảm" in the merged "Tổng hợp" when the merging office also holds the
 * previous year's files; neither column without them.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { buildMergedWorkbook, importReceivedFiles } from '../../../electron/services/district';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker, seedWorkbooks, unitWorkbook } from './workbooks';

async function summaryOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(fs.readFileSync(file)).buffer);
  const ws = wb.getWorksheet('Tổng hợp')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) =>
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v)),
    ),
  );
  return rows;
}

describe('previous period in the merged workbook', () => {
  it('adds Kỳ trước and Tăng/giảm beside the total when last year’s files were received', async () => {
    const earlier = await Promise.all(
      seedShapedReports().map(({ unit, data }) =>
        unitWorkbook(
          unit,
          {
            ...data,
            counts: {
              ...data.counts,
              A05: data.counts.A05! - 100,
              A08: data.counts.A08! - 100,
              A16: data.counts.A16! - 100,
            },
            models: [],
          },
          1,
          '2022',
        ),
      ),
    );
    const { ctx, close } = openScratchDistrict({ units: [...DEFAULT_UNITS], checker: inProcessChecker });
    try {
      await importReceivedFiles(ctx, await seedWorkbooks(), { backup: false });
      const file = path.join(ctx.dataDir, 'tong-hop.xlsx');
      await buildMergedWorkbook(ctx, SEED_PERIOD, file);
      const without = await summaryOf(file);
      expect(without.flat()).not.toContain('Tăng/giảm');

      await importReceivedFiles(ctx, earlier, { backup: false });
      await buildMergedWorkbook(ctx, SEED_PERIOD, file);
      const rows = await summaryOf(file);
      const header = rows.find((r) => r[0] === 'Mã số')!;
      // After the printed columns, the rates as numbers, the previous period's among them.
      expect(header.slice(6, 8)).toEqual(['Kỳ trước (Năm 2022)', 'Tăng/giảm']);
      expect(header.at(-1)).toBe('Tỷ lệ dạng số: Kỳ trước (Năm 2022)');
      const a07 = rows.find((r) => r[0] === 'A07')!;
      expect(a07[3]).toBe(27_630);
      expect(a07.slice(6, 8)).toEqual([26_630, 1_000]);
      const r02 = rows.find((r) => r[0] === 'R02')!;
      expect(r02[3]).toBe('98,74%');
      const before = String(r02[6]);
      expect(before).toMatch(/^\d+,\d\d%$/u);
      expect(r02.at(-1)).toBeCloseTo(Number(before.replace(',', '.').replace('%', '')) / 100, 8);
    } finally {
      await close();
    }
  });
});
