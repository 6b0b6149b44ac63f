import {
  IMPORT_BATCH_BYTES,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_FILES,
  type ImportResult,
} from '../../../shared/api/district-contract';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { toBase64 } from '../app/files';

/**
 * Sends dropped or picked files to the main process in batches that fit the API's limits (count
 * and bytes per batch), reading each file as base64 only when its batch goes, so a thousand files
 * never sit in memory at once. A file too big to be a report is answered here, without sending it.
 */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function planBatches<F extends FileLike>(files: readonly F[]): { batches: F[][]; tooLarge: F[] } {
  const batches: F[][] = [];
  const tooLarge: F[] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      tooLarge.push(file);
      continue;
    }
    if (current.length && (current.length >= MAX_IMPORT_FILES || bytes + file.size > IMPORT_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length) batches.push(current);
  return { batches, tooLarge };
}

function tooLargeResult(file: FileLike): ImportResult {
  const message = districtMessages.fileTooLarge(file.name, MAX_IMPORT_FILE_BYTES / 1024 / 1024);
  return {
    fileName: file.name,
    verdict: 'refused',
    outcome: 'refused',
    message,
    problems: [{ level: 'error', kind: 'too-large', message }],
  };
}

export async function importInBatches(
  files: readonly FileLike[],
  send: (files: { fileName: string; base64: string }[]) => Promise<ImportResult[]>,
  onProgress: (done: number, total: number) => void,
): Promise<ImportResult[]> {
  const { batches, tooLarge } = planBatches(files);
  const results: ImportResult[] = tooLarge.map(tooLargeResult);
  const total = files.length;
  let done = tooLarge.length;
  onProgress(done, total);
  for (const batch of batches) {
    const encoded = await Promise.all(
      batch.map(async (f) => ({ fileName: f.name, base64: toBase64(await f.arrayBuffer()) })),
    );
    results.push(...(await send(encoded)));
    done += batch.length;
    onProgress(done, total);
  }
  return results;
}
