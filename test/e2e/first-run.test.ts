/**
 * First run in Chromium (browser mode) on a new data folder: no unit is preset; the clerk types a
 * commune's name without diacritics, picks it from the national list and starts; a province
 * office gets its communes as the units it expects reports from.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../shared/domain/units';
import {
  apiCall,
  collectPageErrors,
  freshDir,
  launchBrowser,
  requireBuiltRenderer,
  screenshot,
  startServer,
  type Browser,
  type RunningServer,
} from './support';

describe('first run by name (browser mode, Chromium)', () => {
  const dirs: string[] = [];
  const servers: RunningServer[] = [];
  let browser: Browser | undefined;

  beforeAll(async () => {
    requireBuiltRenderer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  async function fresh() {
    const dir = freshDir('cchc-e2e-first-');
    dirs.push(dir);
    const server = await startServer(dir);
    servers.push(server);
    return server;
  }

  it('a commune clerk types "thong binh", sees the commune it became with its province, and starts', async () => {
    const server = await fresh();
    const page = browser!.page;
    const errors = collectPageErrors(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Chào mừng đến với phần mềm Báo cáo CCHC' }).waitFor();
    expect(await apiCall<Unit[]>(server, 'units.list', { includeInactive: true })).toEqual([]);

    const search = page.getByLabel('Tên xã, phường, đặc khu');
    await search.pressSequentially('thong binh');
    const hit = page.locator('.commune-hits button').first();
    await hit.waitFor();
    expect(await hit.innerText()).toContain('Xã Tân Thành');
    expect(await hit.innerText()).toContain('Tỉnh Đồng Tháp');
    expect(await hit.innerText()).toContain('gồm Xã Thông Bình cũ (Huyện Tân Hồng)');
    await screenshot(page, 'first-run-search');

    // The same name typed with its diacritics finds the same commune.
    await search.fill('Thông Bình');
    await page.locator('.commune-hits button', { hasText: 'Xã Tân Thành' }).first().click();
    await page.getByText('Đã chọn: Xã Tân Thành, Tỉnh Đồng Tháp.').waitFor();
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.locator('.unit-name', { hasText: 'Xã Tân Thành' }).waitFor();

    expect(await apiCall(server, 'settings.get', {})).toMatchObject({
      unitCode: '29938',
      isMergingOffice: false,
    });
    expect(await apiCall<Unit[]>(server, 'units.list', {})).toEqual([
      { code: '29938', name: 'Xã Tân Thành', level: 'xa', active: true },
    ]);
    expect(errors).toEqual([]);
  });

  it('a province office picks its province and expects every one of its communes', async () => {
    const server = await fresh();
    const page = browser!.page;
    await page.goto(server.url);
    await page.getByRole('radio', { name: 'Đơn vị tổng hợp của một tỉnh, thành phố' }).check();
    await page
      .getByLabel('Tỉnh, thành phố')
      .and(page.locator('select'))
      .selectOption({ label: 'Tỉnh Đồng Tháp' });
    await page.getByText(/xã, phường của tỉnh sẽ vào danh sách đơn vị phải nộp báo cáo/u).waitFor();
    await screenshot(page, 'first-run-province');
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await page.locator('.unit-name', { hasText: 'Tỉnh Đồng Tháp' }).waitFor();

    expect(await apiCall(server, 'settings.get', {})).toMatchObject({
      unitCode: '82',
      isMergingOffice: true,
    });
    const units = await apiCall<Unit[]>(server, 'units.list', {});
    const communes = units.filter((u) => u.level === 'xa');
    expect(communes.length).toBeGreaterThan(90);
    expect(communes).toContainEqual({ code: '29926', name: 'Xã Tân Hồng', level: 'xa', active: true });
  });
});
