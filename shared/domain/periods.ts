import type { CalendarDate } from '../format/dates';

/**
 * Report periods: "2024-Q1" (quý I), "2024-H1" (6 tháng), "2024-Q3" (9 tháng), "2024" (năm).
 * Ministry guidance counts a reporting year from 15/12 of the previous year to 14/12, so each
 * period ends on the 14th of its last month.
 */
export type PeriodKind = 'Q1' | 'H1' | 'Q3' | 'Y';

export interface Period {
  year: number;
  kind: PeriodKind;
}

const PERIOD_PATTERN = /^(\d{4})(?:-(Q1|H1|Q3))?$/u;
const END_MONTH: Record<PeriodKind, number> = { Q1: 3, H1: 6, Q3: 9, Y: 12 };
const KIND_NAME: Record<PeriodKind, string> = {
  Q1: 'Quý I',
  H1: '6 tháng',
  Q3: '9 tháng',
  Y: 'Năm',
};

export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  return { year, kind: (match[2] as PeriodKind | undefined) ?? 'Y' };
}

export function isPeriodCode(text: string): boolean {
  return parsePeriod(text) !== null;
}

export function periodCode(p: Period): string {
  return p.kind === 'Y' ? String(p.year) : `${p.year}-${p.kind}`;
}

/** "Quý I năm 2024", "6 tháng năm 2024", "9 tháng năm 2024", "Năm 2024". */
export function periodName(code: string): string {
  const p = parsePeriod(code);
  if (!p) return code;
  return p.kind === 'Y' ? `Năm ${p.year}` : `${KIND_NAME[p.kind]} năm ${p.year}`;
}

/** Short name for lists: "Quý I", "6 tháng", "9 tháng", "Năm". */
export function periodKindName(kind: PeriodKind): string {
  return KIND_NAME[kind];
}

export function periodStart(code: string): CalendarDate | null {
  const p = parsePeriod(code);
  return p ? { year: p.year - 1, month: 12, day: 15 } : null;
}

export function periodEnd(code: string): CalendarDate | null {
  const p = parsePeriod(code);
  return p ? { year: p.year, month: END_MONTH[p.kind], day: 14 } : null;
}

/** The periods offered in the picker: every kind of the given years, newest first. */
export function periodChoices(years: number[]): string[] {
  const kinds: PeriodKind[] = ['Y', 'Q3', 'H1', 'Q1'];
  return [...years].sort((a, b) => b - a).flatMap((year) => kinds.map((kind) => periodCode({ year, kind })));
}

/** The period a clerk most likely reports now: the last one that has ended. */
export function likelyCurrentPeriod(today: CalendarDate): string {
  const { year, month, day } = today;
  const endedKinds = (['Y', 'Q3', 'H1', 'Q1'] as const).filter(
    (kind) => month > END_MONTH[kind] || (month === END_MONTH[kind] && day >= 14),
  );
  const kind = endedKinds[0];
  return kind ? periodCode({ year, kind }) : String(year - 1);
}
