import { describe, expect, it } from 'vitest';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { seededRandom } from '../../../scripts/lib/random';
import { UNITS, sampleReport, writeReport } from './fixtures';
import { runCase, type Outcome } from '../../../scripts/lib/mutation/oracle';

/**
 * The reader rule, proved on the edits clerks make: 320 seeded mutations of a filled workbook
 * (type over any row, insert or delete rows, merge cells, blank cells, edit the cover, type dates,
 * paste legacy text, copy or rename sheets). Each mutated file must come out with the data the
 * clerk meant, or a problem naming a touched cell, or be refused: never "silent". A failure prints
 * the seed; `npm run mutate -- --seed <seed> --n 1` replays it.
 */

const RUNS = 320;
const FIRST_SEED = Number(process.env.MUTATION_SEED ?? 20_260_801);

describe('mutation test of the workbook reader', () => {
  it(`${RUNS} edited workbooks: each is the same, flagged at the cell, or refused`, async () => {
    const base = await writeReport(sampleReport());
    const baseData = checkWorkbookSync(base, 'goc.xlsx', { units: UNITS }).data!;
    const outcomes: Record<Outcome, number> = { same: 0, flagged: 0, refused: 0, silent: 0 };
    const silent: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const seed = FIRST_SEED + i;
      const result = runCase(base, baseData, seed, seededRandom(seed));
      outcomes[result.outcome]++;
      if (result.outcome === 'silent')
        silent.push(`seed ${seed}: ${result.kinds.join(' + ')} — ${result.detail}`);
    }
    expect(silent, `silent mutations (replay with the seed):\n${silent.join('\n')}`).toEqual([]);
    // Every outcome the oracle knows occurs, or the generator has stopped exercising something.
    expect(outcomes.same).toBeGreaterThan(RUNS / 5);
    expect(outcomes.flagged).toBeGreaterThan(RUNS / 20);
    expect(outcomes.refused).toBeGreaterThan(RUNS / 5);
  }, 60_000);
});
