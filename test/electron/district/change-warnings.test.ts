import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';
import { closeChecker, importReceivedFiles, useChecker } from '../../../electron/services/district';
import { sampleReport } from '../workbook/fixtures';
import { inProcessChecker, unitOf, unitWorkbook } from './workbooks';

let dir: string;
let ctx: ServiceContext;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-change-'));
  ctx = createServiceContext({ sampleUnits: true, dataDir: dir, mode: 'browser', background: false });
  useChecker(ctx, inProcessChecker);
});
afterAll(async () => {
  await closeChecker(ctx);
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a figure many times the same unit's figure of the year before", () => {
  it('is a warning at its cell when the previous year is in the store; not without it', async () => {
    const unit = unitOf('TH03');
    const lastYear = sampleReport(); // D04 = 170
    const thisYear = sampleReport();
    thisYear.counts.D04 = 2_000;
    const [alone] = await importReceivedFiles(ctx, [await unitWorkbook(unit, thisYear, 1, '2024')], {
      backup: false,
    });
    expect(alone!.verdict).toBe('accepted');

    await importReceivedFiles(ctx, [await unitWorkbook(unit, lastYear, 1, '2023')], { backup: false });
    const [result] = await importReceivedFiles(ctx, [await unitWorkbook(unit, thisYear, 2, '2024')], {
      backup: false,
    });
    const warning = result!.problems.find((p) => p.kind === 'rule:D04-change');
    expect(warning).toMatchObject({ level: 'warning', sheet: 'D. Chỉ tiêu khác', indicator: 'D04' });
    expect(warning!.cell).toMatch(/^E\d+$/u);
    expect(warning!.message).toContain('kỳ trước 170, kỳ này 2.000');
    expect(result!.verdict).toBe('warnings');
  });
});
