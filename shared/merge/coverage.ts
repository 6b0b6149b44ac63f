import { allIndicators, findIndicator, type FormTemplate } from '../template';
import { figuresOf, type MergedFigures, type MergedReport, type MergedUnit } from './merge';

/**
 * What a total covers. A unit that left a count blank is summed as if it had nothing, so a merged
 * figure is said to cover only the units that gave every count it is built of; and a change
 * between two periods is computed over the units that gave them in both periods, never a total
 * of three units against last year's total of one.
 */

/** Units that gave every count behind an indicator, out of the units merged. */
export interface Coverage {
  covered: number;
  of: number;
}

/** The counts an indicator is built of: itself, a total's parts, a rate's numerator and denominator. */
export function countsBehind(template: FormTemplate, code: string, seen = new Set<string>()): string[] {
  const indicator = findIndicator(template, code);
  if (!indicator || seen.has(code)) return [];
  seen.add(code);
  if (indicator.kind === 'count') return [code];
  const parts =
    indicator.kind === 'total'
      ? indicator.sumOf
      : indicator.kind === 'rate'
        ? [...indicator.numerator, ...indicator.denominator]
        : [];
  return [...new Set(parts.flatMap((c) => countsBehind(template, c, seen)))];
}

const numericCodes = (template: FormTemplate) =>
  allIndicators(template)
    .filter((i) => i.kind !== 'text')
    .map((i) => i.code);

const gives = (unit: Pick<MergedUnit, 'figures'>, counts: readonly string[]) =>
  counts.every((c) => (unit.figures[c] ?? null) !== null);

/**
 * Per numeric indicator, how many of `units` gave every count behind it. `units` is the merge's
 * units, or those of one level.
 */
export function coverageOf(
  template: FormTemplate,
  units: readonly Pick<MergedUnit, 'figures'>[],
): Record<string, Coverage> {
  return Object.fromEntries(
    numericCodes(template).map((code) => {
      const counts = countsBehind(template, code);
      return [code, { covered: units.filter((u) => gives(u, counts)).length, of: units.length }];
    }),
  );
}

/** The units of one level of a merge (for the per-level figures of the report). */
export function unitsOfLevel(merged: MergedReport, unitCodes: readonly string[]): MergedUnit[] {
  const codes = new Set(unitCodes);
  return merged.units.filter((u) => codes.has(u.unit.code));
}

/** One indicator compared with the previous period over the same units. */
export interface PeriodComparison {
  /** Units merged in both periods that gave every count of the indicator in both. */
  units: number;
  /** Units merged this period. */
  of: number;
  /** Both periods' figures summed over those units only (all figures; read the indicator's). */
  now: MergedFigures;
  before: MergedFigures;
}

/**
 * Each numeric indicator of `now` compared with `before` like with like: over the units found in
 * both merges (by code) that gave the indicator's counts in both. `units === of` means the whole
 * of this period's total is compared; 0 means nothing can be compared.
 */
export function compareLikeWithLike(
  template: FormTemplate,
  now: MergedReport,
  before: MergedReport,
): Record<string, PeriodComparison> {
  const earlier = new Map(before.units.map((u) => [u.unit.code, u]));
  const pairs = now.units.flatMap((u) => {
    const b = earlier.get(u.unit.code);
    return b ? [{ now: u, before: b }] : [];
  });
  // Most indicators share the same units: each set of units is summed once.
  const sums = new Map<string, { now: MergedFigures; before: MergedFigures }>();
  const out: Record<string, PeriodComparison> = {};
  for (const code of numericCodes(template)) {
    const counts = countsBehind(template, code);
    const both = pairs.filter((p) => gives(p.now, counts) && gives(p.before, counts));
    const key = both.map((p) => p.now.unit.code).join('\u0000');
    let sum = sums.get(key);
    if (!sum) {
      sum = {
        now: figuresOf(
          template,
          both.map((p) => ({ counts: p.now.figures })),
        ),
        before: figuresOf(
          template,
          both.map((p) => ({ counts: p.before.figures })),
        ),
      };
      sums.set(key, sum);
    }
    out[code] = { units: both.length, of: now.units.length, ...sum };
  }
  return out;
}
