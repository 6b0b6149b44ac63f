/**
 * A form package installed from Settings in Chromium (browser mode): the province's version 2
 * (A22 renamed A24, A23 new, D09 dropped) becomes the form in use; the commune's version-1
 * report opens with a review of what moved, what is new and what was dropped, and is saved
 * under version 2 once the clerk agrees.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFormPackage } from '../../electron/form-package/write';
import type { Report } from '../../shared/api/contract';
import { emptyReportData } from '../../shared/domain/report';
import { version2 } from '../electron/form-package/versions';
import {
  apiCall,
  type Browser,
  closeServedApp,
  collectPageErrors,
  openServedApp,
  type RunningServer,
  saveReportOver,
  screenshot,
  useSampleDistrict,
} from './support';

describe('form package from Settings (browser mode, Chromium)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    ({ dataDir, server, browser } = await openServedApp('cchc-e2e-form-'));
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('installs version 2, reviews the carried-forward report, saves it under version 2', async () => {
    const page = browser!.page;
    const errors = collectPageErrors(page);
    await useSampleDistrict(server!, 'TH03', false);
    const key = { unitCode: 'TH03', period: '2023' };
    await saveReportOver(server!, key, { ...emptyReportData(), counts: { A21: 10, A22: 8, D09: 1 } });
    const file = path.join(dataDir, 'bieu-mau-v2.xlsx');
    fs.writeFileSync(file, await writeFormPackage(version2(), new Date()));

    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page
      .getByText(
        'Đang dùng: Báo cáo kết quả thực hiện công tác cải cách hành chính (mã cchc, phiên bản 1, có sẵn trong phần mềm).',
      )
      .waitFor();
    await page.getByLabel('Cài biểu mẫu từ tệp…').setInputFiles(file);
    await page.getByText(/^Đã cài: .*, phiên bản 2\./u).waitFor();
    await page.getByText(/Phiên bản 2 — .* — tệp bieu-mau-v2\.xlsx/u).waitFor();
    await screenshot(page, 'form-package-installed');

    await page.getByRole('button', { name: 'Báo cáo', exact: true }).click();
    // Version 2 is reported yearly ("Kỳ báo cáo: Năm"): the picker offers years only.
    const options = await page.getByLabel('Kỳ báo cáo').locator('option').allInnerTexts();
    expect(options.every((o) => /^Năm \d{4}$/u.test(o))).toBe(true);
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    await page.getByText('Số liệu tính từ ngày 15/12/2022 đến ngày 14/12/2023').waitFor();
    const review = page.locator('.carry-forward');
    await review.waitFor();
    expect(await review.innerText()).toContain('Báo cáo này được lập theo biểu mẫu phiên bản 1');
    expect(await review.innerText()).toContain('Chuyển sang mã mới: A22 → A24.');
    expect(await review.innerText()).toContain('Chỉ tiêu mới, chưa có số liệu: A23.');
    expect(await review.innerText()).toContain('Không còn trong biểu mẫu mới (bỏ): D09.');
    await screenshot(page, 'form-package-review');
    await page.getByRole('button', { name: 'Đồng ý, lưu theo biểu mẫu mới' }).click();
    await page
      .getByText('Đã lưu báo cáo theo biểu mẫu phiên bản 2. Bản theo phiên bản cũ vẫn được giữ.')
      .waitFor();

    const saved = await apiCall<Report>(server!, 'report.open', key);
    expect(saved).toMatchObject({ templateVersion: 2, data: { counts: { A21: 10, A24: 8 } } });
    expect(saved.carriedForward).toBeUndefined();
    expect(errors).toEqual([]);
  });
});
