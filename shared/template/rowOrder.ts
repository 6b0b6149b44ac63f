import type { Indicator, IndicatorSection } from './types';

/**
 * The rows of an indicator table in the one order the form and the workbook both use: the
 * template's order, except that each rate follows the last of the figures it is computed from, so
 * it changes right beside what the clerk is typing (R01 under A07, R05 under A18…). Computed from
 * the template, not listed.
 */
export function displayOrder(section: IndicatorSection): Indicator[] {
  const rows: Indicator[] = section.indicators.filter((i) => i.kind !== 'rate');
  const position = (code: string) => rows.findIndex((r) => r.code === code);
  for (const rate of section.indicators) {
    if (rate.kind !== 'rate') continue;
    const last = Math.max(...[...rate.numerator, ...rate.denominator].map(position));
    // After its last part, the totals that close that group and any rates already placed there;
    // at the end if a part is in another section.
    let at = last < 0 ? rows.length : last + 1;
    while (at < rows.length && rows[at]!.kind !== 'count') at++;
    rows.splice(at, 0, rate);
  }
  return rows;
}

/**
 * The STT (row number) of every indicator of a section: its place in `displayOrder`, counted from
 * 1. The screen and the workbook print this same number, so "dòng 8" on a phone call is one row.
 */
export function rowNumbers(section: IndicatorSection): Map<string, number> {
  return new Map(displayOrder(section).map((indicator, index) => [indicator.code, index + 1]));
}
