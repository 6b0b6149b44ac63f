/**
 * Every screen at 1366×768, keyboard only, checked by axe-core (0 serious or critical findings),
 * its focus always visible, and photographed to test-output/ (the README's pictures come from
 * there: UPDATE_DOCS_SCREENSHOT=1). The district office here is huyện Tân Hồng (TH00), which also
 * types its own report; then the browser-mode session survives a restart without the #token.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedShapedReports } from '../shared/merge/seed-reports';
import { unitWorkbook } from '../electron/district/workbooks';
import { axeSerious, focusStyle, screen } from './a11y';
import {
  apiCall,
  type Browser,
  closeServedApp,
  focusedLabel,
  openServedApp,
  pageScrollWidth,
  type RunningServer,
  startServer,
} from './support';

/**
 * Presses Tab until the focused element's label matches, checking that focus shows at every step
 * (past the last element focus goes to the browser's own bar, then comes back to the top).
 */
async function tabTo(page: Page, target: RegExp, max = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const style = await focusStyle(page);
    if (!style) continue;
    expect(style!.outline || style!.shadow, `no visible focus on "${style!.label}"`).not.toBe('');
    if (target.test(style!.label)) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function expectClean(page: Page, name: string) {
  const findings = await screen(page, name);
  expect(findings, `${name}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);
  expect(await pageScrollWidth(page), `${name}: horizontal scroll at 1366`).toBeLessThanOrEqual(1366);
}

describe('every screen, keyboard only, at 1366×768 (axe, focus, screenshots)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ({ dataDir, server, browser, page, pageErrors } = await openServedApp('cchc-e2e-screens-'));
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('first run and the commune form: typed, an error at a computed row, a model, the preparer', async () => {
    await page.goto(server!.url);
    await page.getByRole('heading', { name: 'Chào mừng đến với phần mềm Báo cáo CCHC' }).waitFor();
    // The name search has focus as the screen opens; a name typed without diacritics lists the
    // communes, ArrowDown reaches the first one and Enter picks it.
    expect((await focusStyle(page))?.label).toMatch(/^Tên xã, phường, đặc khu/u);
    await page.keyboard.type('thong binh');
    await page.locator('.commune-hits button', { hasText: 'Xã Tân Thành' }).first().waitFor();
    await expectClean(page, 'first-run');
    await page.keyboard.press('ArrowDown');
    const hit = await focusStyle(page);
    expect(hit?.outline || hit?.shadow, 'no visible focus on the first commune found').not.toBe('');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toContain('Xã Tân Thành');
    await page.keyboard.press('Enter');
    await page.getByText('Đã chọn: Xã Tân Thành, Tỉnh Đồng Tháp.').waitFor();
    // The picked button is gone: focus is back on the name, visibly, not lost to the page.
    const back = await focusStyle(page);
    expect(back?.label).toMatch(/^Tên xã, phường, đặc khu/u);
    expect(back?.outline || back?.shadow, 'no visible focus after picking a commune').not.toBe('');
    await expectClean(page, 'first-run-chosen');

    // This office is the sample district huyện Tân Hồng instead (the later screens need its units):
    // back to the kinds by Shift+Tab, arrows to "Dùng thử", its unit list, UBND huyện Tân Hồng.
    await tabTo(page, /^Một xã, phường, đặc khu$/u, 20, 'Shift+Tab');
    for (let i = 0; i < 6 && !/^Dùng thử/u.test((await focusStyle(page))?.label ?? ''); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.getByRole('radio', { name: /^Dùng thử/u }).isChecked()).toBe(true);
    await tabTo(page, /^Đơn vị mẫu/u);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Đơn vị mẫu').inputValue()).toBe('TH00');
    await expectClean(page, 'first-run-sample');
    // A huyện is ticked as merging office already; Space unticks and ticks it again.
    await tabTo(page, /Đơn vị tổng hợp/u);
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Đơn vị tổng hợp (huyện/tỉnh)').isChecked()).toBe(false);
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Đơn vị tổng hợp (huyện/tỉnh)').isChecked()).toBe(true);
    await tabTo(page, /^Bắt đầu$/u);
    await page.keyboard.press('Enter');
    await page.locator('.unit-name', { hasText: 'UBND huyện Tân Hồng' }).waitFor();
    // A merging office opens on "Tổng hợp" (its day is the files it receives); its own report
    // is one tab away.
    await page.locator('.completeness-table').waitFor();
    await tabTo(page, /^Báo cáo$/u);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^BÁO CÁO|— /u }).first().waitFor();

    // The period by keyboard: Năm 2023.
    await tabTo(page, /^Kỳ báo cáo/u);
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' }); // a select's list is the OS's
    await page.getByRole('heading', { name: /— Năm 2023$/u }).waitFor();
    await expectClean(page, 'form-empty');

    // Counts typed; Enter moves on. A03 typed with a stray dot keeps what was typed.
    await tabTo(page, /^A01 /u);
    for (const value of ['159', '12']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }
    expect(await focusedLabel(page)).toBe('A03 Hồ sơ mới tiếp nhận trực tuyến');
    await page.keyboard.type('1684.5');
    expect(await page.getByLabel('A03 Hồ sơ mới tiếp nhận trực tuyến', { exact: true }).inputValue()).toBe(
      '1684.5',
    );
    await page.keyboard.press('Enter');
    await page.locator('.save-status.save-partial').waitFor();
    expect(await page.locator('.save-status').textContent()).toMatch(
      /trừ 1 ô nhập sai \(viền đỏ\) chưa lưu$/u,
    );
    await expectClean(page, 'form-invalid-entry');
    await page.getByLabel('A03 Hồ sơ mới tiếp nhận trực tuyến', { exact: true }).fill('1684');
    await page.getByLabel('A08 Đã giải quyết trước hạn', { exact: true }).fill('1');
    await page.getByLabel('A12 Đang giải quyết trong hạn', { exact: true }).fill('1');
    await page.getByLabel('A08 Đã giải quyết trước hạn', { exact: true }).focus();

    // A07 ≠ A11 + A14: an error at a computed row. Enter on it goes to its first part (A02), and
    // Tab goes on from there, not from the top of the page.
    const balance = page.locator('.issue.error', { hasText: 'A07' }).first();
    await balance.waitFor();
    await expectClean(page, 'form');
    await tabTo(page, /A07/u);
    await page.keyboard.press('Enter');
    expect(await focusedLabel(page)).toBe('A02 Hồ sơ kỳ trước chuyển qua');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('A03 Hồ sơ mới tiếp nhận trực tuyến');

    // Section B: a new model row shows no red before anything is typed.
    await page.getByRole('tab', { name: /^B\. Mô hình/u }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, /^\+ Thêm mô hình, sáng kiến$/u);
    await page.keyboard.press('Enter');
    expect(await focusedLabel(page)).toBe('B01 Tên mô hình, sáng kiến, dòng 1');
    expect(await page.locator('.model-card .field-msg.error').count()).toBe(0);
    await page.keyboard.type('Ngày thứ Sáu không hẹn');
    await expectClean(page, 'form-models');

    await page.getByRole('tab', { name: /^Người lập/u }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Họ và tên người lập').waitFor();
    await expectClean(page, 'form-preparer');
  });

  it('settings and the district screen: own report counted apart, a file of another period, history', async () => {
    await tabTo(page, /^Cài đặt$/u);
    await page.keyboard.press('Enter');
    await page.locator('.export-folder').waitFor();
    expect(await page.locator('.export-folder input').inputValue()).toMatch(/Documents[/\\]Báo cáo CCHC$/u);
    await expectClean(page, 'settings');

    const reports = seedShapedReports();
    const files = [
      ...(await Promise.all(reports.slice(1, 6).map((r) => unitWorkbook(r.unit, r.data, 1)))),
      await unitWorkbook(reports[6]!.unit, reports[6]!.data, 1, '2024'),
      await unitWorkbook(reports[1]!.unit, reports[1]!.data, 3),
      await unitWorkbook(reports[1]!.unit, reports[1]!.data, 2),
    ];
    await apiCall(server!, 'district.import', {
      period: '2023',
      files: files.map((f) => ({ fileName: f.fileName, base64: f.bytes.toString('base64') })),
    });

    await tabTo(page, /^Tổng hợp$/u, 80, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('.completeness-table').waitFor();
    const own = page.locator('tr[data-unit="TH00"]');
    expect(await own.textContent()).toContain('Nhập trên máy này');
    const other = page.locator(`tr[data-unit="${reports[6]!.unit.code}"]`);
    expect(await other.locator('.status-badge').textContent()).toBe('Chưa nộp');
    expect(await other.locator('.problems').textContent()).toContain('2024');
    await expectClean(page, 'district');

    // "Lịch sử" of the unit that sent r1, r3 then r2: the panel comes into view with focus.
    await tabTo(page, new RegExp(`^${'Lịch sử'}$`, 'u'));
    await page.keyboard.press('Enter');
    const title = page.locator('.unit-history h2');
    await title.waitFor();
    expect(await page.evaluate<string>('document.activeElement.textContent')).toContain(
      'Các tệp đã nhận của',
    );
    expect(await title.isVisible()).toBe(true);
    const box = await title.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(768);
    await tabTo(page, /^So sánh với bản trước$/u);
    await page.keyboard.press('Enter');
    await page.locator('.diff h3').waitFor();
    expect(await page.locator('.diff h3').textContent()).toMatch(/^Thay đổi từ lần \d sang lần \d$/u);
    const [from, to] = (await page.locator('.diff h3').textContent())!.match(/\d/gu)!.map(Number);
    expect(from).toBeLessThan(to!);
    await expectClean(page, 'district-history');
  });

  it('browser mode: after a restart the plain address (a bookmark) opens the app without the #token', async () => {
    const port = new URL(server!.url).port;
    await server!.stop();
    server = await startServer(dataDir, { port: Number(port) });
    await page.goto(server.origin + '/');
    await page.locator('.unit-name', { hasText: 'UBND huyện Tân Hồng' }).waitFor();
    // The period chosen belongs to the data folder; the merging office is on "Tổng hợp".
    await page.getByRole('heading', { name: /^Tổng hợp báo cáo các đơn vị — Năm 2023$/u }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    expect(pageErrors.filter((e) => !/401|Unauthorized/u.test(e))).toEqual([]);
  });
});
