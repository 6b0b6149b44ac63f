import { formatMessages } from '../i18n/vi/format';
import { nfc } from './text';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Counts larger than this are a typing or file error, never a real figure. */
export const MAX_COUNT = 999_999_999_999;

const PLAIN_DIGITS = /^\d+$/u;
const GROUPED_DIGITS = /^\d{1,3}(\.\d{3})+$/u;

/**
 * Parses a count typed the Vietnamese way: "27630" or "27.630". Anything that could be read two
 * ways ("27,630", "2.76") is refused rather than guessed. Empty text is "not filled in" (null).
 */
const SPACE_GROUPED = /^\d{1,3}([\s\u00a0]\d{3})+$/u;

export function parseCount(input: string): ParseResult<number | null> {
  const trimmed = nfc(input).trim();
  // "27 630" groups thousands with a space; "16 84" is two numbers or a slip, never 1684.
  if (/\d[\s\u00a0]+\d/u.test(trimmed) && !SPACE_GROUPED.test(trimmed)) {
    return { ok: false, message: formatMessages.countSpace(input.trim()) };
  }
  const text = trimmed.replace(/[\s\u00a0]/gu, '');
  if (text === '') return { ok: true, value: null };
  if (PLAIN_DIGITS.test(text) || GROUPED_DIGITS.test(text)) {
    const value = Number(text.replace(/\./gu, ''));
    if (!Number.isSafeInteger(value) || value > MAX_COUNT) {
      return { ok: false, message: formatMessages.countTooLarge(input.trim()) };
    }
    return { ok: true, value };
  }
  const shown = input.trim();
  if (/^-\s*[\d.]+$/u.test(text)) return { ok: false, message: formatMessages.countNegative(shown) };
  if (/^[\d.,]+$/u.test(text) && text.includes(',')) {
    return { ok: false, message: formatMessages.countComma(shown) };
  }
  if (/^[\d.]+$/u.test(text)) return { ok: false, message: formatMessages.countDecimal(shown) };
  return { ok: false, message: formatMessages.countNotNumber(shown) };
}

/** 27630 → "27.630". */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
}

/** 98.74 → "98,74%"; 100 → "100%"; 74.2 → "74,2%" (as the seed writes it: no trailing zeros). */
export function formatPercent(percent: number): string {
  const fixed = percent.toFixed(2).replace(/\.?0+$/u, '');
  const [whole, decimals] = fixed.split('.');
  return formatCount(Number(whole)) + (decimals ? ',' + decimals : '') + '%';
}

/**
 * A rate as a percentage rounded half-up to two decimals, computed in integers so that
 * 15.121 / 24.378 gives exactly 62,03 and never 62,02 through floating-point drift.
 * Returns null where the denominator is 0 ("không phát sinh").
 */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  const n = BigInt(Math.trunc(numerator));
  const d = BigInt(Math.trunc(denominator));
  const hundredths = (n * 20000n + d) / (2n * d); // round(n * 10000 / d), halves up
  return Number(hundredths) / 100;
}

/**
 * A rate as printed in the workbooks: always two decimals ("98,10%" beside "98,55%", "100,00%"),
 * so a column of rates lines up and reads alike; "không phát sinh" where it does not arise.
 */
export function formatRateFixed(percent: number | null): string {
  if (percent === null) return formatMessages.rateNotApplicable;
  const [whole, decimals] = percent.toFixed(2).split('.');
  return `${formatCount(Number(whole))},${decimals}%`;
}

/**
 * A rate as the fraction a spreadsheet computes with (98,74 → 0.9874), beside its text in the
 * workbooks; null where it does not arise. Rounded as the text is, so the two always agree.
 */
export function rateFraction(percent: number | null): number | null {
  return percent === null ? null : Math.round(percent * 100) / 10000;
}

/** The text a rate is shown with: "62,03%" or "không phát sinh". */
export function formatRate(percent: number | null): string {
  return percent === null ? formatMessages.rateNotApplicable : formatPercent(percent);
}

/** Re-groups digits while a count is being typed ("27630" → "27.630"); leaves other text alone. */
export function regroupCountInput(input: string): string {
  const parsed = parseCount(input);
  return parsed.ok && parsed.value !== null ? formatCount(parsed.value) : input;
}
