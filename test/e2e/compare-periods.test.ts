/**
 * "So sánh kỳ" in Chromium against browser mode: the merging office opens a unit's figures of 2023
 * beside 2022 (the seed's workbooks of both years received), sees the right numbers, picks 2021,
 * closes with Esc and is back on its button; then the commune's PC compares its own two reports
 * from its form. Screenshot at 1366×768 and axe-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../../shared/domain/report';
import { SEED_PERIOD, seedShapedReports } from '../shared/merge/seed-reports';
import { unitWorkbook } from '../electron/district/workbooks';
import { screen } from './a11y';
import {
  apiCall,
  type Browser,
  closeServedApp,
  focusedLabel,
  openServedApp,
  pageScrollWidth,
  type RunningServer,
  saveReportOver,
  screenshot,
  useSampleDistrict,
} from './support';

/** A unit's report `years` years before: fewer received in person, resolved early and digitised. */
const earlier = (data: ReportData, less: number): ReportData => ({
  ...data,
  counts: {
    ...data.counts,
    A05: data.counts.A05! - less,
    A08: data.counts.A08! - less,
    A16: data.counts.A16! - less,
  },
  models: [],
});

/** The texts of a row of the comparison: [now, other, change, change %] without the reasons. */
async function rowOf(page: Page, code: string): Promise<string[]> {
  const cells = page.locator(`.period-compare tr[data-code="${code}"] td.col-num`);
  await cells.first().waitFor();
  return cells.evaluateAll((tds) =>
    tds.map(
      (td) => (td as unknown as { firstChild: { textContent: string } | null }).firstChild?.textContent ?? '',
    ),
  );
}

const grouped = (n: number) => n.toLocaleString('de-DE');

describe('comparing two periods of a unit (browser mode, Chromium)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[];
  const reports = seedShapedReports();
  const th03 = reports.find((r) => r.unit.code === 'TH03')!;
  const c = th03.data.counts;
  const received = c.A02! + c.A03! + c.A05! + c.A06!;

  beforeAll(async () => {
    ({ dataDir, server, browser, page, pageErrors } = await openServedApp('cchc-e2e-compare-'));
    await useSampleDistrict(server!, 'TH00', true);
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('district: a unit’s 2023 beside 2022, then 2021; Esc returns to the button', async () => {
    const files = [
      ...(await Promise.all(reports.map((r) => unitWorkbook(r.unit, r.data, 1)))),
      ...(await Promise.all(reports.map((r) => unitWorkbook(r.unit, earlier(r.data, 100), 1, '2022')))),
      await unitWorkbook(th03.unit, earlier(th03.data, 250), 1, '2021'),
    ];
    await apiCall(server!, 'district.import', {
      files: files.map((f) => ({ fileName: f.fileName, base64: f.bytes.toString('base64') })),
    });

    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    const open = page.getByRole('button', { name: 'So sánh kỳ của xã Thông Bình' });
    // Beside "Lịch sử" in the row of each unit with a report (pictured for a look at the table).
    await open.scrollIntoViewIfNeeded();
    await screenshot(page, 'so-sanh-ky-bang');
    await open.click();

    const dialog = page.getByRole('dialog', { name: 'So sánh hai kỳ: xã Thông Bình' });
    await dialog.waitFor();
    expect(await focusedLabel(page)).toBeNull();
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('period-compare-title');
    expect(await dialog.getByLabel('So với kỳ').inputValue()).toBe('2022');
    expect(await dialog.locator('.compare-sources').textContent()).toMatch(
      /^Năm 2023: tệp đã nhận \(lần 1\), nhận lúc .+\. Năm 2022: tệp đã nhận \(lần 1\)/u,
    );
    const share = (n: number) => String(Math.round((n * 1000) / (received - n)) / 10).replace('.', ',');
    expect(await rowOf(page, 'A07')).toEqual([
      grouped(received),
      grouped(received - 100),
      '+100',
      `+${share(100)}%`,
    ]);
    expect(await rowOf(page, 'A02')).toEqual([
      grouped(c.A02!),
      grouped(c.A02!),
      '0',
      c.A02! > 0 ? '0%' : '—',
    ]);
    const r03 = await rowOf(page, 'R03');
    expect(r03[2]).toMatch(/^[+−]?\d+,\d{2} điểm %$/u);
    expect(r03[3]).toBe('');
    // Every section of the form, under its title.
    for (const title of [
      'A. Thủ tục hành chính, hồ sơ',
      'B. Mô hình, sáng kiến cải cách hành chính',
      'D. Chỉ tiêu khác',
    ]) {
      expect(await dialog.getByRole('heading', { name: title }).count()).toBe(1);
    }
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(1366);
    expect(await screen(page, 'so-sanh-ky')).toEqual([]);

    await dialog.getByLabel('So với kỳ').selectOption({ label: 'Năm 2021' });
    await page.locator('.period-compare th', { hasText: 'Năm 2021' }).first().waitFor();
    expect(await rowOf(page, 'A07')).toEqual([
      grouped(received),
      grouped(received - 250),
      '+250',
      `+${share(250)}%`,
    ]);

    // Esc closes it, and the keyboard is back on the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedLabel(page)).toBe('So sánh kỳ của xã Thông Bình');
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('commune: its own 2023 beside its own 2022, from its form; a figure not typed is "—" and says so', async () => {
    await apiCall(server!, 'settings.save', {
      unitCode: 'TH03',
      isMergingOffice: false,
      period: SEED_PERIOD,
    });
    await saveReportOver(server!, { unitCode: 'TH03', period: SEED_PERIOD }, th03.data);
    const before = earlier(th03.data, 300);
    await saveReportOver(
      server!,
      { unitCode: 'TH03', period: '2022' },
      { ...before, counts: { ...before.counts, A13: null } },
    );
    await page.goto(server!.url);
    await page.reload();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    await page.getByRole('button', { name: 'So sánh kỳ', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'So sánh hai kỳ: xã Thông Bình' });
    await dialog.waitFor();
    // Both from its own database (typed here), not from files received.
    await dialog.locator('.compare-sources').waitFor();
    expect(await dialog.locator('.compare-sources').textContent()).toMatch(
      /^Năm 2023: nhập trên máy này, lưu lúc .+\. Năm 2022: nhập trên máy này/u,
    );
    expect(await rowOf(page, 'A05')).toEqual([
      grouped(c.A05!),
      grouped(c.A05! - 300),
      '+300',
      `+${String(Math.round((300 * 1000) / (c.A05! - 300)) / 10).replace('.', ',')}%`,
    ]);
    const a13 = page.locator('.period-compare tr[data-code="A13"]');
    expect(await a13.locator('.col-other').textContent()).toBe('—đơn vị chưa nhập');
    expect(await a13.locator('.col-change').textContent()).toBe('—thiếu số liệu của một kỳ');
    expect(await screen(page, 'so-sanh-ky-xa')).toEqual([]);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('So sánh kỳ');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
