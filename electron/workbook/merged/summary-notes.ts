import { periodName } from '../../../shared/domain/periods';
import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { previousPeriodUi } from '../../../shared/i18n/vi/report';
import {
  compareLikeWithLike,
  countsBehind,
  coverageOf,
  type Coverage,
  type PeriodComparison,
} from '../../../shared/merge/coverage';
import type { MergedContext } from './context';

/**
 * What each row of "Tổng hợp" covers, for its "Ghi chú" column: how many merged units gave every
 * count of the figure, and over which units the previous period is compared (like with like). The
 * units most rows are compared over are named once, in the "Kỳ trước" header; a row compared
 * over other units says so itself.
 */
export interface SummaryNotes {
  /** Each indicator row's note: its coverage where partial, and its comparison where unusual. */
  rows: Map<string, RowNote>;
  /** Whether any row has a note (the column is added only then). */
  any: boolean;
  /** Each indicator compared with the previous period over the same units; null without one. */
  compared: Record<string, PeriodComparison> | null;
  /**
   * The "Kỳ trước" header when most rows are not this period's units against the previous
   * period's whole total ("… của 1/3 đơn vị có số liệu cả hai kỳ"); null: the plain header.
   */
  previousHeader: string | null;
}

export interface RowNote {
  /** Units that gave every count behind the row, when fewer than merged; and those counts. */
  partial: (Coverage & { counts: string[] }) | null;
  /** The row compared over other units than the header says; '' otherwise. */
  comparison: string;
  /** The note as written now. */
  text: string;
}

/** The value most rows have (the first such in row order when tied). */
function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

export function summaryNotes(ctx: MergedContext): SummaryNotes {
  const { template, merged, previous } = ctx;
  const coverage = coverageOf(template, merged.units);
  const compared = previous ? compareLikeWithLike(template, merged, previous.figures) : null;
  const of = merged.units.length;
  const ofBefore = previous?.figures.units.length ?? 0;
  const usual = compared ? mostCommon(ctx.numeric.map((i) => compared[i.code]?.units ?? 0)) : null;
  const rows = new Map<string, RowNote>();
  for (const ind of ctx.numeric) {
    const c = coverage[ind.code];
    const partial = c && c.covered < c.of ? { ...c, counts: countsBehind(template, ind.code) } : null;
    const p = compared?.[ind.code];
    const comparison =
      p && p.units !== usual
        ? p.units === 0
          ? previousPeriodUi.notCompared
          : previousPeriodUi.comparedOver(p.units, of)
        : '';
    const text = [partial ? T.covers(partial.covered, partial.of) : '', comparison]
      .filter(Boolean)
      .join('; ');
    rows.set(ind.code, { partial, comparison, text });
  }
  const name = previous ? periodName(previous.period) : '';
  const previousHeader =
    usual === null || (usual === of && usual === ofBefore)
      ? null
      : usual === 0
        ? previousPeriodUi.columnNoneCompared(name)
        : previousPeriodUi.columnOfSameUnits(name, usual, of);
  return { rows, any: [...rows.values()].some((n) => n.text !== ''), compared, previousHeader };
}
