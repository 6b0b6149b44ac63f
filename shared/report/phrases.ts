import { parsePeriod, periodCode, periodName } from '../domain/periods';
import type { CalendarDate } from '../format/dates';
import { formatCount, formatPercent, formatRate } from '../format/numbers';
import { reportText as T } from '../i18n/vi/report';

/**
 * The figures of the Word report written the way report 114/BC-UBND writes them: "27.630 hồ sơ",
 * "đạt tỷ lệ 98,74%", "02 PAKN", "tăng 1.234 hồ sơ (8,2%) so với năm 2022". Pure functions.
 */

/** 27630 → "27.630"; 1 to 9 get a leading zero ("02"), as administrative texts write them. */
export function countText(n: number): string {
  return n > 0 && n < 10 ? `0${n}` : formatCount(n);
}

/** "27.630 hồ sơ". */
export function quantity(n: number, noun: string): string {
  return `${countText(n)} ${noun}`;
}

/** "27.048/27.630". */
export function fraction(numerator: number, denominator: number): string {
  return `${countText(numerator)}/${countText(denominator)}`;
}

/** "đạt tỷ lệ 98,74%"; "không phát sinh" where there is nothing to divide by. */
export function reachedRate(percent: number | null): string {
  return percent === null ? T.notApplicable : T.reachedRate(formatPercent(percent));
}

/**
 * A rate in a sentence: "98,74%" ("đạt tỷ lệ 98,74%" when `reached`); "không phát sinh" for a 0
 * denominator; "chưa tính được" when the rate is not known (a count it needs is blank).
 */
export function rateWords(rate: { percent: number | null } | undefined, reached = false): string {
  if (rate === undefined) return reached ? T.reachedRateNotComputed : T.rateNotComputed;
  return reached ? reachedRate(rate.percent) : formatRate(rate.percent);
}

/** "năm 2022" for a year; "cùng kỳ năm 2022" for a part of one. */
export function previousPeriodLabel(previous: string): string {
  const p = parsePeriod(previous);
  if (!p) return previous;
  return p.kind === 'Y' ? T.yearLabel(p.year) : T.sameTimeLabel(p.year);
}

/** The same kind of period one year earlier: 2023 → 2022, 2023-H1 → 2022-H1. */
export function previousPeriodOf(code: string): string | null {
  const p = parsePeriod(code);
  return p ? periodCode({ ...p, year: p.year - 1 }) : null;
}

/** "năm 2023", "6 tháng năm 2023", "quý I năm 2024": the period inside a sentence. */
export function periodInSentence(code: string): string {
  const name = periodName(code);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/**
 * "tăng 1.234 hồ sơ (8,2%) so với năm 2022", "giảm 05 cuộc (12,5%) so với năm 2022",
 * "bằng năm 2022"; without a percentage when the previous figure was 0.
 */
export function comparison(current: number, previous: number, noun: string, previousPeriod: string): string {
  const label = previousPeriodLabel(previousPeriod);
  const diff = current - previous;
  if (diff === 0) return T.same(label);
  const amount = quantity(Math.abs(diff), noun);
  const share = previous > 0 ? formatPercent(Math.round((Math.abs(diff) * 1000) / previous) / 10) : null;
  return diff > 0 ? T.up(amount, share, label) : T.down(amount, share, label);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "Tân Hồng, ngày 25 tháng 3 năm 2024": Nghị định 30 pads days below 10 and the months 01 and 02
 * only (so "tháng 3" but "tháng 01").
 */
export function placeAndDate(place: string, d: CalendarDate): string {
  const month = d.month <= 2 ? pad2(d.month) : String(d.month);
  return T.placeDate(place, pad2(d.day), month, String(d.year));
}

const BODY_PREFIX = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu;

// The catalogue capitalises the kind of unit ("Phường Ba Đình", "Thị Xã Bỉm Sơn"); inside a
// sentence an official text writes it in lower case ("Ủy ban nhân dân phường Ba Đình").
const UNIT_KIND = /^(xã|phường|thị trấn|thị xã|đặc khu|huyện|quận|thành phố|tỉnh)(?=\s)/iu;

/** "UBND huyện Tân Hồng" → "huyện Tân Hồng"; "Phường Ba Đình" → "phường Ba Đình". */
export function localityOf(unitName: string): string {
  return unitName
    .trim()
    .replace(BODY_PREFIX, '')
    .replace(UNIT_KIND, (kind) => kind.toLocaleLowerCase('vi'));
}
