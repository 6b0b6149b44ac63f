import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as poolModule from '../../../electron/workbook/check-pool';
import { createCheckPool, type CheckPool } from '../../../electron/workbook/check-pool';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { UNITS, randomBytes, rewriteZip, sampleReport, writeReport } from './fixtures';

let good: Buffer;
let huge: Buffer;
let pool: CheckPool | undefined;

/** A legal-size workbook (a few MB) whose training sheet holds ~900.000 cells: slow and memory-hungry. */
function hugeWorkbook(base: Buffer): Buffer {
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++) {
    let cells = '';
    for (let c = 0; c < 9; c++) cells += `<c r="${String.fromCharCode(66 + c)}${r}"><v>${r}</v></c>`;
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return rewriteZip(base, (name) => (name === 'xl/worksheets/sheet4.xml' ? Buffer.from(sheet) : undefined));
}

beforeAll(async () => {
  good = await writeReport(sampleReport());
  huge = hugeWorkbook(good);
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
    expect(pool.info!()).toEqual({ workersStarted: 2, inProcess: false });
  });

  it('refuses a file that overruns the time limit with its own message, replaces the worker and goes on', async () => {
    pool = createCheckPool({ size: 1, timeoutMs: 300 });
    // Warm up: the first file also waits for the worker to start, which never counts against a file.
    expect((await pool.check(good, 'a.xlsx', { units: UNITS })).verdict).toBe('accepted');
    const slow = await pool.check(huge, 'rat_lon.xlsx', { units: UNITS, limits: { maxCells: 2_000_000 } });
    expect(slow.verdict).toBe('refused');
    expect(slow.problems).toHaveLength(1);
    expect(slow.problems[0]!.kind).toBe('timeout');
    expect(slow.problems[0]!.message).toContain('rat_lon.xlsx');
    expect(slow.problems[0]!.message).toContain('0,3 giây');
    expect(slow.sha256).toMatch(/^[0-9a-f]{64}$/u);
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

  it('refuses new work once closed', async () => {
    pool = createCheckPool({ size: 1 });
    await pool.close();
    await expect(pool.check(good, 'a.xlsx', { units: UNITS })).rejects.toThrow();
  });
});

describe('check pool, bundled as in the packaged app', () => {
  it('starts check-worker.mjs next to the bundle and checks files there', async () => {
    const { build } = await import('esbuild');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
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
      const bundled = (await import(pathToFileURL(path.join(dir, 'main.mjs')).href)) as typeof poolModule;
      const bundledPool = bundled.createCheckPool({ size: 1 });
      try {
        const result = await bundledPool.check(good, 'a.xlsx', { units: UNITS });
        expect(result.verdict).toBe('accepted');
        expect(bundledPool.info!()).toEqual({ workersStarted: 1, inProcess: false });
      } finally {
        await bundledPool.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
