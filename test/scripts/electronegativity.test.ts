import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const script = path.join(root, 'scripts', 'electronegativity.mjs');
const unsafe = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-unsafe-app-'));
afterAll(() => fs.rmSync(unsafe, { recursive: true, force: true }));

/** `npm run security` itself runs in `npm test`; this checks that the gate would actually close. */
describe('npm run security (electronegativity)', () => {
  it('fails on an app that turns the sandbox and context isolation off', () => {
    for (const entry of ['electron', 'renderer', 'package.json']) {
      fs.cpSync(path.join(root, entry), path.join(unsafe, entry), { recursive: true });
    }
    const file = path.join(unsafe, 'electron/main/security.ts');
    const source = fs.readFileSync(file, 'utf8');
    const weakened = source
      .replace('sandbox: true', 'sandbox: false')
      .replace('contextIsolation: true', 'contextIsolation: false');
    expect(weakened).not.toBe(source);
    fs.writeFileSync(file, weakened);

    const run = spawnSync(process.execPath, [script, '--root', unsafe], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\[LỖI\] HIGH\/\w+ CONTEXT_ISOLATION_JS_CHECK electron\/main\/security\.ts/u);
    expect(run.stdout).toMatch(/\[LỖI\] \w+\/\w+ SANDBOX_JS_CHECK/u);
  }, 60_000);
});
