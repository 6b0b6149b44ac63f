/**
 * Pulling the plug, proven for process crashes: a child process saves continuously through the API
 * (as a clerk typing), is killed with SIGKILL at a random moment, and the database is reopened.
 * It must pass `PRAGMA integrity_check`, and the last save the child saw acknowledged must be there.
 * Trials run in a few concurrent chains; each chain reuses its data folder, so every child after the
 * first also opens a database left behind by a kill (WAL recovery on the app's own open path).
 *
 * CRASH_TRIALS=N runs more (default 30). The kill delays come from a seeded generator: the seed is
 * printed when the test fails, and CRASH_SEED=S repeats its delays. See docs/durability.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { reportDataSchema } from '../../shared/domain/report';
import { DATABASE_FILE_NAME, openDatabase } from '../../electron/store/database';
import { seededRandom } from '../../scripts/lib/random';
import { CRASH_PERIOD, CRASH_UNITS, unitOfSeq } from './fixtures/crash-writer';

const TRIALS = Math.max(1, Number(process.env.CRASH_TRIALS ?? 30));
const CHAINS = Math.min(3, TRIALS);
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
const random = seededRandom(SEED);
const WRITER = path.join(import.meta.dirname, 'fixtures', 'crash-writer.ts');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-crash-'));

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface TrialResult {
  acked: number[];
  killedBeforeReady: boolean;
  stderr: string;
}

/** Runs the writer, kills it with SIGKILL at a random moment, returns the acknowledged sequence numbers. */
function runAndKill(dataDir: string, start: number): Promise<TrialResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, '--data-dir', dataDir, '--start', String(start)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acked: number[] = [];
    let ready = false;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    // One kill in five lands at any time from spawn (possibly while opening or recovering the
    // database); the others land 1-300 ms into the typing.
    const early = random() < 0.2;
    const kill = () => child.kill('SIGKILL');
    if (early) timer = setTimeout(kill, random() * 700);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') {
          ready = true;
          if (!early) timer = setTimeout(kill, 1 + random() * 300);
        } else if (/^\d+$/u.test(line)) acked.push(Number(line));
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited on its own (${_code}): ${stderr}`));
        return;
      }
      resolve({ acked, killedBeforeReady: !ready, stderr });
    });
  });
}

/** Reopens the database after a kill and checks it; returns the highest sequence number found. */
function verify(dataDir: string, acked: number[]): number {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (!fs.existsSync(file)) {
    expect(acked).toEqual([]);
    return 0;
  }
  const db = openDatabase(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const rows = db.prepare('SELECT unit_code, data FROM reports WHERE period = ?').all(CRASH_PERIOD) as {
      unit_code: string;
      data: string;
    }[];
    const found = new Map<string, number>();
    for (const row of rows) {
      // No torn row: every stored report is whole, valid JSON of a valid report.
      const data = reportDataSchema.parse(JSON.parse(row.data));
      found.set(row.unit_code, data.counts.A01 ?? 0);
    }
    // Every unit holds at least its last acknowledged save.
    const lastAckedPerUnit = new Map<string, number>();
    for (const seq of acked) lastAckedPerUnit.set(unitOfSeq(seq), seq);
    for (const [unit, seq] of lastAckedPerUnit) {
      expect(found.get(unit), `unit ${unit} lost acknowledged save ${seq}`).toBeGreaterThanOrEqual(seq);
    }
    // Nothing beyond the one save that may have been in flight at the kill.
    const highest = Math.max(0, ...found.values());
    if (acked.length) expect(highest).toBeLessThanOrEqual(acked.at(-1)! + 1);
    for (const unit of found.keys()) expect(CRASH_UNITS).toContain(unit);
    return highest;
  } finally {
    db.close();
  }
}

describe('crash safety: SIGKILL while saving', () => {
  it(
    `keeps the database whole and every acknowledged save over ${TRIALS} kills`,
    async () => {
      onTestFailed(() => {
        process.stdout.write(`crash test failed with CRASH_SEED=${SEED}\n`);
      });
      const stats = { trials: 0, acked: 0, early: 0 };
      async function chain(index: number, trials: number) {
        const dataDir = path.join(root, `chain-${index}`);
        let next = 1;
        for (let t = 0; t < trials; t++) {
          const result = await runAndKill(dataDir, next);
          stats.trials++;
          if (result.killedBeforeReady) stats.early++;
          stats.acked += result.acked.length;
          const highest = verify(dataDir, result.acked);
          next = Math.max(highest, result.acked.at(-1) ?? 0) + 1;
        }
      }
      const perChain = Array.from(
        { length: CHAINS },
        (_, i) => Math.floor(TRIALS / CHAINS) + (i < TRIALS % CHAINS ? 1 : 0),
      );
      await Promise.all(perChain.map((n, i) => chain(i, n)));
      process.stdout.write(
        `crash trials (seed ${SEED}): ${stats.trials} passed, ${stats.acked} acknowledged saves, ${stats.early} killed while starting\n`,
      );
      expect(stats.acked).toBeGreaterThan(0);
    },
    120_000 + TRIALS * 3_000,
  );
});
