/**
 * A province in Chromium (browser mode): two districts' merged workbooks and a commune's own file
 * dropped on the window; every unit received once, and the tree province → district → commune
 * opens onto each merged workbook's units.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { districtUi } from '../../shared/i18n/vi/district';
import { SEED_PERIOD } from '../shared/merge/seed-reports';
import { inProcessChecker, seedWorkbooks } from '../electron/district/workbooks';
import {
  apiCall,
  type Browser,
  closeServedApp,
  openServedApp,
  type RunningServer,
  screenshot,
  useSampleDistrict,
} from './support';

describe('roll-up at the province (browser mode, Chromium)', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ({ dataDir, server, browser, page, pageErrors } = await openServedApp('cchc-e2e-roll-up-'));
    // The ten sample units are the units expected; the office itself is a province body outside
    // them (the merging office is never one of the units that must report, so choosing TH00 would
    // make this the district merging its own halves: 9/9).
    await useSampleDistrict(server!, 'TH00', true);
    await apiCall(server!, 'setup.apply', {
      choice: { kind: 'custom', code: 'DT00', name: 'UBND tỉnh Đồng Tháp', level: 'huyen' },
      isMergingOffice: true,
    });
  });
  afterAll(() => closeServedApp({ dataDir, server, browser }));

  it('two merged workbooks and a direct file: 10/10 units once, the tree drills down', async () => {
    const files: string[] = [];
    for (const w of await seedWorkbooks()) {
      files.push(path.join(dataDir, w.fileName));
      fs.writeFileSync(files.at(-1)!, w.bytes);
    }
    const io = { out: () => {}, err: () => {}, checker: inProcessChecker };
    const halves = ['huyen-A.xlsx', 'huyen-B.xlsx'].map((n) => path.join(dataDir, n));
    expect(
      await runCli(['merge', '--period', SEED_PERIOD, '--out', halves[0]!, ...files.slice(0, 5)], io),
    ).toBe(0);
    expect(await runCli(['merge', '--period', SEED_PERIOD, '--out', halves[1]!, ...files.slice(5)], io)).toBe(
      0,
    );
    const sent = [...halves, files[3]!].map((f) => ({
      fileName: path.basename(f),
      base64: fs.readFileSync(f).toString('base64'),
    }));
    await apiCall(server!, 'district.import', { files: sent, period: SEED_PERIOD });

    await page.goto(server!.url);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm 2023' });
    await page.locator('.roll-up-tree').waitFor();
    expect(await page.locator('.completeness-chart figcaption').textContent()).toContain(
      '10/10 đơn vị đã nộp',
    );
    const groups = page.locator('.roll-up-tree details');
    expect(await groups.locator('summary').allTextContents()).toEqual([
      'huyen-A.xlsx: 5 đơn vị',
      'huyen-B.xlsx: 5 đơn vị',
    ]);
    await groups.first().locator('summary').click();
    expect(await groups.first().locator('li').allTextContents()).toContain(
      'xã Thông Bình (TH03), lần 1: Đã nhận',
    );
    await screenshot(page, 'roll-up-province');
    await groups.first().getByRole('button', { name: 'Lịch sử: xã Thông Bình' }).click();
    await page.locator('.unit-history tr[data-status="duplicate"]').waitFor();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('a merged workbook edited by hand: its own line names the total typed over and the unit row added', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(fs.readFileSync(path.join(dataDir, 'huyen-A.xlsx'))).buffer);
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      if (row.getCell(1).value === 'A07') row.getCell(4).value = 5000;
    });
    const byUnit = wb.getWorksheet('Theo đơn vị')!;
    let total = 0;
    byUnit.eachRow((row, n) => {
      if (row.getCell(3).value === 'Tổng cộng') total = n;
    });
    byUnit.insertRow(total, [6, 'TH07', 'xã Tân Công Chí', 'Cấp xã', 'giấy', 777]);
    const file = path.join(dataDir, 'huyen-A-sua.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await page.getByLabel(districtUi.pickFiles).setInputFiles(file);
    const own = page.locator('.import-result[data-file="huyen-A-sua.xlsx"]');
    await own.waitFor({ timeout: 60_000 });
    const text = await own.textContent();
    expect(text).toContain('trang "Tổng hợp", ô D');
    expect(text).toContain('ghi 5.000');
    expect(text).toContain('dòng thêm tay');
    expect(text).toContain('TH07 xã Tân Công Chí');
    await own.scrollIntoViewIfNeeded();
    await screenshot(page, 'roll-up-hand-edits');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
