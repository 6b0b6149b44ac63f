import { describe, expect, it } from 'vitest';
import {
  IMPORT_BATCH_BYTES,
  MAX_IMPORT_FILES,
  MAX_IMPORT_FILE_BYTES,
} from '../../../shared/api/district-contract';
import { toBase64 } from '../../../renderer/src/app/files';
import { importInBatches, planBatches } from '../../../renderer/src/district/importBatches';

const file = (name: string, size: number) => ({
  name,
  size,
  arrayBuffer: async () => new Uint8Array(Math.min(size, 16)).fill(65).buffer,
});

describe('import batches', () => {
  it('splits by count and by bytes, and keeps files too big to be a report apart', () => {
    const many = Array.from({ length: MAX_IMPORT_FILES * 2 + 3 }, (_, i) => file(`f${i}.xlsx`, 30_000));
    expect(planBatches(many).batches.map((b) => b.length)).toEqual([MAX_IMPORT_FILES, MAX_IMPORT_FILES, 3]);
    const big = [file('a', IMPORT_BATCH_BYTES - 10), file('b', 20), file('c', MAX_IMPORT_FILE_BYTES + 1)];
    const plan = planBatches(big);
    expect(plan.batches.map((b) => b.map((f) => f.name))).toEqual([['a'], ['b']]);
    expect(plan.tooLarge.map((f) => f.name)).toEqual(['c']);
  });

  it('sends each batch as base64, reports progress, answers too-large files without sending them', async () => {
    const sent: string[][] = [];
    const progress: number[] = [];
    const results = await importInBatches(
      [file('ok.xlsx', 3), file('huge.xlsx', MAX_IMPORT_FILE_BYTES + 1)],
      async (batch) => {
        sent.push(batch.map((f) => f.fileName + ':' + f.base64));
        return batch.map((f) => ({
          fileName: f.fileName,
          verdict: 'accepted' as const,
          outcome: 'current' as const,
          message: '',
          problems: [],
        }));
      },
      (done) => progress.push(done),
    );
    expect(sent).toEqual([['ok.xlsx:QUFB']]);
    expect(progress).toEqual([1, 2]);
    expect(results.map((r) => [r.fileName, r.verdict])).toEqual([
      ['huge.xlsx', 'refused'],
      ['ok.xlsx', 'accepted'],
    ]);
    expect(results[0]!.problems[0]!.message).toContain('lớn hơn 10 MB');
  });

  it('encodes base64 of large buffers exactly', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    expect(toBase64(bytes.buffer)).toBe(btoa(binary));
  });
});
