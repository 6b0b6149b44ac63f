import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLikeWithLike, countsBehind, coverageOf } from '../../../shared/merge/coverage';
import { mergeReports } from '../../../shared/merge/merge';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { seedShapedReports } from './seed-reports';

const T = CURRENT_TEMPLATE;
const seed = seedShapedReports();
const blank = (i: number, ...codes: string[]) => ({
  ...seed[i]!,
  data: {
    ...seed[i]!.data,
    counts: { ...seed[i]!.data.counts, ...Object.fromEntries(codes.map((c) => [c, null])) },
  },
});

describe('what a merged figure covers', () => {
  it('names the counts behind a count, a total and a rate', () => {
    expect(countsBehind(T, 'A15')).toEqual(['A15']);
    expect(countsBehind(T, 'C10')).toContain('C01');
    expect(countsBehind(T, 'R07')).toEqual(['A22', 'A21']);
    expect(countsBehind(T, 'E01')).toEqual([]);
  });

  it('a unit that left a count blank does not cover it, nor the totals and rates built on it', () => {
    const merged = mergeReports(T, '2023', [seed[1]!, blank(2, 'A15', 'C01', 'A22'), seed[3]!]);
    const c = coverageOf(T, merged.units);
    expect(c.A15).toEqual({ covered: 2, of: 3 });
    expect(c.C10).toEqual({ covered: 2, of: 3 });
    expect(c.R07).toEqual({ covered: 2, of: 3 });
    expect(c.A07).toEqual({ covered: 3, of: 3 });
  });
});

describe('the previous period compared like with like', () => {
  it("the tester's case: 3 units now, 1 last year, same figures — compared over that 1, change 0", () => {
    const now = mergeReports(T, '2023', seed.slice(1, 4));
    const before = mergeReports(T, '2022', seed.slice(1, 2));
    const a07 = compareLikeWithLike(T, now, before).A07!;
    expect(a07).toMatchObject({ units: 1, of: 3 });
    expect(a07.now.figures.A07).toBe(before.figures.A07);
    expect(a07.before.figures.A07).toBe(before.figures.A07);
  });

  it('identical figures in both periods never show a change, whichever units and blanks each period has (seeded)', () => {
    // fast-check prints the seed and the failing case.
    fc.assert(
      fc.property(
        fc.subarray([1, 2, 3, 4, 5, 6], { minLength: 1 }),
        fc.subarray([1, 2, 3, 4, 5, 6]),
        fc.subarray(['A05', 'A15', 'A21', 'C01', 'D03']),
        (nowUnits, beforeUnits, blanks) => {
          const now = mergeReports(
            T,
            '2023',
            nowUnits.map((i) => (i === nowUnits[0] ? blank(i, ...blanks) : seed[i]!)),
          );
          const before = mergeReports(
            T,
            '2022',
            beforeUnits.map((i) => seed[i]!),
          );
          const compared = compareLikeWithLike(T, now, before);
          for (const [code, c] of Object.entries(compared)) {
            expect(c.of).toBe(nowUnits.length);
            expect(c.units).toBeLessThanOrEqual(beforeUnits.filter((u) => nowUnits.includes(u)).length);
            if (c.units === 0) continue;
            expect(c.now.figures[code] ?? null, code).toBe(c.before.figures[code] ?? null);
            expect(c.now.rates[code]?.percent, code).toBe(c.before.rates[code]?.percent);
          }
        },
      ),
      { numRuns: 200, seed: 20261201 },
    );
  });
});
