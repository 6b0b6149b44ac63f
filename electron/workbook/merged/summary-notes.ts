import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { previousPeriodUi } from '../../../shared/i18n/vi/report';
import { compareLikeWithLike, coverageOf, type PeriodComparison } from '../../../shared/merge/coverage';
import type { MergedContext } from './context';

/**
 * What each row of "Tổng hợp" covers, for its "Ghi chú" column: how many merged units gave every
 * count of the figure, and over which units the previous period is compared (like with like).
 */
export interface SummaryNotes {
  /** The note of each indicator row; '' where the row covers every unit. */
  noteOf: Map<string, string>;
  /** Whether any row has a note (the column is added only then). */
  any: boolean;
  /** Each indicator compared with the previous period over the same units; null without one. */
  compared: Record<string, PeriodComparison> | null;
  /** Whether "Kỳ trước" is, on some row, not the previous period's whole total. */
  sameUnitsOnly: boolean;
}

export function summaryNotes(ctx: MergedContext): SummaryNotes {
  const { template, merged, previous } = ctx;
  const coverage = coverageOf(template, merged.units);
  const compared = previous ? compareLikeWithLike(template, merged, previous.figures) : null;
  const ofBefore = previous?.figures.units.length ?? 0;
  const noteOf = new Map<string, string>();
  let sameUnitsOnly = false;
  for (const ind of ctx.numeric) {
    const parts: string[] = [];
    const c = coverage[ind.code];
    if (c && c.covered < c.of) parts.push(T.covers(c.covered, c.of));
    const p = compared?.[ind.code];
    if (p && (p.units < p.of || p.units < ofBefore)) {
      sameUnitsOnly = true;
      parts.push(p.units === 0 ? previousPeriodUi.notCompared : previousPeriodUi.comparedOver(p.units, p.of, ofBefore));
    }
    noteOf.set(ind.code, parts.join('; '));
  }
  return { noteOf, any: [...noteOf.values()].some((n) => n !== ''), compared, sameUnitsOnly };
}
