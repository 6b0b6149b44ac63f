import type { Page } from 'playwright-core';

/** A box of the commune form by its exact label ("A03 Hồ sơ mới tiếp nhận trực tuyến"). */
export const box = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Waits until the form says it saved ("Đã lưu lúc …"). */
export const saved = (page: Page) =>
  page.locator('.save-status[data-state="saved"]', { hasText: /^Đã lưu lúc/u }).waitFor();

/** Types into a box and leaves it (Tab), as a clerk does; leaving saves at once. */
export async function typeIn(page: Page, label: string, value: string): Promise<void> {
  await page.bringToFront();
  await box(page, label).fill(value);
  await box(page, label).press('Tab');
}

/** Opens the app at `url` on the report of Năm 2023. */
export async function openForm(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
  await page.getByRole('heading', { name: /— Năm 2023$/u }).waitFor();
}
