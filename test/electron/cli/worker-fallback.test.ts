/**
 * The command line says so when files were checked without the worker's time and memory limits
 * (no worker could start), as the app's import results do: on stderr, once, in Vietnamese.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../electron/log';
import { createCheckPool } from '../../../electron/workbook/check-pool';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { cliRunner, seedFolder } from './harness';

const folder = await seedFolder('cchc-cli-fallback-');
setLogSink(() => undefined); // the pool's technical lines go to the support log, not here
afterAll(() => {
  setLogSink((line) => process.stderr.write(line + '\n'));
  fs.rmSync(folder.dir, { recursive: true, force: true });
});

/** A pool whose worker script is missing, as in an installed app packed without it. */
const brokenPool = () =>
  createCheckPool({
    size: 1,
    workerUrl: pathToFileURL(path.join(folder.dir, 'missing', 'check-worker.mjs')),
  });
const notice = districtMessages.checkedWithoutLimits(1.5, 256);

describe('cli without a check worker', () => {
  it('check: every file still checked, and the notice printed once', async () => {
    const r = await cliRunner(undefined, brokenPool())(
      'check',
      '--period',
      '2023',
      ...folder.files.slice(0, 2),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('chấp nhận');
    expect(r.err.split(notice).length - 1).toBe(1);
  });

  it('merge: the notice printed once, the merged workbook still written', async () => {
    const out = path.join(folder.dir, 'tong-hop.xlsx');
    const run = cliRunner(undefined, brokenPool());
    const r = await run('merge', '--period', '2023', '--out', out, ...folder.files.slice(0, 3));
    expect(r.code).toBe(0);
    expect(r.err.split(notice).length - 1).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('with a working checker nothing is said', async () => {
    const r = await cliRunner()('check', '--period', '2023', folder.files[0]!);
    expect(r.err).not.toContain(notice);
  });
});
