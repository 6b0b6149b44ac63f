import type { CalendarDate } from '../format/dates';

/**
 * Report periods of Nghị định 09/2019/NĐ-CP: "2024" (năm), "2024-Q3" (9 tháng), "2024-H1"
 * (6 tháng), "2024-Q1" (quý I), the other quarters "2024-QII", "2024-QIII", "2024-QIV", and
 * months "2024-M07". (The codes of the first four predate the others and are kept: workbooks
 * carry them.) Figures are cut off on the 14th: a year runs from 15/12 of the previous year to
 * 14/12, a quarter from the 15th of the month before it to the 14th of its last month, a month
 * from the 15th of the month before to its 14th; the year-to-date kinds (quý I, 6 tháng, 9 tháng)
 * start with the year.
 */
export type PeriodKind = 'Q1' | 'H1' | 'Q3' | 'Y' | 'QII' | 'QIII' | 'QIV' | 'M';

export interface Period {
  year: number;
  kind: PeriodKind;
  /** For a month (kind M): 1-12. */
  month?: number;
}

const PERIOD_PATTERN = /^(\d{4})(?:-(Q1|H1|Q3|QII|QIII|QIV|M(0[1-9]|1[0-2])))?$/u;
const END_MONTH: Record<Exclude<PeriodKind, 'M'>, number> = {
  Q1: 3,
  H1: 6,
  Q3: 9,
  Y: 12,
  QII: 6,
  QIII: 9,
  QIV: 12,
};
/** The first month of a quarter that does not start with the year. */
const QUARTER_START: Partial<Record<PeriodKind, number>> = { QII: 4, QIII: 7, QIV: 10 };
const KIND_NAME: Record<PeriodKind, string> = {
  Q1: 'Quý I',
  H1: '6 tháng',
  Q3: '9 tháng',
  Y: 'Năm',
  QII: 'Quý II',
  QIII: 'Quý III',
  QIV: 'Quý IV',
  M: 'Tháng',
};

export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (match[3]) return { year, kind: 'M', month: Number(match[3]) };
  return { year, kind: (match[2] as PeriodKind | undefined) ?? 'Y' };
}

export function isPeriodCode(text: string): boolean {
  return parsePeriod(text) !== null;
}

export function periodCode(p: Period): string {
  if (p.kind === 'M') return `${p.year}-M${String(p.month ?? 1).padStart(2, '0')}`;
  return p.kind === 'Y' ? String(p.year) : `${p.year}-${p.kind}`;
}

/** "Quý I năm 2024", "6 tháng năm 2024", "9 tháng năm 2024", "Năm 2024", "Tháng 7 năm 2024". */
export function periodName(code: string): string {
  const p = parsePeriod(code);
  if (!p) return code;
  if (p.kind === 'M') return `Tháng ${p.month} năm ${p.year}`;
  return p.kind === 'Y' ? `Năm ${p.year}` : `${KIND_NAME[p.kind]} năm ${p.year}`;
}

/** Short name for lists: "Quý I", "6 tháng", "9 tháng", "Năm", "Tháng". */
export function periodKindName(kind: PeriodKind): string {
  return KIND_NAME[kind];
}

/** The first day whose figures count: the 15th of the month before the period begins. */
export function periodStart(code: string): CalendarDate | null {
  const p = parsePeriod(code);
  if (!p) return null;
  const first = p.kind === 'M' ? p.month! : (QUARTER_START[p.kind] ?? 1);
  return first === 1 ? { year: p.year - 1, month: 12, day: 15 } : { year: p.year, month: first - 1, day: 15 };
}

/** The last day whose figures count: the 14th of the period's last month. */
export function periodEnd(code: string): CalendarDate | null {
  const p = parsePeriod(code);
  if (!p) return null;
  return { year: p.year, month: p.kind === 'M' ? p.month! : END_MONTH[p.kind], day: 14 };
}

/**
 * What a form is reported for ("Kỳ báo cáo" of a package): "Quý I" the first quarter only (the
 * built-in form), "Quý" every quarter, "Tháng" every month.
 */
export type PeriodChoiceKind = 'Y' | 'Q3' | 'H1' | 'Q1' | 'Q' | 'M';
export const DEFAULT_PERIOD_KINDS: readonly PeriodChoiceKind[] = ['Y', 'Q3', 'H1', 'Q1'];

/** "Năm; 9 tháng; 6 tháng; Quý" -> the kinds; null when a word is not one of them. */
export function periodKindsOf(text: string): PeriodChoiceKind[] | null {
  const words = text
    .split(/[;,]/u)
    .map((w) => w.trim().toLocaleLowerCase('vi'))
    .filter(Boolean);
  const byWord: Record<string, PeriodChoiceKind> = {
    năm: 'Y',
    '9 tháng': 'Q3',
    '6 tháng': 'H1',
    'quý i': 'Q1',
    quý: 'Q',
    tháng: 'M',
  };
  const kinds: PeriodChoiceKind[] = [];
  for (const w of words) {
    const kind = byWord[w];
    if (!kind) return null;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds.length ? kinds : null;
}

/**
 * The periods offered in the picker: each kind of the given years, newest first (a year, then
 * its 9 months, 6 months, quarters from the last, months from the last).
 */
export function periodChoices(
  years: number[],
  kinds: readonly PeriodChoiceKind[] = DEFAULT_PERIOD_KINDS,
): string[] {
  return [...years]
    .sort((a, b) => b - a)
    .flatMap((year) =>
      kinds.flatMap((kind): string[] => {
        if (kind === 'Q')
          return (['QIV', 'QIII', 'QII', 'Q1'] as const).map((k) => periodCode({ year, kind: k }));
        if (kind === 'M')
          return Array.from({ length: 12 }, (_, i) => periodCode({ year, kind: 'M', month: 12 - i }));
        return [periodCode({ year, kind })];
      }),
    );
}

/**
 * Among the periods offered, the one that ended last by `today` (the first listed on a tie: the
 * year before its quarter IV); the oldest offered when none has ended.
 */
export function lastEndedOf(choices: readonly string[], today: CalendarDate): string | undefined {
  const key = (d: CalendarDate) => d.year * 10_000 + d.month * 100 + d.day;
  const now = key(today);
  let best: { code: string; end: number } | undefined;
  for (const code of choices) {
    const end = key(periodEnd(code)!);
    if (end <= now && (!best || end > best.end)) best = { code, end };
  }
  return best?.code ?? choices.at(-1);
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
