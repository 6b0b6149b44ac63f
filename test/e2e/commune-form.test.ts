/**
 * A commune clerk's day, end to end, in Debian's Chromium against browser mode: first run, the
 * 2023 report of xã Thông Bình typed in (section A, two models, training, narrative, preparer),
 * autosave, a server restart on the same data folder, and every value still there; then the
 * checks a clerk meets: A04 > A03 refused at A04, "27,630" refused at the box and not saved.
 * `UPDATE_DOCS_SCREENSHOT=1` also copies the filled form's screenshot to docs/form.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/contract';
import { formatCount, formatRateFixed, ratePercent } from '../../shared/format/numbers';
import {
  apiCall,
  collectPageErrors,
  focusedLabel,
  freePort,
  freshDir,
  keyToSavedTimes,
  launchBrowser,
  pageScrollWidth,
  REPO_ROOT,
  requireBuiltRenderer,
  SAVE_TIMER_SCRIPT,
  screenshot,
  startServer,
  type Browser,
  type RunningServer,
} from './support';

/** Section A of xã Thông Bình, in the shape of the seed (one of nine communes of Tân Hồng). */
const SECTION_A: Record<string, number> = {
  A01: 159,
  A02: 12,
  A03: 1684,
  A04: 236,
  A05: 1021,
  A06: 8,
  A08: 1405,
  A09: 1296,
  A10: 5,
  A12: 17,
  A13: 2,
  A15: 7,
  A16: 2652,
  A17: 6214,
  A18: 1795,
  A19: 845,
  A20: 312,
  A21: 2,
  A22: 2,
};
const SECTION_C: Record<string, number> = {
  C01: 2,
  C02: 0,
  C03: 0,
  C04: 3,
  C05: 1,
  C06: 0,
  C07: 1,
  C08: 2,
  C09: 4,
};
const MODEL_1 = {
  B01: 'Mô hình “Ngày thứ Sáu không hẹn” – hỗ trợ "thanh toán" trực tuyến ở ấp Đồng Cỏ Ống',
  B02: 'Mô hình',
  B03: 'Cải cách thủ tục hành chính',
  B04: '05/04/2023',
  B05: 'Mới',
  B06: 'Người dân nộp hồ sơ, nhận kết quả ngay trong ngày thứ Sáu;\n312 hồ sơ thanh toán trực tuyến.',
  B07: 'Nhân rộng ra các ấp',
};
const MODEL_2 = {
  B01: 'Ngày không hẹn giải quyết TTHC gắn với hướng dẫn người dân đăng ký dịch vụ công trực tuyến',
  B02: 'Sáng kiến',
  B03: 'Xây dựng chính quyền điện tử, chính quyền số',
  B04: '15/9/2023',
  B05: 'Duy trì',
};
const E01 =
  'Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp.\nMột số người dân lớn tuổi chưa quen nộp hồ sơ qua Cổng dịch vụ công.';
const PREPARER = {
  'Họ và tên người lập': 'Nguyễn Thị Mỹ Hạnh',
  'Chức vụ': 'Công chức Văn phòng - Thống kê',
  'Số điện thoại': '0277 3851 234',
  'Ngày lập báo cáo': '20/12/2023',
};

const LABELS: Record<string, string> = {
  A01: 'A01 Số TTHC thuộc thẩm quyền được công khai',
  A02: 'A02 Hồ sơ kỳ trước chuyển qua',
  A03: 'A03 Hồ sơ mới tiếp nhận trực tuyến',
  A04: 'A04 trong đó: trực tuyến toàn trình',
  A05: 'A05 Hồ sơ mới tiếp nhận trực tiếp',
  A06: 'A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích',
  A07: 'A07 Tổng số hồ sơ tiếp nhận',
  A08: 'A08 Đã giải quyết trước hạn',
  A09: 'A09 Đã giải quyết đúng hạn',
  A10: 'A10 Đã giải quyết quá hạn',
  A11: 'A11 Tổng số hồ sơ đã giải quyết',
  A12: 'A12 Đang giải quyết trong hạn',
  A13: 'A13 Đang giải quyết quá hạn',
  A14: 'A14 Tổng số hồ sơ đang giải quyết',
  A15: 'A15 Hồ sơ quá hạn đã có văn bản xin lỗi',
  A16: 'A16 Hồ sơ được số hóa khi tiếp nhận',
  A17: 'A17 Kết quả giải quyết còn hiệu lực cần số hóa',
  A18: 'A18 Kết quả còn hiệu lực đã được số hóa',
  A19: 'A19 Hồ sơ phát sinh phí, lệ phí',
  A20: 'A20 Hồ sơ thanh toán trực tuyến',
  A21: 'A21 Phản ánh, kiến nghị (PAKN) tiếp nhận',
  A22: 'A22 PAKN đã xử lý',
  R01: 'R01 Tỷ lệ hồ sơ tiếp nhận trực tuyến',
  R02: 'R02 Tỷ lệ hồ sơ đã giải quyết',
  R03: 'R03 Tỷ lệ giải quyết trước hạn, đúng hạn',
  C01: 'C01 Trung cấp lý luận chính trị',
  C02: 'C02 Cao cấp lý luận chính trị',
  C03: 'C03 Sau đại học',
  C04: 'C04 Bồi dưỡng kiến thức chuyên ngành, kỹ năng',
  C05: 'C05 Quản lý nhà nước theo tiêu chuẩn ngạch công chức',
  C06: 'C06 Bồi dưỡng chức danh nghề nghiệp viên chức',
  C07: 'C07 Quản lý nhà nước theo tiêu chuẩn chức danh lãnh đạo, quản lý',
  C08: 'C08 Quốc phòng - An ninh',
  C09: 'C09 Khác (tin học, ngoại ngữ, chuyển đổi số...)',
  C10: 'C10 Tổng số lượt người được cử đào tạo, bồi dưỡng',
  E01: 'E01 Tồn tại, hạn chế',
};
const COLUMN_LABELS: Record<string, string> = {
  B01: 'Tên mô hình, sáng kiến',
  B02: 'Loại',
  B03: 'Lĩnh vực CCHC',
  B04: 'Ngày áp dụng',
  B05: 'Tình trạng',
  B06: 'Kết quả, hiệu quả',
  B07: 'Ghi chú',
};

const field = (page: Page, code: string) => page.getByLabel(LABELS[code]!, { exact: true });
const cell = (page: Page, code: string, row: number) =>
  page.getByLabel(`${code} ${COLUMN_LABELS[code]}, dòng ${row}`, { exact: true });
const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const saveStatus = (page: Page) => page.locator('.save-status');

/** Waits until the status says every change is on disk; returns ms since `since`. */
async function waitSaved(page: Page, since = performance.now()): Promise<number> {
  // Locators, not page functions: the app's CSP forbids evaluating strings, rightly.
  await page
    .locator('.save-status[data-state="saved"]', { hasText: /^Đã lưu lúc \d{2}:\d{2}:\d{2}$/u })
    .waitFor({ timeout: 10_000 });
  return performance.now() - since;
}

/** Waits until a box is marked invalid (aria-invalid="true"). */
const waitInvalid = (box: Locator, page: Page) => box.and(page.locator('[aria-invalid="true"]')).waitFor();

async function selectPeriod2023(page: Page) {
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
  await page.getByRole('heading', { name: /— Năm 2023$/u }).waitFor();
  await field(page, 'A03').waitFor();
}

async function fillModel(page: Page, row: number, model: Record<string, string>) {
  for (const [code, value] of Object.entries(model)) {
    const box = cell(page, code, row);
    if (['B02', 'B03', 'B05'].includes(code)) await box.selectOption(value);
    else await box.fill(value);
  }
}

async function expectValue(locator: Locator, expected: string) {
  expect(await locator.inputValue()).toBe(expected);
}

describe('commune form end to end (browser mode, Chromium)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = freshDir('cchc-e2e-');
    browser = await launchBrowser();
    page = browser.page;
    pageErrors = collectPageErrors(page);
    await page.addInitScript(SAVE_TIMER_SCRIPT);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('first run → Thông Bình, 2023 → type the report → restart → everything is still there', async () => {
    server = await startServer(dataDir);
    await page.goto(server.url);

    // First run: which unit this PC reports for.
    await page.getByRole('heading', { name: 'Chào mừng đến với phần mềm Báo cáo CCHC' }).waitFor();
    // The sample district is an explicit choice (the national list is the default).
    await page.getByLabel('Dùng thử với dữ liệu mẫu', { exact: false }).check();
    await page.getByLabel('Đơn vị mẫu').selectOption({ label: 'xã Thông Bình (TH03)' });
    expect(await page.getByLabel('Đơn vị tổng hợp (huyện/tỉnh)').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.locator('.unit-name', { hasText: 'xã Thông Bình' }).waitFor();
    await selectPeriod2023(page);

    // Section A: typed key by key, grouped as typed.
    await field(page, 'A03').pressSequentially('1684');
    await expectValue(field(page, 'A03'), '1.684');
    for (const [code, value] of Object.entries(SECTION_A)) {
      if (code !== 'A03') await field(page, code).fill(String(value));
    }
    await field(page, 'A01').focus(); // blur the last box: grouped on leaving it
    for (const [code, value] of Object.entries(SECTION_A)) {
      await expectValue(field(page, code), formatCount(value));
    }
    // Totals and rates live beside their parts.
    await expectValue(field(page, 'A07'), '2.725');
    await expectValue(field(page, 'A11'), '2.706');
    await expectValue(field(page, 'A14'), '19');
    await expectValue(field(page, 'R01'), formatRateFixed(ratePercent(1684, 1684 + 1021 + 8)));
    await expectValue(field(page, 'R02'), formatRateFixed(ratePercent(2706, 2725)));
    await expectValue(field(page, 'R03'), formatRateFixed(ratePercent(1405 + 1296, 2706)));
    expect(await page.locator('.issue-none').textContent()).toBe('Phần này chưa có lỗi hay cảnh báo.');

    // Enter moves to the next box, as Tab does.
    await field(page, 'A01').focus();
    await page.keyboard.press('Enter');
    expect(await focusedLabel(page)).toBe(LABELS.A02);

    // Section B: two models, one full of diacritics and quotes.
    await tab(page, /^B\. Mô hình/u).click();
    await page.getByRole('button', { name: '+ Thêm mô hình, sáng kiến' }).click();
    await fillModel(page, 1, MODEL_1);
    // Enter in the name moves on to the next box; the name stays one line.
    await cell(page, 'B01', 1).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    expect(await focusedLabel(page)).toBe('B02 Loại, dòng 1');
    await expectValue(cell(page, 'B01', 1), MODEL_1.B01);
    await page.getByRole('button', { name: '+ Thêm mô hình, sáng kiến' }).click();
    await fillModel(page, 2, MODEL_2);
    await cell(page, 'B01', 1).focus(); // the date is normalised on leaving its box
    await expectValue(cell(page, 'B04', 2), '15/09/2023');
    // Reorder: the second row up, then back down; a third row added and deleted after confirming.
    // Focus stays with the moved card (on its other move button at the top or bottom).
    await page.getByRole('button', { name: 'Chuyển dòng 2 lên trên' }).click();
    await expectValue(cell(page, 'B01', 1), MODEL_2.B01);
    await expectValue(cell(page, 'B01', 2), MODEL_1.B01);
    expect(await focusedLabel(page)).toBe('Chuyển dòng 1 xuống dưới');
    await page.keyboard.press('Enter');
    await expectValue(cell(page, 'B01', 1), MODEL_1.B01);
    expect(await focusedLabel(page)).toBe('Chuyển dòng 2 lên trên');
    await page.getByRole('button', { name: '+ Thêm mô hình, sáng kiến' }).click();
    expect(await focusedLabel(page)).toBe('B01 Tên mô hình, sáng kiến, dòng 3');
    await page.getByRole('button', { name: 'Xóa dòng 3' }).click();
    await page.getByRole('button', { name: 'Xóa dòng này' }).click();
    expect(await cell(page, 'B01', 3).count()).toBe(0);
    expect(await focusedLabel(page)).toBe('Xóa dòng 2');
    await screenshot(page, 'commune-form-models');

    // Section C: training counts and their total.
    await tab(page, /^C\. Đào tạo/u).click();
    for (const [code, value] of Object.entries(SECTION_C)) await field(page, code).fill(String(value));
    await expectValue(field(page, 'C10'), '13');

    // Section E and the preparer.
    await tab(page, /^E\. Tồn tại/u).click();
    await field(page, 'E01').fill(E01);
    // Enter in a text area starts a new line (and stays there).
    await field(page, 'E01').press('End');
    await field(page, 'E01').press('Enter');
    await field(page, 'E01').press('Backspace');
    expect(await focusedLabel(page)).toBe(LABELS.E01);
    await tab(page, /^Người lập/u).click();
    for (const [label, value] of Object.entries(PREPARER)) await page.getByLabel(label).fill(value);

    // The last keystroke reaches the disk; the status says so quietly. Measured three times, in
    // the page (a key's timestamp to the status turning to "Đã lưu lúc").
    await page.getByLabel('Số điện thoại').focus();
    await page.keyboard.press('End');
    for (const key of ['5', 'Backspace', '5']) {
      await waitSaved(page);
      await page.keyboard.press(key);
      // The change is seen (the status leaves "saved" for at least the 300 ms pause) before the next key.
      await page.locator('.save-status:not([data-state="saved"])').waitFor();
    }
    await waitSaved(page);
    const timings = await keyToSavedTimes(page, 3);
    expect(timings.every((t) => t > 0)).toBe(true);
    expect(await saveStatus(page).textContent()).toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/u);
    console.log(
      `[e2e] keystroke to "Đã lưu": ${timings.map((t) => t.toFixed(0)).join(', ')} ms (debounce 300 ms)`,
    );

    // The filled form at 1366×768, without horizontal scrolling: test output and README picture.
    await tab(page, /^A\. TTHC/u).click();
    await field(page, 'A03').focus();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1366);
    const picture = await screenshot(page, 'commune-form-filled');
    // The README's picture: refreshed on request only, so a test run leaves the work tree clean.
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      fs.mkdirSync(path.join(REPO_ROOT, 'docs'), { recursive: true });
      fs.copyFileSync(picture, path.join(REPO_ROOT, 'docs', 'form.png'));
    }

    // Restart the server on the same data folder (a new port and token), reload.
    await server.stop();
    server = await startServer(dataDir);
    await page.goto(server.url);
    await field(page, 'A03').waitFor();
    const startToForm = performance.now() - server.spawnedAt;
    console.log(
      `[e2e] server start to form ready: ${startToForm.toFixed(0)} ms (of which process start ${server.startMs.toFixed(0)} ms)`,
    );
    await page.locator('.unit-name', { hasText: 'xã Thông Bình' }).waitFor();
    await selectPeriod2023(page);

    for (const [code, value] of Object.entries(SECTION_A)) {
      await expectValue(field(page, code), formatCount(value));
    }
    await expectValue(field(page, 'A07'), '2.725');
    await tab(page, /^B\. Mô hình/u).click();
    for (const [row, model] of [
      [1, MODEL_1],
      [2, { ...MODEL_2, B04: '15/09/2023' }],
    ] as const) {
      for (const [code, value] of Object.entries(model)) await expectValue(cell(page, code, row), value);
    }
    await tab(page, /^C\. Đào tạo/u).click();
    for (const [code, value] of Object.entries(SECTION_C)) {
      await expectValue(field(page, code), formatCount(value));
    }
    await expectValue(field(page, 'C10'), '13');
    await tab(page, /^E\. Tồn tại/u).click();
    await expectValue(field(page, 'E01'), E01);
    await tab(page, /^Người lập/u).click();
    for (const [label, value] of Object.entries(PREPARER)) {
      await expectValue(page.getByLabel(label), label === 'Số điện thoại' ? value + '5' : value);
    }
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('A04 greater than A03 is an error shown at A04; the issue list leads to it', async () => {
    await tab(page, /^A\. TTHC/u).click();
    const a04 = field(page, 'A04');
    await a04.fill('2000');
    await waitInvalid(a04, page);
    const messageId = await a04.getAttribute('aria-describedby');
    const message = await page.locator(`#${messageId}`).textContent();
    expect(message).toContain('A04 (trực tuyến toàn trình) không được lớn hơn A03');
    expect(await field(page, 'A03').getAttribute('aria-invalid')).toBeNull();
    expect(await tab(page, /^A\. TTHC/u).textContent()).toContain('1 lỗi');

    await field(page, 'A01').focus();
    await page.locator('.issue-list .issue.error', { hasText: 'A04' }).click();
    expect(await focusedLabel(page)).toBe(LABELS.A04);
    await screenshot(page, 'commune-form-A04-error');

    await a04.fill('236');
    await page.locator('.issue-none').waitFor();
    await waitSaved(page);
  });

  it('"27,630" in a count is refused at the box with a message, and not saved', async () => {
    const a05 = field(page, 'A05');
    await a05.fill('');
    await a05.pressSequentially('27,630');
    await expectValue(a05, '27,630');
    await waitInvalid(a05, page);
    const message = await page.locator(`#${await a05.getAttribute('aria-describedby')}`).textContent();
    expect(message).toContain('"27,630" có dấu phẩy');
    await field(page, 'A06').focus();
    await page.waitForTimeout(600); // more than the autosave pause
    await screenshot(page, 'commune-form-comma-refused');

    // On disk A05 is still the last valid value; the total shown agrees with it.
    const report = await apiCall<Report>(server!, 'report.open', { unitCode: 'TH03', period: '2023' });
    expect(report.data.counts.A05).toBe(1021);
    await expectValue(field(page, 'A07'), '2.725');

    await a05.fill('1021');
    await field(page, 'A06').focus();
    await waitSaved(page);
    expect(await a05.getAttribute('aria-invalid')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('switching period right after typing saves first, then opens the other period', async () => {
    await field(page, 'A01').fill('160');
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2022' });
    await page.getByRole('heading', { name: /— Năm 2022$/u }).waitFor();
    await expectValue(field(page, 'A01'), '');
    const report = await apiCall<Report>(server!, 'report.open', { unitCode: 'TH03', period: '2023' });
    expect(report.data.counts.A01).toBe(160);
    await selectPeriod2023(page);
    await expectValue(field(page, 'A01'), '160');
    expect(pageErrors).toEqual([]);
  });

  it('a restart keeps the session: typing while the server is away is saved once it is back, no new address needed', async () => {
    const port = await freePort();
    await server!.stop();
    server = await startServer(dataDir, { port });
    await page.goto(server.url);
    await field(page, 'A01').waitFor();
    await selectPeriod2023(page);
    await server.stop();
    await field(page, 'A01').fill('161');
    await field(page, 'A02').focus();
    const banner = page.locator('.banner.save-failed');
    await banner.waitFor();
    // Back with a new run token: the browser's remembered session for this data folder suffices.
    server = await startServer(dataDir, { port });
    await waitSaved(page, performance.now());
    await banner.waitFor({ state: 'detached' });
    const report = await apiCall<Report>(server, 'report.open', { unitCode: 'TH03', period: '2023' });
    expect(report.data.counts.A01).toBe(161);
    // A bookmark of the plain address opens the app too.
    const other = await browser!.context.newPage();
    await other.goto(server.origin + '/');
    await field(other, 'A01').waitFor();
    await expectValue(field(other, 'A01'), '161');
    await other.close();
  }, 120_000);

  it('typing through a restart with a new session (--new-session) is kept on this PC: a new tab restores it, this tab takes the new address', async () => {
    // The same port across the restart, as `npm run web -- --port N` gives: the same origin, so
    // the same local storage.
    const port = await freePort();
    await server!.stop();
    server = await startServer(dataDir, { port });
    await page.goto(server.url);
    await field(page, 'A01').waitFor();
    await selectPeriod2023(page);
    await field(page, 'A01').fill('162');
    await field(page, 'A02').focus();
    await waitSaved(page);

    // The server stops; the clerk keeps typing: the failure is loud.
    await server.stop();
    await field(page, 'A02').fill('14');
    await field(page, 'A03').focus();
    const banner = page.locator('.banner.save-failed');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Không kết nối được với phần mềm');

    // It is started again with a new session (every browser signed out): the next attempt is
    // refused, and the banner says what to do, once, without a button that cannot help.
    server = await startServer(dataDir, { port, extraArgs: ['--new-session'] });
    await banner.filter({ hasText: 'Phiên làm việc không còn hợp lệ' }).waitFor({ timeout: 10_000 });
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('mở lại phần mềm từ đường dẫn mà phần mềm in ra');
    expect(text).toContain('giữ trên máy tính này');
    expect(text).not.toContain('đừng đóng cửa sổ này');
    expect(await banner.getByRole('button').count()).toBe(0);
    await screenshot(page, 'commune-form-session-gone');

    // The printed address opened in a new tab: the unsaved figure is back, said so, and saved.
    const second = await browser!.context.newPage();
    await second.goto(server.url);
    await second.getByText('Đã khôi phục số liệu chưa kịp lưu lần trước.').waitFor();
    await expectValue(field(second, 'A02'), '14');
    await waitSaved(second);
    const report = await apiCall<Report>(server, 'report.open', { unitCode: 'TH03', period: '2023' });
    expect(report.data.counts).toMatchObject({ A01: 162, A02: 14 });
    await second.close();

    // The same address pasted into the first tab (only the fragment changes, no reload): it
    // takes the new token and its next attempt succeeds.
    const keysPressed = () => page.evaluate<number>('window.__cchcTimes.keys.length');
    const before = await keysPressed();
    await page.goto(server.url);
    await waitSaved(page);
    expect(await keysPressed()).toBe(before); // the same page, not a reload
    expect(await banner.count()).toBe(0);
    // Only the refused requests themselves were logged while the server was away.
    expect(pageErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  }, 120_000);
});
