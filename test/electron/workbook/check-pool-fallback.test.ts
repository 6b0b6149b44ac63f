/**
 * When no worker can start (the worker script missing from the installed app, a blocked thread),
 * files are still checked, in the main process, but never silently: the support log says why and
 * every import result carries a Vietnamese notice that the time and memory limits did not apply.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { createServiceContext } from '../../../electron/services/context';
import { setLogSink } from '../../../electron/log';
import type { ServiceContext } from '../../../electron/services/context';
import { closeChecker, importReceivedFiles, useChecker } from '../../../electron/services/district';
import { previewRestore } from '../../../electron/services/workbooks';
import { createCheckPool } from '../../../electron/workbook/check-pool';
import { seedWorkbooks } from '../district/workbooks';

let dir: string;
let ctx: ServiceContext;
const lines: string[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-fallback-'));
  ctx = createServiceContext({ sampleUnits: true, dataDir: dir, mode: 'browser', background: false });
  setLogSink((line) => lines.push(line));
});
afterAll(async () => {
  setLogSink((line) => process.stderr.write(line + '\n'));
  await closeChecker(ctx);
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('check pool fallback', () => {
  it('checks in-process after three failed starts, logs why, and the user is told in the results', async () => {
    const missing = pathToFileURL(path.join(dir, 'app.asar.unpacked', 'dist-electron', 'check-worker.mjs'));
    const pool = createCheckPool({ size: 1, workerUrl: missing });
    useChecker(ctx, pool);
    const [first, second] = (await seedWorkbooks()).slice(0, 2);
    const results = await importReceivedFiles(ctx, [first!, second!], { backup: false });

    // The files were really checked (not refused for want of a worker)...
    expect(results.map((r) => r.verdict)).toEqual(['accepted', 'accepted']);
    expect(pool.info!()).toMatchObject({ inProcess: true });
    expect(pool.info!().workersStarted).toBeGreaterThanOrEqual(3);
    // ...the user sees that the safety limits did not apply, in Vietnamese...
    const notice = districtMessages.checkedWithoutLimits(1.5, 256);
    expect(notice).toMatch(/không có giới hạn 1,5 giây và 256 MB/u);
    expect(results.map((r) => r.notice)).toEqual([notice, notice]);
    // ...and the support log says what failed, where from, and what it means.
    const fallback = lines.filter((l) => l.includes('[check-pool] FALLBACK'));
    expect(fallback).toHaveLength(1);
    expect(fallback[0]).toMatch(/3 check workers failed to start from .*app\.asar\.unpacked/u);
    expect(fallback[0]).toMatch(/last: MODULE_NOT_FOUND Cannot find module/u);
    expect(fallback[0]).toMatch(/without the 1500 ms time limit and the 256 MB memory limit/u);

    // The clerk restoring their own workbook is told the same.
    const preview = await previewRestore(ctx, {
      fileName: first!.fileName,
      base64: first!.bytes.toString('base64'),
    });
    expect(preview.check.verdict).toBe('accepted');
    expect(preview.notice).toBe(notice);
  });

  it('no notice when the workers run', async () => {
    await closeChecker(ctx);
    useChecker(ctx, createCheckPool({ size: 1 }));
    const [, , third] = await seedWorkbooks();
    const [result] = await importReceivedFiles(ctx, [third!], { backup: false });
    expect(result!.verdict).toBe('accepted');
    expect(result!.notice).toBeUndefined();
    const preview = await previewRestore(ctx, {
      fileName: third!.fileName,
      base64: third!.bytes.toString('base64'),
    });
    expect(preview.notice).toBeUndefined();
    expect(lines.some((l) => l.includes('[check-pool] check workers started from check-worker.ts'))).toBe(
      true,
    );
  });
});
