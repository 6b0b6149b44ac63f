import { parentPort } from 'node:worker_threads';
import type { Unit } from '../../shared/domain/units';
import type { FormTemplate } from '../../shared/template';
import { checkWorkbookSync, type CheckOptions } from './unit-reader';

/**
 * Worker-thread entry of the check pool: checks one workbook per message. It runs with V8 memory
 * limits and is terminated on timeout by the pool, so a hostile file can only ever kill this
 * thread, never the window or the app.
 *
 * What every file of a batch shares (the unit list, which is 3.321 units for a whole country, and
 * the templates) arrives once, as a `context` message, before the first file that needs it; each
 * file then brings only its bytes, its name and its own options.
 */

/** The unit list and templates files are checked against; `version` names it in `check` messages. */
export interface CheckContextMessage {
  type: 'context';
  version: number;
  units: readonly Unit[];
  templates?: readonly FormTemplate[];
}

/** Per-file options: everything of CheckOptions but what the context carries. */
export type FileCheckOptions = Omit<CheckOptions, 'units' | 'templates'>;

export interface CheckRequest {
  type: 'check';
  id: number;
  /** The context this file is checked against (always sent to this worker before the file). */
  version: number;
  bytes: Uint8Array;
  fileName: string;
  options: FileCheckOptions;
}

export type CheckReply =
  | { id: number; ok: true; result: ReturnType<typeof checkWorkbookSync> }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  let context: CheckContextMessage | undefined;
  port.on('message', (message: CheckContextMessage | CheckRequest) => {
    if (message.type === 'context') {
      context = message;
      return;
    }
    let reply: CheckReply;
    try {
      if (!context || context.version !== message.version) {
        throw new Error(`context ${message.version} not received (have ${context?.version})`);
      }
      const options: CheckOptions = {
        ...message.options,
        units: context.units,
        ...(context.templates ? { templates: context.templates } : {}),
      };
      reply = {
        id: message.id,
        ok: true,
        result: checkWorkbookSync(message.bytes, message.fileName, options),
      };
    } catch (error) {
      reply = { id: message.id, ok: false, message: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
