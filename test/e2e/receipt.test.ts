/**
 * Up the chain in Chromium against browser mode: the merging office receives a commune's file,
 * makes its receipt (text for an email and a small workbook, downloaded) and the DHIS2 file; the
 * commune imports the downloaded receipt and sees it was accepted, then, after an edit, that its
 * report is newer than the receipted one. One data folder plays both offices, one after the other
 * (the settings say which PC it is), so the test starts one server.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PERIOD, seedShapedReports } from '../shared/merge/seed-reports';
import { unitOf, unitWorkbook } from '../electron/district/workbooks';
import {
  apiCall,
  type Browser,
  closeServedApp,
  openServedApp,
  type RunningServer,
  saveReportOver,
  useSampleDistrict,
} from './support';
import { screen } from './a11y';

async function downloadOf(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('receipt round trip (browser mode, Chromium)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[];
  const th03 = seedShapedReports()[3]!;

  beforeAll(async () => {
    ({ dataDir, server, browser, page, pageErrors } = await openServedApp('cchc-e2e-receipt-'));
    await useSampleDistrict(server!, 'TH00', true);
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('district: receipt text and workbook; DHIS2 file. Commune: "Đã được … nhận bản lần 1 …: chấp nhận", then "newer"', async () => {
    const file = await unitWorkbook(unitOf('TH03'), th03.data, 1);
    await apiCall(server!, 'district.import', {
      files: [{ fileName: file.fileName, base64: file.bytes.toString('base64') }],
      period: SEED_PERIOD,
    });

    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    const row = page.locator('.completeness-table tr[data-unit="TH03"]');
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    await page.getByRole('button', { name: `Lập biên nhận cho tệp ${file.fileName}` }).click();
    const text = page.locator('.receipt-text');
    await text.waitFor();
    // The receipt comes into view with focus on its title: the click visibly did something.
    expect(await page.evaluate<string>('document.activeElement.textContent')).toContain(file.fileName);
    const receiptTitle = await page.locator('.receipt-panel h3').boundingBox();
    expect(receiptTitle!.y).toBeGreaterThanOrEqual(0);
    expect(receiptTitle!.y).toBeLessThan(768);
    const receiptText = await text.inputValue();
    expect(receiptText).toContain('BIÊN NHẬN BÁO CÁO CẢI CÁCH HÀNH CHÍNH');
    expect(receiptText).toContain('Đơn vị nhận: UBND huyện Tân Hồng');
    expect(receiptText).toContain('Đơn vị gửi: xã Thông Bình (TH03)');
    expect(receiptText).toContain('Kết quả: chấp nhận');
    // Photographed and checked with axe-core: no serious or critical finding.
    expect(await screen(page, 'receipt-district')).toEqual([]);
    const receiptFile = await downloadOf(
      page,
      () => page.getByRole('link', { name: /Tải biên nhận BienNhan_2023_TH03_r1\.xlsx/u }).click(),
      dataDir,
    );

    // The DHIS2 panel of the same screen.
    await page.getByRole('button', { name: 'Xuất tệp DHIS2' }).click();
    await page.locator('.dhis2-export [role="status"]').waitFor();
    expect(await page.locator('.dhis2-export [role="status"]').textContent()).toContain(
      'Đã xuất 37 giá trị số đếm của 1 đơn vị, kỳ Năm 2023, dạng ADX.',
    );
    const adx = await downloadOf(
      page,
      () => page.getByRole('link', { name: /Tải tệp CCHC_DHIS2_2023\.adx\.xml/u }).click(),
      dataDir,
    );
    expect(fs.readFileSync(adx, 'utf8')).toContain('<adx xmlns="urn:ihe:qrph:adx:2015"');

    // Now the commune's PC: its report, exported as revision 1.
    await apiCall(server!, 'settings.save', { unitCode: 'TH03', isMergingOffice: false });
    await saveReportOver(server!, { unitCode: 'TH03', period: SEED_PERIOD }, th03.data);
    await apiCall(server!, 'workbook.exportReport', { unitCode: 'TH03', period: SEED_PERIOD });
    await page.goto(server!.url);
    await page.reload();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    const picker = page.getByLabel('Chọn tệp biên nhận (.xlsx) đơn vị tổng hợp gửi về');
    await picker.setInputFiles(receiptFile);
    const seen = page.locator('.receipt-seen');
    await seen.waitFor();
    expect(await seen.locator('.receipt-line').textContent()).toMatch(
      /^Đã được UBND huyện Tân Hồng nhận bản lần 1 ngày \d\d\/\d\d\/\d{4} \d\d:\d\d: chấp nhận$/u,
    );
    expect(await seen.locator('.receipt-note').textContent()).toBe('Đây là bản mới nhất trong máy này.');
    // Photographed and checked with axe-core: no serious or critical finding.
    expect(await screen(page, 'receipt-commune')).toEqual([]);

    // An edit typed after the export: once saved, the receipt on screen says it is for an
    // older revision, without a reload.
    const a01 = page.getByLabel(/^A01 /u);
    await a01.fill(String((th03.data.counts.A01 ?? 0) + 1));
    await a01.press('Tab');
    await page.locator('.receipt-note.newer').waitFor();
    // The receipt was kept: after a restart of the page the form shows it again by itself,
    // now against revision 2.
    await page.reload();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    await page.locator('.receipt-note.newer').waitFor();
    expect(await page.locator('.receipt-seen .receipt-line').textContent()).toContain(
      'nhận bản lần 1',
    );
    expect(await page.locator('.receipt-note.newer').textContent()).toContain(
      'bản lần 2, mới hơn bản lần 1 đã được nhận',
    );

    // A report workbook is not a receipt.
    await picker.setInputFiles({
      name: file.fileName,
      mimeType: 'application/octet-stream',
      buffer: file.bytes,
    });
    expect(await page.getByRole('alert').filter({ hasText: 'không phải biên nhận' }).textContent()).toContain(
      file.fileName,
    );
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
