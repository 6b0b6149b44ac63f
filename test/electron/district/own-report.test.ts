import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext, type ServiceContext } from '../../../electron/services/context';
import {
  buildMergedWorkbook,
  closeChecker,
  getCompleteness,
  importReceivedFiles,
  useChecker,
} from '../../../electron/services/district';
import { openReport, saveReportData } from '../../../electron/services/reports';
import { installFormPackage } from '../../../electron/services/form-packages';
import { writeFormPackage } from '../../../electron/form-package/write';
import { version2 } from '../form-package/versions';
import { saveSettings } from '../../../electron/services/settings';
import { reportFingerprint } from '../../../shared/domain/canonical';
import { emptyReportData } from '../../../shared/domain/report';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker, unitWorkbook } from './workbooks';

let dir: string;
let ctx: ServiceContext;
const reports = seedShapedReports();
const [district, ...communes] = reports;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-own-'));
  ctx = createServiceContext({ sampleUnits: true, dataDir: dir, mode: 'browser', background: false });
  useChecker(ctx, inProcessChecker);
  saveSettings(ctx, { unitCode: district!.unit.code, isMergingOffice: true });
  const files = await Promise.all(communes.map((r) => unitWorkbook(r.unit, r.data, 1)));
  await importReceivedFiles(ctx, files, { expectedPeriod: SEED_PERIOD });
});
afterAll(async () => {
  await closeChecker(ctx);
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const key = {
  unitCode: district!.unit.code,
  period: SEED_PERIOD,
  templateId: CURRENT_TEMPLATE.id,
  templateVersion: CURRENT_TEMPLATE.version,
};

/** A new PC (sample units, files checked in this process) for one test; `office`: its merging office. */
async function onNewPc(
  prefix: string,
  office: string | null,
  test: (ctx: ServiceContext, folder: string) => Promise<void>,
): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const pc = createServiceContext({ sampleUnits: true, dataDir: folder, mode: 'browser', background: false });
  useChecker(pc, inProcessChecker);
  try {
    if (office) saveSettings(pc, { unitCode: office, isMergingOffice: true });
    await test(pc, folder);
  } finally {
    await closeChecker(pc);
    pc.db.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

describe("the merging office's own report", () => {
  it('is not counted as a unit that must report: 9/9 before it typed anything, no row for it', () => {
    const c = getCompleteness(ctx, SEED_PERIOD);
    expect(c.counts).toMatchObject({ expected: 9, received: 9, missing: 0 });
    expect(c.rows.some((r) => r.unit.code === district!.unit.code)).toBe(false);
  });

  it('once typed in this app, is taken from its database into completeness and into the merge', async () => {
    saveReportData(ctx, key, district!.data, reportFingerprint(emptyReportData()));
    const c = getCompleteness(ctx, SEED_PERIOD);
    expect(c.counts).toMatchObject({ expected: 9, received: 9 });
    expect(c.rows[0]).toMatchObject({ unit: { code: district!.unit.code }, status: 'received', own: true });
    expect(c.rows[0]!.current!.fileName).toContain('Nhập trên máy này');

    const file = path.join(dir, 'tong-hop.xlsx');
    const { unitsMerged } = await buildMergedWorkbook(ctx, SEED_PERIOD, file);
    expect(unitsMerged).toBe(10);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    let a07: unknown;
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      if (row.getCell(1).value !== 'A07') return;
      const v = row.getCell(4).value as { result?: unknown } | number;
      a07 = typeof v === 'object' ? v.result : v;
    });
    // The seed's district total, which includes the office's own figures.
    expect(a07).toBe(27_630);
  });

  it("is in the merged workbook's unit list: the province merging it counts the office's figures once", async () => {
    const file = path.join(dir, 'tong-hop.xlsx'); // written by the test above
    // The province's list holds the district's units (a new database has none).
    await onNewPc('cchc-own-province-', null, async (province, d) => {
      const [result] = await importReceivedFiles(
        province,
        [{ fileName: 'tong-hop.xlsx', bytes: fs.readFileSync(file) }],
        {
          expectedPeriod: SEED_PERIOD,
        },
      );
      expect(result).toBeDefined();
      const rows = getCompleteness(province, SEED_PERIOD).rows;
      const office = rows.filter((r) => r.unit.code === district!.unit.code);
      expect(office).toHaveLength(1);
      expect(office[0]!.status).toBe('received');
      expect(office[0]!.current!.revision).toBe(1);
      const out = path.join(d, 'tinh.xlsx');
      expect((await buildMergedWorkbook(province, SEED_PERIOD, out)).unitsMerged).toBe(10);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      let a07: unknown;
      wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
        if (row.getCell(1).value !== 'A07') return;
        const v = row.getCell(4).value as { result?: unknown } | number;
        a07 = typeof v === 'object' ? v.result : v;
      });
      expect(a07).toBe(27_630);
    });
  });
});

describe('the merging office without a report typed here', () => {
  it('shows a file of its own it imported (not counted as expected), and no row when it has neither', async () => {
    await onNewPc('cchc-own2-', district!.unit.code, async (c2, d) => {
      expect(getCompleteness(c2, SEED_PERIOD).rows.some((r) => r.unit.code === district!.unit.code)).toBe(
        false,
      );
      await importReceivedFiles(c2, [await unitWorkbook(district!.unit, district!.data, 1)], {
        expectedPeriod: SEED_PERIOD,
      });
      const c = getCompleteness(c2, SEED_PERIOD);
      expect(c.counts).toMatchObject({ expected: 9, received: 0, missing: 9 });
      expect(c.rows[0]).toMatchObject({ unit: { code: district!.unit.code }, status: 'received', own: true });
      expect((await buildMergedWorkbook(c2, SEED_PERIOD, path.join(d, 'tong-hop.xlsx'))).unitsMerged).toBe(1);
    });
  });
});

describe("the merging office's own report under an installed form package", () => {
  it('is found under the form in use (version 2), not left out of completeness', async () => {
    await onNewPc('cchc-own-v2-', district!.unit.code, async (ctx2) => {
      installFormPackage(
        ctx2,
        'v2.xlsx',
        await writeFormPackage(version2(), new Date('2026-01-01T00:00:00Z')),
      );
      const opened = openReport(ctx2, { unitCode: district!.unit.code, period: SEED_PERIOD });
      expect(opened.templateVersion).toBe(2);
      saveReportData(
        ctx2,
        { unitCode: district!.unit.code, period: SEED_PERIOD },
        { ...emptyReportData(), counts: { A03: 5 } },
        opened.fingerprint,
      );
      const c = getCompleteness(ctx2, SEED_PERIOD);
      expect(c.rows[0]).toMatchObject({ unit: { code: district!.unit.code }, status: 'received', own: true });
    });
  });
});
