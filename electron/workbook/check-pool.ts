import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { importMessages } from '../../shared/i18n/vi/workbook';
import type { CheckedWorkbook, ImportProblem } from '../../shared/workbook/import-types';
import { log } from '../log';
import type { CheckReply, CheckRequest } from './check-worker';
import { checkWorkbookSync, type CheckOptions } from './unit-reader';

/**
 * Checks untrusted workbooks in worker threads: each worker has a V8 heap limit, each file a
 * timeout. A worker that runs out of memory, crashes or overruns its time yields a refused verdict
 * with its own message, and the pool replaces it; other files in the batch go on. Workers start
 * lazily and only get work once they said "ready", so their start-up never counts against a file.
 *
 * From TypeScript source (tsx, vitest) the worker is check-worker.ts started with tsx's loader;
 * bundled (dist-electron/) it is check-worker.mjs next to the bundle.
 */

export interface CheckPoolOptions {
  /** Worker threads; default: cores − 1, at least 1, at most 4. */
  size?: number;
  /** Per-file time limit; default 5 s. */
  timeoutMs?: number;
  /** V8 old-generation limit per worker; default 256 MB. */
  maxOldGenerationSizeMb?: number;
  /** Override the worker script (tests). */
  workerUrl?: URL;
}

export interface CheckPool {
  check(bytes: Uint8Array, fileName: string, options: CheckOptions): Promise<CheckedWorkbook>;
  close(): Promise<void>;
  /** Workers started so far, and whether the pool fell back to checking in-process. */
  info?(): { workersStarted: number; inProcess: boolean };
}

export const DEFAULT_CHECK_TIMEOUT_MS = 5_000;
export const DEFAULT_WORKER_HEAP_MB = 256;

interface Task {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  options: CheckOptions;
  resolve(result: CheckedWorkbook): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Set once the pool ended this worker on purpose (timeout, close). */
  retired: boolean;
}

/**
 * The worker script. From source, a tiny eval'd bootstrap registers tsx's loader inside the worker
 * (a `--import` flag in a worker's execArgv does not hook the worker's own entry on Node 20) and
 * then imports check-worker.ts.
 */
function workerEntry(): { script: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsxDir = path.dirname(createRequire(here).resolve('tsx/package.json'));
    const tsxApi = pathToFileURL(path.join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
    const worker = new URL('./check-worker.ts', here).href;
    const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
    return { script: bootstrap, eval: true };
  }
  return { script: new URL('./check-worker.mjs', here), eval: false };
}

function refused(task: Task, kind: string, message: string): CheckedWorkbook {
  const problem: ImportProblem = { level: 'error', kind, message };
  return {
    fileName: task.fileName,
    sha256: crypto.createHash('sha256').update(task.bytes).digest('hex'),
    size: task.bytes.byteLength,
    verdict: 'refused',
    problems: [problem],
  };
}

export function createCheckPool(options: CheckPoolOptions = {}): CheckPool {
  const size = Math.max(1, options.size ?? Math.min(4, Math.max(1, os.availableParallelism() - 1)));
  const timeoutMs = options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  const heapMb = options.maxOldGenerationSizeMb ?? DEFAULT_WORKER_HEAP_MB;
  const entry = options.workerUrl ? { script: options.workerUrl, eval: false } : workerEntry();
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;
  let startFailures = 0;
  let workersStarted = 0;
  /** Workers cannot start at all (a broken install): check in-process rather than not at all. */
  let inProcess = false;

  const finish = (slot: Slot, result: CheckedWorkbook) => {
    const task = slot.task;
    if (!task) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    task.resolve(result);
  };

  const replace = (slot: Slot) => {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    if (!closed) pump();
  };

  const spawn = (): Slot => {
    const worker = new Worker(entry.script, {
      eval: entry.eval,
      resourceLimits: {
        maxOldGenerationSizeMb: heapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(heapMb / 8))),
        stackSizeMb: 4,
      },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, retired: false };
    workersStarted++;
    worker.on('message', (message: CheckReply | 'ready') => {
      if (message === 'ready') {
        slot.ready = true;
        startFailures = 0;
        pump();
        return;
      }
      if (!slot.task || message.id !== slot.task.id) return;
      const task = slot.task;
      if (message.ok) finish(slot, message.result);
      else {
        log('check-pool', `worker error on a file: ${message.message.split('\n')[0]}`);
        finish(slot, refused(task, 'internal', importMessages.internal({ file: task.fileName })));
      }
      pump();
    });
    worker.on('error', (error) => {
      log('check-pool', `worker died: ${(error as { code?: string }).code ?? ''} ${error.message}`);
      if (!slot.ready && !slot.task) startFailures++;
    });
    worker.on('exit', (code) => {
      const task = slot.task;
      if (task) {
        const timedOut = slot.retired;
        finish(
          slot,
          timedOut
            ? refused(task, 'timeout', importMessages.timeout({ file: task.fileName }, timeoutMs / 1000))
            : refused(task, 'worker-crashed', importMessages.workerCrashed({ file: task.fileName })),
        );
      } else if (!slot.retired && !closed && !slot.ready) {
        log('check-pool', `worker exited during start-up (code ${code})`);
        if (startFailures >= 3) inProcess = true;
      }
      replace(slot);
    });
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    if (closed) return;
    if (inProcess) {
      for (const task of queue.splice(0)) {
        task.resolve(checkWorkbookSync(task.bytes, task.fileName, task.options));
      }
      return;
    }
    for (const slot of slots) {
      if (!queue.length) break;
      if (!slot.ready || slot.task || slot.retired) continue;
      const task = queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        slot.retired = true;
        void slot.worker.terminate();
      }, timeoutMs);
      // A private copy, transferred (not cloned) to the worker.
      const copy = new Uint8Array(task.bytes.byteLength);
      copy.set(task.bytes);
      const request: CheckRequest = {
        id: task.id,
        bytes: copy,
        fileName: task.fileName,
        options: task.options,
      };
      slot.worker.postMessage(request, [copy.buffer]);
    }
    const live = slots.filter((s) => !s.retired);
    let starting = live.filter((s) => !s.ready).length;
    let count = live.length;
    while (queue.length > starting && count < size) {
      spawn();
      starting++;
      count++;
    }
  };

  return {
    check(bytes, fileName, checkOptions) {
      if (closed) return Promise.reject(new Error('check pool closed'));
      return new Promise<CheckedWorkbook>((resolve) => {
        queue.push({ id: nextId++, bytes, fileName, options: checkOptions, resolve });
        pump();
      });
    },
    info: () => ({ workersStarted, inProcess }),
    async close() {
      closed = true;
      const pending = queue.splice(0);
      for (const task of pending)
        task.resolve(refused(task, 'internal', importMessages.internal({ file: task.fileName })));
      await Promise.all(
        slots.map((slot) => {
          slot.retired = true;
          if (slot.task)
            finish(
              slot,
              refused(slot.task, 'internal', importMessages.internal({ file: slot.task.fileName })),
            );
          return slot.worker.terminate();
        }),
      );
    },
  };
}
