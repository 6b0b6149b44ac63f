/**
 * The first start of the installed app, simulated offline: the package electron-builder makes
 * (packaged-app.ts) is extracted as it lies on a PC (resources/app.asar beside
 * resources/app.asar.unpacked, the check worker only in the latter) and its main process is run
 * under Node with a stub `electron` module that records every call (first-start/). A package that
 * would show "startup failed", refuse its own page, or never quit fails here.
 */
import * as asar from '@electron/asar';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CHANNELS } from '../../shared/api/channels';
import { boundaryMessages } from '../../shared/i18n/vi/trust';
import { seedWorkbooks } from '../electron/district/workbooks';
import { packageApp, type PackagedApp } from './packaged-app';

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}
interface Report {
  calls: unknown[][];
  channels: string[];
  loaded: string[];
  preload: string;
  windowShown: boolean;
  webPreferences: Record<string, unknown>;
  navigation: { toOwnPage: boolean; toWeb: boolean; newWindow: unknown };
  errorBoxes: unknown[];
  fromPage: Reply;
  fromOtherOrigin: Reply;
  fromOtherFile: Reply;
  fromNoFrame: Reply;
  imported: Reply;
  quitCalls: number;
  finalQuits: number;
  dbCloses: number;
  log: string;
}

let packaged: PackagedApp;
let resources: string;
let normal: Report & { dataDir: string };
let closeThrows: Report & { dataDir: string };

function start(name: string, scenario: object): Report & { dataDir: string } {
  const dataDir = path.join(packaged.stage, `dữ liệu ${name}`);
  const scenarioFile = path.join(packaged.stage, `${name}.json`);
  fs.writeFileSync(scenarioFile, JSON.stringify(scenario));
  const run = spawnSync(
    process.execPath,
    [
      path.join(import.meta.dirname, 'first-start', 'driver.mjs'),
      path.join(resources, 'app.asar', 'dist-electron', 'main.mjs'),
      scenarioFile,
      '--data-dir',
      dataDir,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0)
    throw new Error(`the app did not start and end (${run.status} ${run.signal}):\n${run.stderr}`);
  return { ...(JSON.parse(run.stdout) as Report), dataDir };
}

beforeAll(async () => {
  packaged = packageApp();
  // As installed: app.asar's files (here a folder of that name) beside app.asar.unpacked, under a
  // user folder named after the clerk (the page's file: URL is then percent-encoded).
  resources = path.join(packaged.stage, 'Nguyễn Văn A #1', 'Báo cáo CCHC', 'resources');
  asar.extractAll(packaged.asar, path.join(resources, 'app.asar'));
  fs.cpSync(packaged.unpacked, path.join(resources, 'app.asar.unpacked'), { recursive: true });
  // Inside a real app.asar a worker thread cannot be started: only the unpacked copy may serve.
  fs.rmSync(path.join(resources, 'app.asar', 'dist-electron', 'check-worker.mjs'));
  const stub = path.join(resources, 'app.asar', 'node_modules', 'electron');
  fs.mkdirSync(stub, { recursive: true });
  fs.writeFileSync(
    path.join(stub, 'package.json'),
    JSON.stringify({ name: 'electron', type: 'module', main: 'index.mjs' }),
  );
  fs.copyFileSync(
    path.join(import.meta.dirname, 'first-start', 'stub-electron.mjs'),
    path.join(stub, 'index.mjs'),
  );

  const files = (await seedWorkbooks())
    .slice(0, 2)
    .map((f) => ({ fileName: f.fileName, base64: Buffer.from(f.bytes).toString('base64') }));
  normal = start('binh-thuong', { files });
  closeThrows = start('dong-loi', { files, closeThrows: true });
}, 240_000);
afterAll(() => packaged?.cleanup());

describe('first start of the packaged app', () => {
  it('binds every API channel, puts userData in the data folder, loads the packed page', () => {
    expect(normal.errorBoxes).toEqual([]);
    expect([...normal.channels].sort()).toEqual([...API_CHANNELS].sort());
    // userData (Chromium's profile, the single-instance lock) set before the lock is taken
    const names = normal.calls.map((c) => c[0]);
    expect(normal.calls).toContainEqual(['app.setPath', 'userData', normal.dataDir]);
    expect(names.indexOf('app.setPath')).toBeLessThan(names.indexOf('app.requestSingleInstanceLock'));
    const page = path.join(resources, 'app.asar', 'dist', 'renderer', 'index.html');
    expect(normal.loaded).toEqual([pathToFileURL(page).href]);
    expect(normal.preload).toBe(path.join(resources, 'app.asar', 'dist-electron', 'preload.cjs'));
    expect(fs.existsSync(normal.preload)).toBe(true);
    expect(normal.windowShown).toBe(true);
    expect(normal.log).toMatch(/\[app\] window loaded/u);
  });

  it('hardens its window: sandboxed, isolated, no navigation away, no new windows', () => {
    expect(normal.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(normal.navigation).toEqual({ toOwnPage: false, toWeb: true, newWindow: { action: 'deny' } });
    expect(normal.calls).toContainEqual(['app.enableSandbox']);
  });

  it('serves a call from its page and refuses one from anywhere else', () => {
    expect(normal.fromPage).toMatchObject({ ok: true, value: { mode: 'electron' } });
    const forbidden = { ok: false, error: { code: 'forbidden', message: boundaryMessages.forbiddenSender } };
    expect(normal.fromOtherOrigin).toEqual(forbidden);
    expect(normal.fromOtherFile).toEqual(forbidden);
    expect(normal.fromNoFrame).toEqual(forbidden);
  });

  it('checks an import in worker threads started from app.asar.unpacked', () => {
    expect(normal.imported.ok).toBe(true);
    const results = normal.imported.value as { verdict: string; notice?: string }[];
    expect(results.map((r) => r.verdict)).toEqual(['accepted', 'accepted']);
    // not the in-process fallback (which would add its notice and log FALLBACK)
    expect(results.map((r) => r.notice)).toEqual([undefined, undefined]);
    expect(normal.log).not.toMatch(/FALLBACK/u);
    const unpackedWorker = path.join(resources, 'app.asar.unpacked', 'dist-electron', 'check-worker.mjs');
    expect(normal.log).toContain(`[check-pool] check workers started from ${unpackedWorker}`);
  });

  it('on quit closes the pool and the database, then quits once for good (the process ends)', () => {
    expect(normal.log).toMatch(/\[check-pool\] closed \(\d+ workers stopped\)/u);
    expect(normal.dbCloses).toBe(1);
    expect(normal.quitCalls).toBe(3); // two clicks, one final quit after closing
    expect(normal.finalQuits).toBe(1);
    expect(normal.log).not.toMatch(/closing on quit failed/u);
  });

  it('still quits once for good when closing the database throws, and logs it', () => {
    expect(closeThrows.imported.ok).toBe(true);
    expect(closeThrows.log).toMatch(/\[check-pool\] closed/u);
    expect(closeThrows.dbCloses).toBe(1);
    expect(closeThrows.finalQuits).toBe(1);
    expect(closeThrows.log).toMatch(/closing on quit failed: disk removed while closing/u);
  });
  it('over a damaged database shows its window on the recovery screen and never writes the file', () => {
    const dataDir = path.join(packaged.stage, 'dữ liệu hong');
    fs.mkdirSync(dataDir, { recursive: true });
    const garbage = Buffer.from('Đây không phải dữ liệu SQLite'.padEnd(8192, '#'));
    const file = path.join(dataDir, 'bao-cao-cchc.sqlite');
    fs.writeFileSync(file, garbage);
    const damaged = start('hong', {});
    expect(damaged.errorBoxes).toEqual([]);
    expect(damaged.windowShown).toBe(true);
    expect(damaged.fromPage).toMatchObject({ ok: false, error: { code: 'db-recovery' } });
    expect(damaged.log).toMatch(/\[recovery\] database damaged/u);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });
});
