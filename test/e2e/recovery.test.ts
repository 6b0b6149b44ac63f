/**
 * A commune PC whose database file was emptied (power cut, disk error) while backups exist: browser
 * mode opens the recovery screen instead of the first-run screen; restoring the backup keeps the
 * emptied file aside and the clerk's figures are back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../electron/services/context';
import { createManualBackup, databaseFile } from '../../electron/services/backups';
import type { Report } from '../../shared/api/contract';
import { emptyReportData } from '../../shared/domain/report';
import { saveOverStored } from '../electron/fixtures/save-report';
import {
  apiCall,
  collectPageErrors,
  freshDir,
  launchBrowser,
  requireBuiltRenderer,
  startServer,
  type Browser,
  type RunningServer,
} from './support';
import { screen } from './a11y';

describe('recovery screen in the browser', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = freshDir('cchc-e2e-recovery-');
    const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
    const { dispatch } = await import('../../electron/api/dispatch');
    await dispatch(ctx, 'settings.save', { unitCode: 'TH03', isMergingOffice: false });
    await saveOverStored(
      ctx,
      { unitCode: 'TH03', period: '2023' },
      { ...emptyReportData(), counts: { A03: 1684 } },
    );
    await createManualBackup(ctx);
    ctx.db.close();
    fs.truncateSync(databaseFile(dataDir), 0);
    server = await startServer(dataDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the backups, restores one after a confirmation, keeps the empty file, and the app opens', async () => {
    const page = browser!.page;
    const errors = collectPageErrors(page);
    await page.goto(server!.url);
    await page.getByRole('heading', { name: 'Dữ liệu của phần mềm cần được khôi phục' }).waitFor();
    expect(await page.textContent('body')).toContain('10 đơn vị, 1 báo cáo, máy của đơn vị TH03');
    // Photographed and checked with axe-core: no serious or critical finding.
    expect(await screen(page, 'recovery-screen')).toEqual([]);
    expect(fs.statSync(databaseFile(dataDir)).size).toBe(0);

    await page.getByRole('button', { name: /^Khôi phục bản này/u }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText(/Tệp dữ liệu hỏng được giữ tại/u).waitFor();
    const kept = fs.readdirSync(path.join(dataDir, 'hong'));
    expect(kept).toHaveLength(1);
    expect(fs.statSync(path.join(dataDir, 'hong', kept[0]!)).size).toBe(0);

    await page.getByRole('button', { name: 'Mở phần mềm' }).click();
    await page.getByLabel('Kỳ báo cáo').waitFor();
    const report = await apiCall<Report>(server!, 'report.open', { unitCode: 'TH03', period: '2023' });
    expect(report.data.counts).toEqual({ A03: 1684 });
    expect(errors).toEqual([]);
  }, 120_000);
});
