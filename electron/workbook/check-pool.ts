import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Unit } from '../../shared/domain/units';
import { importMessages, type ProblemPlace } from '../../shared/i18n/vi/workbook';
import type { FormTemplate } from '../../shared/template';
import type { CheckedWorkbook, ImportProblem } from '../../shared/workbook/import-types';
import { log } from '../log';
import type { CheckContextMessage, CheckReply, CheckRequest, FileCheckOptions } from './check-worker';
import { checkWorkbookSync, type CheckOptions } from './unit-reader';

/**
 * Checks untrusted workbooks in worker threads: each worker has a V8 heap limit, each file a
 * timeout. A worker that runs out of memory, crashes or overruns its time yields a refused verdict
 * with its own message, and the pool replaces it; other files in the batch go on. Workers start
 * lazily and only get work once they said "ready", so their start-up never counts against a file.
 *
 * The unit list and templates a file is checked against (the same for a whole batch, and 3.321
 * units for a whole country) go to each worker once, not with every file: the pool keeps the
 * current list and sends it to a worker only before the first file that needs a list the worker
 * does not have yet. A list equal to the current one (the same units read again for the next
 * batch) is the current one.
 *
 * Idle workers do not keep the process alive; still, whoever owns a pool closes it when done
 * (electron/services/district.ts `closeChecker`, called on quit and at the end of a command).
 *
 * From TypeScript source (tsx, vitest) the worker is check-worker.ts started with tsx's loader;
 * bundled (dist-electron/) it is check-worker.mjs next to the bundle, or in a packaged app its
 * unpacked copy next to app.asar (see `unpackedPath`).
 */

export interface CheckPoolOptions {
  /** Worker threads; default: cores − 1, at least 1, at most 4. */
  size?: number;
  /** Per-file time limit; default DEFAULT_CHECK_TIMEOUT_MS. */
  timeoutMs?: number;
  /** V8 old-generation limit per worker; default 256 MB. */
  maxOldGenerationSizeMb?: number;
  /** Override the worker script (tests). */
  workerUrl?: URL;
}

export interface CheckPool {
  check(bytes: Uint8Array, fileName: string, options: CheckOptions): Promise<CheckedWorkbook>;
  close(): Promise<void>;
  /**
   * Workers started so far, whether the pool fell back to checking in-process, and how many times
   * a unit list was sent to a worker.
   */
  info?(): { workersStarted: number; inProcess: boolean; contextsSent: number };
}

/**
 * Per-file time limit. A file is refused or accepted within 2 s (issue 4): the verdict is given
 * the moment the limit is reached, and the margin covers a main thread busy elsewhere (storing
 * the files before it) when the timer is due. A real unit workbook is checked in 20–50 ms and the
 * heaviest file within the reader's limits in well under a second (test/hostile), so only a file
 * built to be slow ever meets it.
 */
export const DEFAULT_CHECK_TIMEOUT_MS = 1_500;
export const DEFAULT_WORKER_HEAP_MB = 256;
const WORKER_YOUNG_GENERATION_MB = 8;

interface CheckContext {
  version: number;
  units: readonly Unit[];
  templates?: readonly FormTemplate[];
  /** Other arrays found equal to `units` (the list read again for the next batch). */
  sameAs: WeakSet<readonly Unit[]>;
}

interface Task {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  context: CheckContext;
  options: FileCheckOptions;
  resolve(result: CheckedWorkbook): void;
}

/** Where a problem found by the pool is: the file, and whether the commune is restoring its own. */
function placeOf(task: Task): ProblemPlace {
  return { file: task.fileName, ...(task.options.expectedUnitCode ? { own: true } : {}) };
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Set once the pool ended this worker on purpose (timeout, close). */
  retired: boolean;
  /** The context version this worker holds. */
  contextVersion?: number;
}

/**
 * In a packaged app the bundle runs from inside app.asar, and a worker thread's script is better
 * started from a real file: electron-builder.yml unpacks check-worker.mjs to app.asar.unpacked,
 * and this path is used whenever that copy exists.
 */
export function unpackedPath(file: string, exists: (candidate: string) => boolean = fs.existsSync): string {
  const unpacked = file.replace(/([\\/])app\.asar(?=[\\/])/u, '$1app.asar.unpacked');
  return unpacked !== file && exists(unpacked) ? unpacked : file;
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
  return { script: unpackedPath(fileURLToPath(new URL('./check-worker.mjs', here))), eval: false };
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

function sameUnits(a: readonly Unit[], b: readonly Unit[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.code !== y.code || x.name !== y.name || x.level !== y.level || x.active !== y.active) return false;
  }
  return true;
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
  let contextsSent = 0;
  let current: CheckContext | undefined;
  /**
   * Workers cannot start at all (a broken install): check in-process rather than not at all. Never
   * silently: the support log says why, and `info()` lets the services tell the user.
   */
  let inProcess = false;
  let lastStartError = '';
  let announcedReady = false;
  const scriptName = entry.eval ? 'check-worker.ts (tsx)' : String(entry.script);

  /** The context of a file's units and templates: the current one when they are the same. */
  const contextOf = (units: readonly Unit[], templates?: readonly FormTemplate[]): CheckContext => {
    if (current && current.templates === templates) {
      if (current.units === units || current.sameAs.has(units)) return current;
      if (sameUnits(current.units, units)) {
        current.sameAs.add(units);
        return current;
      }
    }
    current = { version: (current?.version ?? 0) + 1, units, sameAs: new WeakSet() };
    if (templates) current.templates = templates;
    return current;
  };

  /** A worker keeps the process alive only while it has (or is about to get) work. */
  const updateRefs = () => {
    for (const slot of slots) {
      if (slot.task || (!slot.ready && queue.length && !closed)) slot.worker.ref();
      else slot.worker.unref();
    }
  };

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
        // A small nursery: a workbook's temporaries die young either way, and 8 MB instead of 32
        // was both faster and ~35 MB lighter for two workers (800 files, measured).
        maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
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
        if (!announcedReady) log('check-pool', `check workers started from ${scriptName}`);
        announcedReady = true;
        pump();
        return;
      }
      if (!slot.task || message.id !== slot.task.id) return;
      const task = slot.task;
      if (message.ok) finish(slot, message.result);
      else {
        log('check-pool', `worker error on a file: ${message.message.split('\n')[0]}`);
        finish(slot, refused(task, 'internal', importMessages.internal(placeOf(task))));
      }
      pump();
    });
    worker.on('error', (error) => {
      log('check-pool', `worker died: ${(error as { code?: string }).code ?? ''} ${error.message}`);
      if (!slot.ready && !slot.task) {
        startFailures++;
        lastStartError = `${(error as { code?: string }).code ?? ''} ${error.message.split('\n')[0]}`.trim();
      }
    });
    worker.on('exit', (code) => {
      const task = slot.task;
      if (task) {
        finish(slot, refused(task, 'worker-crashed', importMessages.workerCrashed(placeOf(task))));
      } else if (!slot.retired && !closed && !slot.ready) {
        log('check-pool', `worker exited during start-up (code ${code})`);
        if (startFailures >= 3 && !inProcess) {
          inProcess = true;
          log(
            'check-pool',
            `FALLBACK: ${startFailures} check workers failed to start from ${scriptName} ` +
              `(last: ${lastStartError || 'no error'}); files are now checked in the main process ` +
              `without the ${timeoutMs} ms time limit and the ${heapMb} MB memory limit`,
          );
        }
      }
      replace(slot);
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = (slot: Slot, task: Task) => {
    slot.task = task;
    if (slot.contextVersion !== task.context.version) {
      const context: CheckContextMessage = {
        type: 'context',
        version: task.context.version,
        units: task.context.units,
        ...(task.context.templates ? { templates: task.context.templates } : {}),
      };
      slot.worker.postMessage(context);
      slot.contextVersion = task.context.version;
      contextsSent++;
    }
    slot.timer = setTimeout(() => {
      // The verdict now; the worker ends when it can (a native call such as inflating a part
      // finishes first) and is replaced, by a new one if files are waiting.
      slot.retired = true;
      finish(
        slot,
        refused(task, 'timeout', importMessages.timeout(placeOf(task), timeoutMs / 1000)),
      );
      void slot.worker.terminate();
      pump();
    }, timeoutMs);
    // A private copy, transferred (not cloned) to the worker.
    const copy = new Uint8Array(task.bytes.byteLength);
    copy.set(task.bytes);
    const request: CheckRequest = {
      type: 'check',
      id: task.id,
      version: task.context.version,
      bytes: copy,
      fileName: task.fileName,
      options: task.options,
    };
    slot.worker.postMessage(request, [copy.buffer]);
  };

  const pump = () => {
    if (closed) return;
    if (inProcess) {
      for (const task of queue.splice(0)) {
        task.resolve(
          checkWorkbookSync(task.bytes, task.fileName, {
            ...task.options,
            units: task.context.units,
            ...(task.context.templates ? { templates: task.context.templates } : {}),
          }),
        );
      }
      return;
    }
    for (const slot of slots) {
      if (!queue.length) break;
      if (!slot.ready || slot.task || slot.retired) continue;
      dispatch(slot, queue.shift()!);
    }
    const live = slots.filter((s) => !s.retired);
    let starting = live.filter((s) => !s.ready).length;
    let count = live.length;
    while (queue.length > starting && count < size) {
      spawn();
      starting++;
      count++;
    }
    updateRefs();
  };

  return {
    check(bytes, fileName, checkOptions) {
      if (closed) return Promise.reject(new Error('check pool closed'));
      const { units, templates, ...fileOptions } = checkOptions;
      const context = contextOf(units, templates);
      return new Promise<CheckedWorkbook>((resolve) => {
        queue.push({ id: nextId++, bytes, fileName, context, options: fileOptions, resolve });
        pump();
      });
    },
    info: () => ({ workersStarted, inProcess, contextsSent }),
    async close() {
      if (!closed) log('check-pool', `closed (${slots.length} workers stopped)`);
      closed = true;
      const pending = queue.splice(0);
      for (const task of pending)
        task.resolve(refused(task, 'internal', importMessages.internal(placeOf(task))));
      await Promise.all(
        slots.map((slot) => {
          slot.retired = true;
          if (slot.task)
            finish(
              slot,
              refused(slot.task, 'internal', importMessages.internal(placeOf(slot.task))),
            );
          return slot.worker.terminate();
        }),
      );
    },
  };
}
