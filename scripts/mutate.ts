/**
 * The mutation run: `npm run mutate [-- --n 10000] [--seed 1] [--show 20]`.
 *
 * Makes N seeded edits of the kinds clerks make to a filled workbook (type over any row, insert or
 * delete rows, merge cells, blank cells, edit the cover, type dates, paste legacy text, copy or
 * rename sheets), checks each mutated file with the reader, and prints how many came out the same
 * as what the clerk meant, flagged at the cell, refused, or silent (a figure changed or lost without
 * a word: a reader bug). Prints the seeds of silent cases, so each can be replayed.
 */
import { parseArgs } from 'node:util';
import { checkWorkbookSync } from '../electron/workbook/unit-reader';
import { formatCount } from '../shared/format/numbers';
import { UNITS, sampleReport, writeReport } from './lib/sample-report';
import { runCase, type Outcome } from './lib/mutation/oracle';
import { seededRandom } from './lib/random';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    show: { type: 'string', default: '20' },
  },
});
const n = Number(values.n);
const firstSeed = Number(values.seed);
const show = Number(values.show);

const base = await writeReport(sampleReport());
const baseData = checkWorkbookSync(base, 'goc.xlsx', { units: UNITS }).data!;
const totals: Record<Outcome, number> = { same: 0, flagged: 0, refused: 0, silent: 0 };
const byKind = new Map<string, Record<Outcome, number>>();
const silent: string[] = [];
const started = performance.now();
for (let i = 0; i < n; i++) {
  const seed = firstSeed + i;
  const result = runCase(base, baseData, seed, seededRandom(seed));
  totals[result.outcome]++;
  for (const kind of result.kinds) {
    const row = byKind.get(kind) ?? { same: 0, flagged: 0, refused: 0, silent: 0 };
    row[result.outcome]++;
    byKind.set(kind, row);
  }
  if (result.outcome === 'silent' && silent.length < show) {
    silent.push(`  seed ${seed}: ${result.kinds.join(' + ')} — ${result.detail ?? ''}`.slice(0, 400));
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(
  `${formatCount(n)} mutated workbooks (seeds ${firstSeed}…${firstSeed + n - 1}), ${seconds.toFixed(1)} s`,
);
for (const outcome of ['same', 'flagged', 'refused', 'silent'] as const) {
  console.log(`  ${outcome.padEnd(8)} ${formatCount(totals[outcome]).padStart(7)}`);
}
console.log('\nby edit (same / flagged / refused / silent):');
for (const [kind, row] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${kind.padEnd(34)} ${row.same} / ${row.flagged} / ${row.refused} / ${row.silent}`);
}
if (silent.length) console.log(`\nsilent (first ${silent.length}):\n${silent.join('\n')}`);
process.exitCode = totals.silent ? 1 : 0;
