import type { RateResult } from '../rules/evaluate';
import type { MergedFigures } from '../merge/merge';
import { findIndicator, type FormTemplate } from '../template';
import { comparison, quantity } from './phrases';

/** The figures of one period as the sentences need them: numbers, "27.630 hồ sơ", comparisons. */
export interface FigureContext {
  n(code: string, of?: MergedFigures): number | null;
  /** "27.630 hồ sơ" with the indicator's own unit; null where the figure is not known. */
  q(code: string, of?: MergedFigures): string | null;
  rate(code: string, of?: MergedFigures): RateResult | undefined;
  /** "tăng 1.234 hồ sơ (8,2%) so với năm 2022" where both periods have the figure. */
  change(code: string): string | null;
  unitOf(code: string): string;
}

export function figureContext(input: {
  template: FormTemplate;
  merged: MergedFigures;
  previous: { period: string; figures: MergedFigures } | null;
}): FigureContext {
  const unitOf = (code: string) => {
    const indicator = findIndicator(input.template, code);
    return indicator && 'unit' in indicator ? indicator.unit : '';
  };
  const n = (code: string, of: MergedFigures = input.merged) => of.figures[code] ?? null;
  return {
    n,
    q: (code, of) => {
      const value = n(code, of);
      return value === null ? null : quantity(value, unitOf(code));
    },
    rate: (code, of = input.merged) => of.rates[code],
    change: (code) => {
      const now = n(code);
      const before = input.previous ? n(code, input.previous.figures) : null;
      return now === null || before === null || !input.previous
        ? null
        : comparison(now, before, unitOf(code), input.previous.period);
    },
    unitOf,
  };
}
