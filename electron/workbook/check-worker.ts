import { parentPort } from 'node:worker_threads';
import { checkWorkbookSync, type CheckOptions } from './unit-reader';

/**
 * Worker-thread entry of the check pool: checks one workbook per message. It runs with V8 memory
 * limits and is terminated on timeout by the pool, so a hostile file can only ever kill this
 * thread, never the window or the app.
 */

export interface CheckRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  options: CheckOptions;
}

export type CheckReply =
  | { id: number; ok: true; result: ReturnType<typeof checkWorkbookSync> }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on('message', (request: CheckRequest) => {
    let reply: CheckReply;
    try {
      reply = {
        id: request.id,
        ok: true,
        result: checkWorkbookSync(request.bytes, request.fileName, request.options),
      };
    } catch (error) {
      reply = { id: request.id, ok: false, message: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
