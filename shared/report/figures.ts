import type { RateResult } from '../rules/evaluate';
import { formatCount } from '../format/numbers';
import { reportText as T } from '../i18n/vi/report';
import { compareLikeWithLike, coverageOf, unitsOfLevel, type PeriodComparison } from '../merge/coverage';
import type { MergedFigures, MergedReport } from '../merge/merge';
import { findIndicator, type FormTemplate } from '../template';
import { comparison, previousPeriodLabel, quantity } from './phrases';

/** The figures of one period as the sentences need them: numbers, "27.630 hồ sơ", comparisons. */
export interface FigureContext {
  n(code: string, of?: MergedFigures): number | null;
  /**
   * "27.630 hồ sơ" with the indicator's own unit, and what it covers when some units left a count
   * of it blank ("10 hồ sơ (2/3 đơn vị có số liệu)"); null where the figure is not known.
   */
  q(code: string, of?: MergedFigures): string | null;
  rate(code: string, of?: MergedFigures): RateResult | undefined;
  /**
   * " (2/3 đơn vị có số liệu)" after a figure (or a sentence of several: the least covered) that
   * lacks some units' counts; '' otherwise.
   */
  mark(codes: string | readonly string[], of?: MergedFigures): string;
  /** The same words bare ("2/3 đơn vị có số liệu"), for inside a bracket; '' where complete. */
  coverageWords(codes: string | readonly string[], of?: MergedFigures): string;
  /**
   * "tăng 1.234 hồ sơ (8,2%) so với năm 2022" over the units that have the figure in both periods
   * (saying so when they are not all of this period's units), or why it cannot be compared.
   */
  change(code: string): string | null;
  unitOf(code: string): string;
}

/** The units a figure of `merged`, of one of its levels or of one of its units, is summed from. */
function unitsBehind(merged: MergedReport, of: MergedFigures) {
  if (of === merged) return merged.units;
  if ('unitCodes' in of && Array.isArray(of.unitCodes)) return unitsOfLevel(merged, of.unitCodes as string[]);
  return [of];
}

export function figureContext(input: {
  template: FormTemplate;
  merged: MergedReport;
  previous: { period: string; figures: MergedReport } | null;
}): FigureContext {
  const { template, merged, previous } = input;
  const unitOf = (code: string) => {
    const indicator = findIndicator(template, code);
    return indicator && 'unit' in indicator ? indicator.unit : '';
  };
  const n = (code: string, of: MergedFigures = merged) => of.figures[code] ?? null;
  const coverages = new Map<MergedFigures, ReturnType<typeof coverageOf>>();
  const coverageWords = (codes: string | readonly string[], of: MergedFigures = merged) => {
    let coverage = coverages.get(of);
    if (!coverage) coverages.set(of, (coverage = coverageOf(template, unitsBehind(merged, of))));
    const known = (typeof codes === 'string' ? [codes] : codes).flatMap((code) => coverage[code] ?? []);
    const c = known.sort((a, b) => a.covered - b.covered)[0];
    if (!c || c.covered >= c.of) return '';
    return c.of > 1 ? T.covers(formatCount(c.covered), formatCount(c.of)) : T.incomplete;
  };
  const mark = (codes: string | readonly string[], of?: MergedFigures) => {
    const words = coverageWords(codes, of);
    return words ? ` (${words})` : '';
  };
  let compared: Record<string, PeriodComparison> | null = null;
  return {
    n,
    q: (code, of) => {
      const value = n(code, of);
      return value === null ? null : quantity(value, unitOf(code)) + mark(code, of);
    },
    rate: (code, of = merged) => of.rates[code],
    mark,
    coverageWords,
    change: (code) => {
      if (!previous || n(code) === null) return null;
      compared ??= compareLikeWithLike(template, merged, previous.figures);
      const c = compared[code];
      if (!c) return null;
      const label = previousPeriodLabel(previous.period);
      const now = c.now.figures[code] ?? null;
      const before = c.before.figures[code] ?? null;
      if (c.units === 0 || now === null || before === null) {
        if (c.of > 1) return T.notComparedNoUnit(label);
        return mark(code) ? T.notComparedOwnNow(label) : T.notComparedOwn(label);
      }
      const words = comparison(now, before, unitOf(code), previous.period);
      if (c.units === c.of) return words;
      const [u, noun] = [formatCount, unitOf(code)] as const;
      return `${words} (${T.comparedOver(u(c.units), u(c.of), quantity(now, noun), quantity(before, noun))})`;
    },
    unitOf,
  };
}
