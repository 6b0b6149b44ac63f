import { parsePeriod } from '../domain/periods';

/**
 * Our report periods as DHIS2 writes them. DHIS2 counts calendar periods, so "Năm 2023" is the
 * calendar year 2023 there, whatever the ministry's 15/12 cut-off. ADX writes a start date and an
 * ISO 8601 duration ("2023-01-01/P6M"); dataValueSets writes DHIS2's own codes ("2023S1").
 * A period DHIS2 has no period type for (9 months) has no dataValueSets code: null.
 */
export interface Dhis2Periods {
  adx: string;
  dataValueSets: string | null;
}

export function dhis2Periods(code: string): Dhis2Periods | null {
  const p = parsePeriod(code);
  if (!p) return monthly(code);
  const start = `${p.year}-01-01`;
  switch (p.kind) {
    case 'Y':
      return { adx: `${start}/P1Y`, dataValueSets: String(p.year) };
    case 'H1':
      return { adx: `${start}/P6M`, dataValueSets: `${p.year}S1` };
    case 'Q1':
      return { adx: `${start}/P3M`, dataValueSets: `${p.year}Q1` };
    case 'Q3':
      return { adx: `${start}/P9M`, dataValueSets: null };
    default:
      return monthly(code);
  }
}

/** A month ("2023-M01", "2023-01"), should the app report monthly: "2023-01-01/P1M", "202301". */
function monthly(code: string): Dhis2Periods | null {
  const match = /^(\d{4})-M?(0[1-9]|1[0-2])$/u.exec(code);
  if (!match) return null;
  const [, year, month] = match;
  return { adx: `${year}-${month}-01/P1M`, dataValueSets: `${year}${month}` };
}

/** ADX periods: a start date, a slash, a duration in years, months or days. */
export const ADX_PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\/P[1-9]\d*[YMWD]$/u;
/** The DHIS2 period codes we write: year, six months, quarter, month. */
export const DHIS2_PERIOD_PATTERN = /^\d{4}(S[12]|Q[1-4]|0[1-9]|1[0-2])?$/u;
