/**
 * The merging office end to end, in Debian's Chromium against browser mode: ten unit workbooks
 * (and one file that is not a workbook) dropped on the window, the results listed, the
 * completeness table showing every unit received, a unit's history, and the merged workbook
 * exported with the seed's figures.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedShapedReports } from '../shared/merge/seed-reports';
import { seedWorkbooks, unitOf, unitWorkbook } from '../electron/district/workbooks';
import {
  type Browser,
  closeServedApp,
  openServedApp,
  type RunningServer,
  screenshot,
  useSampleDistrict,
} from './support';

/** Drops files on the window as a person dragging them from the file manager would. */
async function dropFiles(page: Page, files: { name: string; base64: string }[]) {
  await page.evaluate((payload) => {
    // Runs in the page; typed here without the DOM library, which the Node side does not load.
    interface Transfer {
      items: { add(file: unknown): void };
    }
    interface Target {
      dispatchEvent(event: unknown): boolean;
    }
    const page = globalThis as unknown as {
      DataTransfer: new () => Transfer;
      DragEvent: new (type: string, init: object) => unknown;
      File: new (parts: unknown[], name: string, options: object) => unknown;
      document: { body: Target; querySelector(selector: string): Target | null };
    };
    const transfer = new page.DataTransfer();
    for (const f of payload) {
      const binary = atob(f.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(
        new page.File([bytes], f.name, {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
    }
    // Dropped on the table, far from any drop zone: the whole window accepts files.
    const target = page.document.querySelector('.completeness-table') ?? page.document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new page.DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}

function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value as { result?: unknown } | null;
  return v && typeof v === 'object' && 'result' in v ? v.result : v;
}

describe('district import end to end (browser mode, Chromium)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[];
  /** The seed workbooks dropped by the first test (their bytes: written again they differ). */
  let dropped: { fileName: string; bytes: Buffer }[] = [];

  beforeAll(async () => {
    ({ dataDir, server, browser, page, pageErrors } = await openServedApp('cchc-e2e-district-'));
    await useSampleDistrict(server!, 'TH00', true);
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('drop ten workbooks → every unit received → history → merged workbook with the seed figures', async () => {
    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    await page.getByRole('heading', { name: /Năm 2023$/u }).waitFor();
    await page.locator('.completeness-table tr[data-status="missing"]').first().waitFor();
    // The merging office (TH00) is not one of the units that must report.
    expect(await page.locator('.completeness-table tbody tr').count()).toBe(9);

    const workbooks = await seedWorkbooks();
    dropped = workbooks;
    const files = [
      ...workbooks.map((w) => ({ name: w.fileName, base64: w.bytes.toString('base64') })),
      { name: 'bien-ban-hop.xlsx', base64: Buffer.from('%PDF-1.4 không phải bảng tính').toString('base64') },
    ];
    await dropFiles(page, files);

    await page.locator('.import-results').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-result').count()).toBe(11);
    expect(await page.locator('.import-result.verdict-accepted').count()).toBe(10);
    const refused = page.locator('.import-result.verdict-refused');
    expect(await refused.getAttribute('data-file')).toBe('bien-ban-hop.xlsx');
    expect(await refused.locator('.problems li').first().textContent()).toMatch(/\S/u);

    await page.locator('.completeness-table tr[data-status="received"]').nth(9).waitFor();
    expect(await page.locator('.completeness-table tr[data-status="missing"]').count()).toBe(0);
    const row = page.locator('.completeness-table tr[data-unit="TH03"]');
    expect(await row.textContent()).toContain('Đã nhận');
    expect(await row.textContent()).toContain('lần 1');
    expect(await row.textContent()).toContain('CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx');
    expect(await page.locator('.completeness-chart figcaption').textContent()).toContain('9/9 đơn vị đã nộp');
    await screenshot(page, 'district-completeness');

    await row.getByRole('button', { name: 'Lịch sử' }).click();
    await page.locator('.unit-history tr[data-status="current"]').waitFor();

    // Re-submissions: the same file again changes nothing; a corrected TH02 that breaks a rule is
    // refused, the earlier one stays in use, and the table says so.
    const wrong = structuredClone(seedShapedReports()[2]!.data);
    wrong.counts.A04 = wrong.counts.A03! + 5;
    const refusedR2 = await unitWorkbook(unitOf('TH02'), wrong, 2);
    await page.getByRole('button', { name: 'Ẩn kết quả' }).click();
    await dropFiles(page, [
      { name: workbooks[3]!.fileName, base64: workbooks[3]!.bytes.toString('base64') },
      { name: refusedR2.fileName, base64: refusedR2.bytes.toString('base64') },
    ]);
    await page.locator('.import-results').waitFor();
    expect(await page.locator('.import-result.verdict-refused').getAttribute('data-file')).toBe(
      refusedR2.fileName,
    );
    expect(
      await page.locator(`.import-result[data-file="${workbooks[3]!.fileName}"]`).textContent(),
    ).toContain('Không có gì thay đổi');
    const th02 = page.locator('.completeness-table tr[data-unit="TH02"]');
    await th02.locator('.problems').waitFor();
    expect(await th02.getAttribute('data-status')).toBe('received');
    expect(await th02.textContent()).toContain(`Tệp gửi sau "${refusedR2.fileName}" bị từ chối`);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất bảng tổng hợp (.xlsx)' }).click();
    await page.locator('.export-done').waitFor({ timeout: 60_000 });
    expect(await page.locator('.export-done').textContent()).toContain(
      path.join(dataDir, 'Documents', 'Báo cáo CCHC'),
    );
    // Saved like the commune's export: no link to click, the browser receives the file.
    expect(await page.locator('.export-done a').count()).toBe(0);
    await page.locator('.export-done').getByRole('button', { name: 'Mở thư mục' }).waitFor();
    const download = await downloadPromise;
    const saved = path.join(dataDir, 'downloaded.xlsx');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/^CCHC_TongHop_2023_\d{8}-\d{4}\.xlsx$/u);
    const onDisk = fs.readdirSync(path.join(dataDir, 'Documents', 'Báo cáo CCHC'));
    expect(onDisk).toEqual([download.suggestedFilename()]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const summary = wb.getWorksheet('Tổng hợp')!;
    const values: Record<string, unknown> = {};
    summary.eachRow((r) => {
      values[String(r.getCell(1).value)] = resultOf(r.getCell(4));
    });
    expect(values.A07).toBe(27_630);
    expect(values.A11).toBe(27_282);
    expect(values.R02).toBe('98,74%');
    expect(values.C10).toBe(97);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('a second file of TH05 with the same revision is warned on its row; the first one imported again counts again', async () => {
    // After the test above: every unit received. TH05 sends another file of the same revision with
    // other figures and the same export time: nothing in the files says which is newer.
    const original = dropped[5]!;
    const data = structuredClone(seedShapedReports()[5]!.data);
    data.counts.D01 = (data.counts.D01 ?? 0) + 7;
    const second = { ...(await unitWorkbook(unitOf('TH05'), data, 1)), fileName: 'TH05-gui-lai.xlsx' };
    const drop = async (f: { fileName: string; bytes: Buffer }) => {
      if (await page.locator('.import-results').count()) {
        await page.getByRole('button', { name: 'Ẩn kết quả' }).click();
      }
      await dropFiles(page, [{ name: f.fileName, base64: f.bytes.toString('base64') }]);
      await page.locator('.import-results').waitFor();
      return (await page.locator(`.import-result[data-file="${f.fileName}"]`).textContent()) ?? '';
    };
    const th05 = page.locator('.completeness-table tr[data-unit="TH05"]');

    expect(await drop(second)).toContain(`Đang dùng tệp "${second.fileName}" chỉ vì tệp này được nhận sau`);
    await th05.locator('.problems').waitFor();
    expect(await th05.getAttribute('data-status')).toBe('warnings');
    expect(await th05.textContent()).toContain(`cùng là bản lần 1 nhưng số liệu khác nhau`);
    expect(await th05.textContent()).not.toContain('mới nhất');
    await screenshot(page, 'district-same-revision');

    expect(await drop(original)).toContain('tệp được dùng lại làm báo cáo của');
    await page
      .locator('.completeness-table tr[data-unit="TH05"] .file-cell')
      .filter({ hasText: `Đang dùng tệp "${original.fileName}"` })
      .waitFor();
    expect(await th05.textContent()).toContain(`Đang dùng tệp "${original.fileName}"`);
    expect(await drop(original)).toContain('đang được dùng cho tổng hợp. Không có gì thay đổi');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
