import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type * as poolModule from '../../../electron/workbook/check-pool';
import { createCheckPool, unpackedPath, type CheckPool } from '../../../electron/workbook/check-pool';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { THONG_BINH, UNITS, randomBytes, rewriteZip, sampleReport, writeReport } from './fixtures';

let good: Buffer;
let huge: Buffer;
/** ~1.800.000 cells (30 MB of XML): 2–4 s to read with the limits raised, within a worker's heap. */
let slow: Buffer;
/** Limits raised far enough for `slow` to be read (and take its time). */
const RAISED = { maxCells: 3_000_000, maxEntryBytes: 64 * 2 ** 20, maxTotalBytes: 128 * 2 ** 20 };
let pool: CheckPool | undefined;

/**
 * A workbook whose training sheet holds ~900.000 cells in 15 MB of XML (within the part-size
 * limit, far past the cell limit): slow and memory-hungry when a test raises the cell limit.
 */
function hugeWorkbook(base: Buffer, rowCount = 100_000): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= rowCount; r++) {
    let cells = '';
    for (let c = 0; c < 9; c++) cells += `<c><v>${(r + c) % 10}</v></c>`;
    rows.push(`<row>${cells}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return rewriteZip(base, (name) => (name === 'xl/worksheets/sheet4.xml' ? Buffer.from(sheet) : undefined));
}

beforeAll(async () => {
  good = await writeReport(sampleReport());
  huge = hugeWorkbook(good);
  slow = hugeWorkbook(good, 200_000);
});

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('check pool (worker threads)', () => {
  it('gives the same verdicts as checking in-process, for many files in parallel', async () => {
    pool = createCheckPool({ size: 2 });
    const files = [
      ...Array.from({ length: 12 }, (_, i) => ({ name: `r${i}.xlsx`, bytes: good })),
      { name: 'rac.xlsx', bytes: randomBytes(5000) },
    ];
    const results = await Promise.all(files.map((f) => pool!.check(f.bytes, f.name, { units: UNITS })));
    expect(results.map((r) => r.verdict)).toEqual([...Array<string>(12).fill('accepted'), 'refused']);
    const inProcess = checkWorkbookSync(good, 'r0.xlsx', { units: UNITS });
    expect({ ...results[0], elapsedMs: 0 }).toEqual({ ...inProcess, elapsedMs: 0 });
    expect(results[12]!.problems[0]!.kind).toBe('not-xlsx:unknown');
    expect(pool.info!()).toMatchObject({ workersStarted: 2, inProcess: false });
    // the unit list went to each worker once (not with each of the 13 files)
    expect(pool.info!().contextsSent).toBeLessThanOrEqual(2);
  });

  it('refuses a file that overruns the time limit with its own message, replaces the worker and goes on', async () => {
    // (1 s: a fresh worker's first, cold check of a real file stays well under it even on a busy
    // machine; reading ~1.800.000 cells takes longer.)
    pool = createCheckPool({ size: 1, timeoutMs: 1000 });
    // Warm up: the first file also waits for the worker to start, which never counts against a file.
    expect((await pool.check(good, 'a.xlsx', { units: UNITS })).verdict).toBe('accepted');
    const started = performance.now();
    const late = await pool.check(slow, 'rat_lon.xlsx', { units: UNITS, limits: RAISED });
    expect(late.verdict).toBe('refused');
    expect(late.problems).toHaveLength(1);
    expect(late.problems[0]!.kind).toBe('timeout');
    expect(late.problems[0]!.message).toContain('rat_lon.xlsx');
    expect(late.problems[0]!.message).toContain('quá 1 giây');
    expect(late.sha256).toMatch(/^[0-9a-f]{64}$/u);
    // the verdict comes at the limit, without waiting for the worker to stop
    expect(performance.now() - started).toBeLessThan(1900);
    const after = await pool.check(good, 'b.xlsx', { units: UNITS });
    expect(after.verdict).toBe('accepted');
  });

  it('refuses a file that exhausts the worker heap, without harming the app, and goes on', async () => {
    pool = createCheckPool({ size: 1, timeoutMs: 25_000, maxOldGenerationSizeMb: 48 });
    const rssBefore = process.memoryUsage().rss;
    const crashed = await pool.check(huge, 'bo_nho.xlsx', { units: UNITS, limits: { maxCells: 2_000_000 } });
    expect(crashed.verdict).toBe('refused');
    expect(crashed.problems[0]!.kind).toBe('worker-crashed');
    expect(crashed.problems[0]!.message).toContain('bo_nho.xlsx');
    expect((await pool.check(good, 'c.xlsx', { units: UNITS })).verdict).toBe('accepted');
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  });

  it('refuses a sheet of ~900.000 cells by the cell limit, well within 2 s', async () => {
    pool = createCheckPool({ size: 1 });
    await pool.check(good, 'a.xlsx', { units: UNITS });
    const started = performance.now();
    const result = await pool.check(huge, 'lon.xlsx', { units: UNITS });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.verdict).toBe('refused');
    expect(result.problems.map((p) => p.kind)).toEqual(['too-many-cells']);
  });

  it('sends the unit list to each worker once, not with every file, and checks against the right list', async () => {
    pool = createCheckPool({ size: 1 });
    // A country-sized list (3.321 units), the file's unit among them.
    const country = [
      ...UNITS,
      ...Array.from({ length: 3311 }, (_, i) => ({
        code: `XA${i}`,
        name: `xã Số ${i}`,
        level: 'xa' as const,
        active: true,
      })),
    ];
    const batch = (units: typeof country) =>
      Promise.all(Array.from({ length: 6 }, (_, i) => pool!.check(good, `r${i}.xlsx`, { units })));
    expect((await batch(country)).map((r) => r.verdict)).toEqual(Array(6).fill('accepted'));
    expect(pool.info!().contextsSent).toBe(1);
    // The next batch reads the list again: an equal list is not sent again.
    expect((await batch(country.map((u) => ({ ...u })))).map((r) => r.verdict)).toEqual(
      Array(6).fill('accepted'),
    );
    expect(pool.info!().contextsSent).toBe(1);
    // A changed list is sent (once), and files queued with the old and the new list each get theirs.
    const without = country.filter((u) => u.code !== THONG_BINH.code);
    const [before, after] = await Promise.all([
      pool.check(good, 'truoc.xlsx', { units: country }),
      pool.check(good, 'sau.xlsx', { units: without }),
    ]);
    expect(before.verdict).toBe('accepted');
    expect(after.verdict).toBe('refused');
    expect(after.problems.map((p) => p.kind)).toContain('unit-unknown');
    expect(pool.info!().contextsSent).toBe(2);
    expect((await pool.check(good, 'lai.xlsx', { units: country })).verdict).toBe('accepted');
    expect(pool.info!().contextsSent).toBe(3);
  });

  it('refuses new work once closed', async () => {
    pool = createCheckPool({ size: 1 });
    await pool.close();
    await expect(pool.check(good, 'a.xlsx', { units: UNITS })).rejects.toThrow();
  });
});

describe('check pool, bundled as in the packaged app', () => {
  it('starts check-worker.mjs next to the bundle and checks files there', async () => {
    const { build } = await import('esbuild');
    const { pathToFileURL } = await import('node:url');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bundle-'));
    try {
      const common = {
        bundle: true,
        platform: 'node' as const,
        target: 'node20',
        format: 'esm' as const,
        logLevel: 'silent' as const,
        banner: {
          js: "import { createRequire as __cchcCreateRequire } from 'node:module'; const require = __cchcCreateRequire(import.meta.url);",
        },
      };
      await build({
        ...common,
        entryPoints: ['electron/workbook/check-worker.ts'],
        outfile: path.join(dir, 'check-worker.mjs'),
      });
      await build({
        ...common,
        entryPoints: ['electron/workbook/check-pool.ts'],
        outfile: path.join(dir, 'main.mjs'),
      });
      // The worker bundle needs nothing but Node itself: unpacked next to app.asar, it has no
      // node_modules to load from.
      const workerSource = fs.readFileSync(path.join(dir, 'check-worker.mjs'), 'utf8');
      const imported = [
        ...workerSource.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/gu),
      ].map((m) => m[1]!);
      expect(imported.length).toBeGreaterThan(0);
      expect(imported.filter((name) => !name.startsWith('node:') && !/^[a-z_]+$/u.test(name))).toEqual([]);
      expect(imported.filter((name) => /^(better-sqlite3|electron|exceljs)$/u.test(name))).toEqual([]);
      const bundled = (await import(pathToFileURL(path.join(dir, 'main.mjs')).href)) as typeof poolModule;
      const bundledPool = bundled.createCheckPool({ size: 1 });
      try {
        const result = await bundledPool.check(good, 'a.xlsx', { units: UNITS });
        expect(result.verdict).toBe('accepted');
        expect(bundledPool.info!()).toEqual({ workersStarted: 1, inProcess: false, contextsSent: 1 });
      } finally {
        await bundledPool.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('check pool in a packaged app', () => {
  it('starts the worker from app.asar.unpacked when that copy exists', () => {
    const win =
      'C:\\Users\\xa\\AppData\\Local\\Programs\\bao-cao-cchc\\resources\\app.asar\\dist-electron\\check-worker.mjs';
    const linux = '/opt/Báo cáo CCHC/resources/app.asar/dist-electron/check-worker.mjs';
    const unpacked = (p: string) => p.includes('app.asar.unpacked');
    expect(unpackedPath(win, unpacked)).toBe(win.replace('\\app.asar\\', '\\app.asar.unpacked\\'));
    expect(unpackedPath(linux, unpacked)).toBe(
      '/opt/Báo cáo CCHC/resources/app.asar.unpacked/dist-electron/check-worker.mjs',
    );
    // not unpacked (an older build): the path inside the archive, as before
    expect(unpackedPath(linux, () => false)).toBe(linux);
    // not packaged at all
    const dev = '/work/dist-electron/check-worker.mjs';
    expect(unpackedPath(dev, () => true)).toBe(dev);
  });

  it('electron-builder unpacks the bundled worker script that the build writes', () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const config = YAML.parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      asarUnpack: string[];
      files: string[];
    };
    const build = fs.readFileSync(path.join(root, 'scripts', 'build-electron.mjs'), 'utf8');
    // (test/build/package-layout.test.ts packages the app and finds it in app.asar.unpacked)
    expect(build).toContain("outfile: path.join(outdir, 'check-worker.mjs')");
    expect(build).toContain(": 'dist-electron';");
    expect(config.asarUnpack).toContain('dist-electron/check-worker.mjs');
    expect(config.files).toContain('dist-electron/**');
  });
});

describe('check pool and the life of the process', () => {
  /** Runs a script (TypeScript, through tsx) that uses a pool; resolves with its output and exit. */
  function runScript(source: string): Promise<{ code: number | null; out: string; ms: number }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pool-life-'));
    const file = path.join(dir, 'script.mts');
    fs.writeFileSync(file, source);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', file], {
        cwd: path.resolve(import.meta.dirname, '..', '..', '..'),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the script did not end: ${out}`));
      }, 40_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fs.rmSync(dir, { recursive: true, force: true });
        resolve({ code, out, ms: performance.now() - started });
      });
    });
  }

  const poolModule = JSON.stringify(
    path.resolve(import.meta.dirname, '../../../electron/workbook/check-pool.ts'),
  );
  const fixtures = JSON.stringify(path.resolve(import.meta.dirname, 'fixtures.ts'));

  it('waits for a verdict, then a pool left open does not keep the process alive', async () => {
    const { code, out } = await runScript(`
      import { createCheckPool } from ${poolModule};
      import { UNITS, sampleReport, writeReport } from ${fixtures};
      const pool = createCheckPool({ size: 2 });
      const bytes = await writeReport(sampleReport());
      // Nothing but the pool keeps the process alive while the check runs.
      void pool.check(bytes, 'a.xlsx', { units: UNITS }).then((r) => console.log('verdict', r.verdict));
    `);
    expect(out).toContain('verdict accepted');
    expect(code).toBe(0);
  }, 60_000);
});
