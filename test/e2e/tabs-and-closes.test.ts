/**
 * The form across tabs and closes, in Debian's Chromium against browser mode (pages of one browser
 * share localStorage and the report's channel, as a clerk's tabs do): a draft never saves over a
 * conflict held in another tab, a tab learns of another tab's save, a figure retyped in a stale tab
 * is never silently dropped, and an entry a box refused survives closing the tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/contract';
import { emptyReportData } from '../../shared/domain/report';
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
import { box, openForm, saved, typeIn } from './form-page';

const KEY = { unitCode: 'TH03', period: '2023' };
const A01 = 'A01 Số TTHC thuộc thẩm quyền được công khai';
const A02 = 'A02 Hồ sơ kỳ trước chuyển qua';
const A21 = 'A21 Phản ánh, kiến nghị (PAKN) tiếp nhận';

describe('the form across tabs and closes', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const stored = async () => (await apiCall<Report>(server!, 'report.open', KEY)).data.counts;
  /** A save from elsewhere (another window or browser): no tab of this browser is told. */
  const savedElsewhere = (counts: Record<string, number>) =>
    saveReportOver(server!, KEY, { ...emptyReportData(), counts });

  beforeAll(async () => {
    ({ dataDir, server, browser } = await openServedApp('cchc-e2e-tabs-closes-'));
    await useSampleDistrict(server!, 'TH03', false);
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('a tab opened while another holds a conflict shows the same choice and never saves over it', async () => {
    await savedElsewhere({ A02: 10 });
    const b = browser!.page;
    const errors = collectPageErrors(b);
    await openForm(b, server!.url);
    await savedElsewhere({ A02: 20 });
    await typeIn(b, A02, '11');
    await b.locator('.conflict-panel').waitFor();
    // The clerk corrects her own figure while the panel is open: the panel offers what it will save.
    await typeIn(b, A02, '12');
    await b.getByRole('button', { name: /Giữ giá trị ở cửa sổ này: 12$/u }).waitFor();

    const c = await browser!.context.newPage();
    errors.push(...collectPageErrors(c));
    await openForm(c, server!.url);
    await c.locator('.conflict-panel').waitFor();
    expect(await c.locator('.form-notice').textContent()).toContain(
      'Đã khôi phục số liệu chưa kịp lưu lần trước',
    );
    await c.getByRole('button', { name: /Dùng giá trị đã lưu ở nơi khác: 20$/u }).waitFor();
    await c.locator('.save-status[data-state="conflict"]').waitFor();
    await c.waitForTimeout(1000);
    expect((await stored()).A02).toBe(20);
    expect(await screen(c, 'tabs-draft-conflict')).toEqual([]);

    // B keeps its figure: saved, and C, told on the channel, has nothing left to ask.
    await b.bringToFront();
    await b.getByRole('button', { name: /Giữ giá trị ở cửa sổ này: 12$/u }).click();
    await saved(b);
    expect((await stored()).A02).toBe(12);
    await c.locator('.conflict-panel').waitFor({ state: 'detached' });
    expect(await box(c, A02).inputValue()).toBe('12');
    await c.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it("a tab refreshes what another tab saved, and a figure retyped in a stale tab is the clerk's choice", async () => {
    await savedElsewhere({ A21: 30 });
    const a = await browser!.context.newPage();
    const b = await browser!.context.newPage();
    const errors = [...collectPageErrors(a), ...collectPageErrors(b)];
    await openForm(a, server!.url);
    await openForm(b, server!.url);

    await typeIn(a, A21, '300');
    await saved(a);
    await b.locator('.form-notice', { hasText: 'Số liệu vừa được cập nhật từ cửa sổ khác: A21.' }).waitFor();
    expect(await box(b, A21).inputValue()).toBe('300');
    expect(await screen(b, 'tabs-refreshed')).toEqual([]);
    // Its clerk corrects it back to 30: saved.
    await typeIn(b, A21, '30');
    await saved(b);
    expect((await stored()).A21).toBe(30);

    // Saved from elsewhere, unannounced (B stays in front: no focus check); B's clerk types the
    // figure B still shows.
    await savedElsewhere({ A21: 300 });
    await box(b, A21).fill('30');
    await box(b, A21).press('Tab');
    await b.getByRole('button', { name: /Dùng giá trị đã lưu ở nơi khác: 300$/u }).waitFor();
    expect(await b.locator('.save-status').textContent()).not.toBe('Số liệu được lưu tự động khi nhập.');
    await b.getByRole('button', { name: /Giữ giá trị ở cửa sổ này: 30$/u }).click();
    await saved(b);
    expect((await stored()).A21).toBe(30);
    await a.close();
    await b.close();
    expect(errors).toEqual([]);
  }, 120_000);

  it('closing a tab while a box holds a refused entry asks first; reopening shows the entry and its error', async () => {
    await savedElsewhere({ A01: 500 });
    const page = await browser!.context.newPage();
    await openForm(page, server!.url);
    await typeIn(page, A01, '1,234');
    await page.locator(`[aria-label="${A01}"][aria-invalid="true"]`).waitFor();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect((await stored()).A01).toBe(500);

    const again = await browser!.context.newPage();
    await openForm(again, server!.url);
    expect(await box(again, A01).inputValue()).toBe('1,234');
    expect(await box(again, A01).getAttribute('aria-invalid')).toBe('true');
    await again.locator('.form-notice', { hasText: 'Đã khôi phục số liệu chưa kịp lưu lần trước' }).waitFor();
    expect((await stored()).A01).toBe(500);
    await again.close();
  }, 120_000);
});
