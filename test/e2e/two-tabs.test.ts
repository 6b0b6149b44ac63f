/**
 * Two tabs on one report, in Debian's Chromium against browser mode: each tab's save carries the
 * figures it was typed on, so neither erases the other's. Fields changed in one tab only are merged
 * silently; a field changed in both is shown with both values and the clerk chooses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/contract';
import { emptyReportData } from '../../shared/domain/report';
import {
  apiCall,
  type Browser,
  closeServedApp,
  collectPageErrors,
  launchBrowser,
  openServedApp,
  type RunningServer,
  saveReportOver,
  useSampleDistrict,
} from './support';
import { screen } from './a11y';
import { box, openForm, saved, typeIn } from './form-page';

const KEY = { unitCode: 'TH03', period: '2023' };
const A03 = 'A03 Hồ sơ mới tiếp nhận trực tuyến';
const A06 = 'A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích';
const A10 = 'A10 Đã giải quyết quá hạn';

describe('two tabs on one report', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  /** The other window: another browser, so it is not told of the first one's saves (tabs of one
   * browser are, and refresh instead: see tabs-and-closes.test.ts). */
  let other: Browser | undefined;

  beforeAll(async () => {
    ({ dataDir, server, browser } = await openServedApp('cchc-e2e-tabs-'));
  });
  afterAll(async () => {
    await other?.close();
    await closeServedApp({ dataDir, server, browser });
  });

  it("edits of different fields are both kept; the same field edited in both is the clerk's choice", async () => {
    await useSampleDistrict(server!, 'TH03', false);
    await saveReportOver(server!, KEY, { ...emptyReportData(), counts: { A03: 1684, A05: 1021 } });
    const one = browser!.page;
    other = await launchBrowser();
    const two = other.page;
    const errors = [...collectPageErrors(one), ...collectPageErrors(two)];
    await openForm(one, server!.url);
    await openForm(two, server!.url);

    // Different fields: tab one saves A06, then tab two (opened before) saves A10.
    await typeIn(one, A06, '8');
    await saved(one);
    await typeIn(two, A10, '5');
    await saved(two);
    expect(await box(two, A06).inputValue()).toBe('8');
    let stored = await apiCall<Report>(server!, 'report.open', KEY);
    expect(stored.data.counts).toMatchObject({ A03: 1684, A05: 1021, A06: 8, A10: 5 });

    // The same field: tab one sets A03 to 1.700 (and takes over A10), then tab two to 1.750.
    await typeIn(one, A03, '1700');
    await saved(one);
    expect(await box(one, A10).inputValue()).toBe('5');
    await typeIn(two, A03, '1750');
    const panel = two.locator('.conflict-panel');
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('Báo cáo vừa được lưu từ một cửa sổ hoặc thẻ khác');
    expect(text).toContain('A03 Hồ sơ mới tiếp nhận trực tuyến');
    await two.locator('.save-status[data-state="conflict"]').waitFor();
    // Photographed and checked with axe-core: no serious or critical finding.
    expect(await screen(two, 'two-tabs-conflict')).toEqual([]);
    // Nothing is written while the clerk decides.
    expect((await apiCall<Report>(server!, 'report.open', KEY)).data.counts.A03).toBe(1700);

    await two.getByRole('button', { name: /Giữ giá trị ở cửa sổ này: 1\.750$/u }).click();
    await saved(two);
    await panel.waitFor({ state: 'detached' });
    stored = await apiCall<Report>(server!, 'report.open', KEY);
    expect(stored.data.counts).toEqual({ A03: 1750, A05: 1021, A06: 8, A10: 5 });
    expect(errors).toEqual([]);
  }, 120_000);
});
