/**
 * The commune's workbook in Chromium (browser mode): "Xuất tệp Excel" saves the file in the export
 * folder, shows where, and downloads it; "Khôi phục từ tệp Excel…" asks before overwriting and
 * brings the figures back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbookSync } from '../../electron/workbook/unit-reader';
import type { ReportData } from '../../shared/domain/report';
import { UNITS, sampleReport } from '../electron/workbook/fixtures';
import {
  apiCall,
  type Browser,
  closeServedApp,
  collectPageErrors,
  openServedApp,
  type RunningServer,
  saveReportOver,
  useSampleDistrict,
} from './support';
import { screen } from './a11y';

describe('commune workbook in the browser', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ({ dataDir, server, browser } = await openServedApp('cchc-e2e-wb-'));
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('exports (file in the folder, path shown, downloaded), then restores after a confirmation', async () => {
    const page = browser!.page;
    const errors = collectPageErrors(page);
    await useSampleDistrict(server!, 'TH03', false);
    await saveReportOver(server!, { unitCode: 'TH03', period: '2023' }, sampleReport());

    await page.goto(server!.url);
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    await page.getByRole('heading', { name: /— Năm 2023$/u }).waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx');
    const downloaded = path.join(dataDir, 'tai-ve.xlsx');
    await download.saveAs(downloaded);
    const savedPath = path.join(dataDir, 'Documents', 'Báo cáo CCHC', 'CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx');
    await page.getByText(savedPath).waitFor();
    await page.getByRole('button', { name: 'Mở thư mục' }).waitFor();
    expect(fs.readFileSync(downloaded).equals(fs.readFileSync(savedPath))).toBe(true);
    const checked = checkWorkbookSync(fs.readFileSync(downloaded), 'a.xlsx', { units: UNITS });
    expect(checked.verdict).toBe('accepted');
    expect(checked.identity?.revision).toBe(1);
    // Photographed and checked with axe-core: no serious or critical finding.
    expect(await screen(page, 'workbook-exported')).toEqual([]);
    // The Word report is handed to the browser's downloads too, like the workbook.
    const wordDownloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất báo cáo Word' }).click();
    expect((await wordDownloading).suggestedFilename()).toMatch(/^BaoCao_CCHC_2023_TH03_.*\.docx$/u);
    await page.getByText('Tệp cũng đã được tải về thư mục Tải xuống của trình duyệt.').nth(1).waitFor();
    // A change typed after the export: the panel says the file sent is no longer the report.
    const a01 = page.getByLabel(/^A01 /u);
    await a01.fill('999');
    await a01.press('Tab');
    await page
      .getByText('Số liệu đã được sửa sau khi xuất tệp CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx', {
        exact: false,
      })
      .waitFor();

    // Someone changes the figures on this PC; the clerk restores the exported file.
    const changed: ReportData = { ...sampleReport(), counts: { ...sampleReport().counts, D02: 9 } };
    await saveReportOver(server!, { unitCode: 'TH03', period: '2023' }, changed);
    await page.getByLabel('Khôi phục từ tệp Excel…', { exact: true }).setInputFiles(downloaded);
    const dialog = page.getByRole('alertdialog', { name: 'Khôi phục số liệu từ tệp Excel' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('THAY THẾ toàn bộ số liệu');
    // Photographed and checked with axe-core: no serious or critical finding.
    expect(await screen(page, 'workbook-restore-confirm')).toEqual([]);
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Đã khôi phục số liệu từ tệp tai-ve.xlsx.').waitFor();
    const report = await apiCall<{ data: ReportData; revision: number }>(server!, 'report.open', {
      unitCode: 'TH03',
      period: '2023',
    });
    expect(report.data.counts.D02).toBe(1);
    expect(report.revision).toBe(2);
    expect(errors).toEqual([]);
  }, 120_000);
});
