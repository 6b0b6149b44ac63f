/**
 * The hostile corpus (test/hostile/corpus.ts) through the check pool the district import uses:
 * every file gets its verdict and its own Vietnamese message, within 2 s, without the process
 * growing past a stated bound, and the valid files of the same batch are still accepted and merged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createServiceContext } from '../../electron/services/context';
import { closeChecker } from '../../electron/services/district';
import type { ServiceContext } from '../../electron/services/context';
import {
  DEFAULT_CHECK_TIMEOUT_MS,
  createCheckPool,
  type CheckPool,
} from '../../electron/workbook/check-pool';
import { DEFAULT_UNITS } from '../../shared/domain/units';
import type { CheckedWorkbook } from '../../shared/workbook/import-types';
import { buildCorpus, buildHeavyCorpus, type CorpusFile } from './corpus';

/**
 * Per file, from handing it to the pool to its verdict: the bound, asserted for every file
 * of both corpora, the heaviest legal files included. The pool's own time limit
 * (DEFAULT_CHECK_TIMEOUT_MS, 1,5 s) makes it hold for any file, known or not.
 *
 * Tolerance for a slower or busy machine (CI runs other tests on both cores): a file that misses
 * the bound, or meets the pool's time limit, is checked once more and the better run counts, so a
 * load spike is not taken for the file's cost. The bound itself is never widened. Here the
 * heaviest file takes ~0,2–0,6 s (printed by the tests).
 */
const MAX_MS_PER_FILE = 2000;
/**
 * Growth of the whole process's resident memory (main thread and pool workers together) while the
 * corpus is checked, over what it used before. Each worker's V8 heap is capped at 256 MB; the
 * bombs are refused from the zip directory or stopped at their declared size, so the real peak is
 * far lower (printed by the test).
 */
const MAX_RSS_GROWTH_MB = 300;

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

let corpus: CorpusFile[];
let pool: CheckPool;
const units = [...DEFAULT_UNITS];

beforeAll(async () => {
  corpus = await buildCorpus();
  pool = createCheckPool({ size: 2 });
  // Start both workers before measuring: their start-up is not a file's time.
  await Promise.all(corpus.slice(0, 2).map((f) => pool.check(f.bytes, f.name, { units })));
}, 120_000);
afterAll(async () => {
  await pool.close();
});

/**
 * Runs `work` while sampling, every 5 ms, the process RSS (main thread and pool workers together)
 * and how late the main thread's timer fires (what the window would feel). Returns the peak RSS
 * growth in MB and the worst event-loop lag in ms.
 */
async function watched<T>(
  work: () => Promise<T>,
): Promise<{ result: T; growthMb: number; baseMb: number; lagMs: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  let lag = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lag = Math.max(lag, now - last - 5);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - base) / 2 ** 20, baseMb: base / 2 ** 20, lagMs: lag };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The main thread never waits on a file: checking one in-process would stall it for the file's
 * whole check time (1-4 s for the heavy files); through the pool it only hands the bytes over. The
 * bound leaves room for a machine busy with other tests, whose scheduler alone delays timers.
 */
const MAX_MAIN_THREAD_LAG_MS = 500;

/** Checks a file in the pool and times it; once more if the first run was slowed (see above). */
async function timedCheck(file: CorpusFile): Promise<{ checked: CheckedWorkbook; ms: number }> {
  let started = performance.now();
  let checked = await pool.check(file.bytes, file.name, { units });
  let ms = performance.now() - started;
  if (ms >= MAX_MS_PER_FILE || checked.problems.some((p) => p.kind === 'timeout')) {
    started = performance.now();
    const again = await pool.check(file.bytes, file.name, { units });
    const againMs = performance.now() - started;
    if (againMs < ms) [checked, ms] = [again, againMs];
  }
  return { checked, ms };
}

function expectVerdict(file: CorpusFile, checked: CheckedWorkbook) {
  const summary = `${file.name}: ${checked.verdict} ${JSON.stringify(checked.problems.map((p) => [p.kind, p.message.slice(0, 160)]))}`;
  expect(checked.verdict, summary).toBe(file.verdict);
  if (!file.kind) {
    expect(checked.problems, summary).toEqual([]);
    return;
  }
  const problem = checked.problems.find((p) => p.kind === file.kind);
  expect(problem, summary).toBeDefined();
  expect(problem!.level, summary).toBe(file.verdict === 'refused' ? 'error' : 'warning');
  expect(problem!.message, summary).toMatch(VIETNAMESE);
  expect(problem!.message, summary).toContain(file.name);
  expect(problem!.message.length, summary).toBeLessThan(700);
  if (file.verdict === 'refused') {
    // the refusal rests on this problem, not on a generic failure
    expect(
      checked.problems.map((p) => p.kind),
      summary,
    ).not.toContain('internal');
    expect(
      checked.problems.map((p) => p.kind),
      summary,
    ).not.toContain('worker-crashed');
    expect(
      checked.problems.map((p) => p.kind),
      summary,
    ).not.toContain('timeout');
  }
}

describe('hostile corpus through the check pool', () => {
  it('covers every kind the issue names', () => {
    const kinds = new Set(corpus.map((f) => f.kind));
    for (const kind of [
      'damaged',
      'zip-bomb',
      'xml-entities',
      'not-xlsx:unknown',
      'not-xlsx:xls',
      'not-xlsx:csv',
      'not-xlsx:html',
      'not-xlsx:pdf',
      'encrypted',
      'not-cchc',
      'template-unknown',
      'meta-invalid',
      'formula-in-input',
      'count-text',
      'count-negative',
      'count-too-large',
      'rule:list-max-rows',
      'rule:E01-length',
      'control-characters',
      'duplicate-code',
      'missing-code',
      'too-many-strings',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    // no binary blob: the bombs are small files
    expect(Math.max(...corpus.map((f) => f.bytes.length))).toBeLessThan(2 * 1024 * 1024);
  });

  it('gives each file its verdict and its own message, each within 2 s, in bounded memory', async () => {
    const rows: string[] = [];
    const { growthMb, baseMb, lagMs } = await watched(async () => {
      for (const file of corpus) {
        const { checked, ms } = await timedCheck(file);
        expectVerdict(file, checked);
        expect(ms, file.name).toBeLessThan(MAX_MS_PER_FILE);
        rows.push(
          `${file.name.padEnd(28)} ${checked.verdict.padEnd(9)} ${(file.kind ?? '').padEnd(20)} ${ms.toFixed(0).padStart(5)} ms`,
        );
      }
    });
    process.stdout.write(
      `${rows.join('\n')}\nhostile corpus: ${corpus.length} files, peak RSS growth ${growthMb.toFixed(0)} MB over ${baseMb.toFixed(0)} MB, main-thread lag ≤ ${lagMs.toFixed(0)} ms\n`,
    );
    expect(growthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
    expect(lagMs).toBeLessThan(MAX_MAIN_THREAD_LAG_MS);
  }, 120_000);

  it('says what is wrong in words of its own for each kind of problem', async () => {
    const byKind = new Map<string, string>();
    for (const file of corpus.filter((f) => f.kind)) {
      const checked = await pool.check(file.bytes, file.name, { units });
      const message = checked.problems
        .find((p) => p.kind === file.kind)!
        .message.replaceAll(file.name, '<tệp>');
      byKind.set(file.kind!, message);
    }
    const owners = new Map<string, string[]>();
    for (const [kind, message] of byKind) owners.set(message, [...(owners.get(message) ?? []), kind]);
    const shared = [...owners.values()].filter((kinds) => kinds.length > 1);
    expect(shared).toEqual([]);
  }, 60_000);

  it('checks the whole batch at once: the bad files do not stop or slow the good ones', async () => {
    const started = performance.now();
    const { result, growthMb, lagMs } = await watched(() =>
      Promise.all(corpus.map((f) => pool.check(f.bytes, f.name, { units }))),
    );
    const seconds = (performance.now() - started) / 1000;
    result.forEach((checked, i) => expectVerdict(corpus[i]!, checked));
    expect(result.filter((r) => r.verdict === 'accepted').map((r) => r.fileName)).toEqual([
      'CCHC_2023_TH01_hop_le.xlsx',
      'CCHC_2023_TH02_hop_le.xlsx',
      'CCHC_2023_TH09_hop_le.xlsx',
    ]);
    process.stdout.write(
      `hostile batch: ${corpus.length} files in ${seconds.toFixed(2)} s, peak RSS growth ${growthMb.toFixed(0)} MB, main-thread lag ≤ ${lagMs.toFixed(0)} ms\n`,
    );
    expect(seconds).toBeLessThan((MAX_MS_PER_FILE / 1000) * corpus.length);
    expect(growthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
    expect(lagMs).toBeLessThan(MAX_MAIN_THREAD_LAG_MS);
  }, 120_000);
});

describe('heavy files at the edge of the limits', () => {
  it('each gets its verdict within 2 s too, in bounded memory, and the window never waits', async () => {
    const heavy = await buildHeavyCorpus();
    const rows: string[] = [];
    const { growthMb, lagMs } = await watched(async () => {
      for (const file of heavy) {
        const { checked, ms } = await timedCheck(file);
        rows.push(
          `${file.name.padEnd(26)} ${checked.verdict.padEnd(9)} ${(file.kind ?? '').padEnd(17)} ${ms
            .toFixed(0)
            .padStart(5)} ms  ${(file.bytes.length / 2 ** 20).toFixed(1).padStart(4)} MB  (${file.what})`,
        );
        expectVerdict(file, checked);
        expect(ms, file.name).toBeLessThan(MAX_MS_PER_FILE);
      }
      // and the pool still checks a valid file afterwards
      const valid = corpus.find((f) => f.verdict === 'accepted')!;
      expect((await pool.check(valid.bytes, valid.name, { units })).verdict).toBe('accepted');
    });
    process.stdout.write(
      `${rows.join('\n')}\nheavy files: ${heavy.length}, peak RSS growth ${growthMb.toFixed(0)} MB, main-thread lag ≤ ${lagMs.toFixed(0)} ms\n`,
    );
    expect(growthMb).toBeLessThan(MAX_RSS_GROWTH_MB);
    expect(lagMs).toBeLessThan(MAX_MAIN_THREAD_LAG_MS);
  }, 180_000);

  it("a file that never finishes is refused at the pool's time limit, with its own message, within 2 s", async () => {
    expect(DEFAULT_CHECK_TIMEOUT_MS).toBeLessThan(MAX_MS_PER_FILE);
    // No file within the reader's limits is that slow (the point of the limits), so a worker that
    // never answers stands in for the next unknown trick: the pool's default limit must answer.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-hang-'));
    const script = path.join(dir, 'hang-worker.mjs');
    fs.writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\n" +
        // Answers the first file (so the worker is started and warm), never the next.
        'let first = true;\n' +
        "parentPort.on('message', (m) => {\n" +
        "  if (m.type !== 'check') return;\n" +
        '  if (!first) for (;;) {}\n' +
        '  first = false;\n' +
        "  parentPort.postMessage({ id: m.id, ok: true, result: { fileName: m.fileName, sha256: '', size: 0, verdict: 'accepted', problems: [] } });\n" +
        '});\n' +
        "parentPort.postMessage('ready');\n",
    );
    const hanging = createCheckPool({ size: 1, workerUrl: pathToFileURL(script) });
    try {
      const good = corpus.find((f) => f.verdict === 'accepted')!;
      expect((await hanging.check(good.bytes, 'khoi-dong.xlsx', { units })).verdict).toBe('accepted');
      const started = performance.now();
      const checked = await hanging.check(good.bytes, 'treo.xlsx', { units });
      const ms = performance.now() - started;
      process.stdout.write(`never-ending check: ${checked.problems[0]?.kind} after ${ms.toFixed(0)} ms\n`);
      expect(checked.verdict).toBe('refused');
      expect(checked.problems.map((p) => p.kind)).toEqual(['timeout']);
      expect(checked.problems[0]!.message).toContain('treo.xlsx');
      expect(checked.problems[0]!.message).toMatch(VIETNAMESE);
      expect(ms).toBeGreaterThanOrEqual(DEFAULT_CHECK_TIMEOUT_MS - 50);
      expect(ms).toBeLessThan(MAX_MS_PER_FILE);
    } finally {
      await hanging.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('hostile corpus through the district import', () => {
  let dir: string;
  let ctx: ServiceContext;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-hostile-'));
    ctx = createServiceContext({ sampleUnits: true, dataDir: dir, mode: 'browser', background: false });
  });
  afterAll(async () => {
    await closeChecker(ctx);
    ctx.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports one batch of everything: the valid files are stored and merged, every bad one refused', async () => {
    const files = corpus.map((f) => ({ fileName: f.name, base64: f.bytes.toString('base64') }));
    const reply = await dispatch(ctx, 'district.import', { files, period: '2023' });
    expect(reply.ok, JSON.stringify(reply).slice(0, 500)).toBe(true);
    const results = (reply as { value: { fileName: string; verdict: string; outcome: string }[] }).value;
    for (const [i, file] of corpus.entries()) {
      expect(results[i]!.fileName).toBe(file.name);
      expect(results[i]!.verdict, file.name).toBe(file.verdict);
    }
    const merged = await dispatch(ctx, 'district.exportMerged', { period: '2023' });
    expect(merged.ok, JSON.stringify(merged).slice(0, 500)).toBe(true);
    // TH01, TH02, TH09 valid; TH03 from the files accepted with warnings (edited by hand)
    expect((merged as { value: { unitsMerged: number } }).value.unitsMerged).toBe(4);
    const completeness = await dispatch(ctx, 'district.completeness', { period: '2023' });
    const rows = (completeness as { value: { rows: { unit: { code: string }; status: string }[] } }).value
      .rows;
    const status = Object.fromEntries(rows.map((r) => [r.unit.code, r.status]));
    expect(status).toMatchObject({ TH01: 'received', TH02: 'received', TH09: 'received', TH04: 'missing' });
  }, 120_000);
});
