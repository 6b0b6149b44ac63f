/**
 * scripts/launch-check.mjs, the release workflow's "the packaged app opens" step, tried offline on
 * stand-in executables that behave like the app would: a window that loads, a start that fails,
 * an app that ends at once, one that hangs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const script = path.join(root, 'scripts', 'launch-check.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-launch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An executable Node script standing in for the app: gets --data-dir like the app. */
function fakeApp(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('node:fs');
const path = require('node:path');
const dataDir = process.argv[process.argv.indexOf('--data-dir') + 1];
const log = (line) => {
  fs.mkdirSync(path.join(dataDir, 'nhat-ky'), { recursive: true });
  fs.appendFileSync(path.join(dataDir, 'nhat-ky', 'cchc.log'), new Date().toISOString() + ' ' + line + '\\n');
};
${body}
`,
    { mode: 0o755 },
  );
  return file;
}

function check(executable: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, executable, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

describe('launch check', () => {
  it('passes when the log says the window loaded, in a fresh data folder, and ends the app', () => {
    const pidFile = path.join(dir, 'pid');
    const app = fakeApp(
      'opens',
      `fs.writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));
       const fresh = fs.readdirSync(dataDir).length === 0;
       setTimeout(() => { log('[app] started'); log(fresh ? '[app] window loaded' : '[app] not fresh'); }, 300);
       setInterval(() => {}, 1000);`,
    );
    const result = check(app, '--timeout', '20');
    expect(result.out).toMatch(/^OK .*opens: window loaded after \d+ ms/mu);
    expect(result.out).toMatch(/data folder .*dữ liệu thử .*: nhat-ky/u);
    expect(result.status).toBe(0);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(); // no longer running
  });

  it('fails when the app reports that its start failed, and prints the log', () => {
    const app = fakeApp('fails', `log('[app] startup failed: SQLITE_CANTOPEN'); process.exit(1);`);
    const result = check(app);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/FAIL .*fails: the app says its start failed/u);
    expect(result.out).toContain('SQLITE_CANTOPEN');
  });

  it('fails when the app ends before its window loaded', () => {
    const result = check(fakeApp('ends', `process.stderr.write('cannot open display'); process.exit(0);`));
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/the app ended before its window loaded/u);
    expect(result.out).toContain('cannot open display');
  });

  it('fails after the time limit when no window loads, and ends the app', () => {
    const result = check(
      fakeApp('hangs', `log('[app] started'); setInterval(() => {}, 1000);`),
      '--timeout',
      '1',
    );
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/no window after 1000 ms/u);
  });

  it('a usage error without an executable', () => {
    expect(check('--timeout').status).toBe(2);
  });
});
