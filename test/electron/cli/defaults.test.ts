/**
 * Without --data-dir every command reads the units of the app's own data folder on this PC (the
 * ones its screens expect), as `export` reads its reports; with no app data here the sample list
 * is used, and a file refused for a unit missing from it says so. A usage error is one message and
 * where the help is, not the whole help.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { addUnit } from '../../../electron/services/units';
import { saveSettings } from '../../../electron/services/settings';
import { emptyReportData } from '../../../shared/domain/report';
import { unitWorkbook } from '../district/workbooks';
import { cliRunner } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-cli-defaults-'));
const before = process.env.CCHC_DATA_DIR;
afterEach(() => {
  process.env.CCHC_DATA_DIR = before;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const run = cliRunner();

async function provinceFile(): Promise<string> {
  const unit = { code: '29938', name: 'Xã Tân Thành', level: 'xa' as const, active: true };
  const w = await unitWorkbook(unit, { ...emptyReportData(), counts: { A01: 5, A03: 4 } }, 1);
  const file = path.join(dir, w.fileName);
  fs.writeFileSync(file, w.bytes);
  return file;
}

describe('cli defaults', () => {
  it("without --data-dir: the app's own units, the same in `units` and `check`", async () => {
    const appData = path.join(dir, 'app');
    const ctx = createServiceContext({ dataDir: appData, mode: 'browser', background: false });
    addUnit(ctx, { code: '29938', name: 'Xã Tân Thành', level: 'xa' });
    addUnit(ctx, { code: '82', name: 'Tỉnh Đồng Tháp', level: 'huyen' });
    saveSettings(ctx, { unitCode: '82', isMergingOffice: true });
    ctx.db.close();
    process.env.CCHC_DATA_DIR = appData;
    expect((await run('units')).out).toContain('29938');
    const checked = await run('check', '--period', '2023', await provinceFile());
    expect(checked.code, checked.out + checked.err).toBe(0);
    expect(checked.err).not.toContain('danh sách đơn vị mẫu');
    // The office itself is not a unit that must send a file, as on its screen: 1/1, not 1/2.
    const merged = await run(
      'merge',
      '--period',
      '2023',
      '--out',
      path.join(dir, 'th.xlsx'),
      await provinceFile(),
    );
    expect(merged.out).toContain('Đã tổng hợp 1/1 đơn vị');
  });

  it('with no app data on this PC: the sample list, and a refusal for a unit not in it says why', async () => {
    process.env.CCHC_DATA_DIR = path.join(dir, 'khong-co');
    const r = await run('check', '--period', '2023', await provinceFile());
    expect(r.code).toBe(1);
    expect(r.err).toContain('danh sách đơn vị mẫu (huyện Tân Hồng)');
    expect(r.err).toContain('--data-dir');
  });

  it('a usage error is its message and where the help is', async () => {
    const r = await run('merge', '--period', '2023');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Chưa chỉ ra tệp nào.');
    expect(r.err).toContain('npm run cli -- --help');
    expect(r.err.split('\n').length).toBeLessThanOrEqual(3);
  });
});
