/**
 * Thousands separators while a count is typed: "27630" shows as "27.630" and the caret stays after
 * the same digit. Text that is not the app's own grouping is left exactly as typed, so "2.76" or
 * "27,630" reach the parser and are refused with a message instead of being silently "fixed".
 */

const PLAIN = /^\d*$/u;
const GROUPED = /^\d{1,3}(\.\d{3})+$/u;
const MAX_DIGITS = 15;

const dotCount = (s: string) => s.split('.').length - 1;
const digitsOnly = (s: string) => s.replace(/\./gu, '');
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');

export interface TypedCount {
  text: string;
  caret: number;
}

/** Regroups `typed` (the box's new text) given its text before the keystroke and the caret. */
export function regroupWhileTyping(previous: string, typed: string, caret: number): TypedCount {
  const untouched = { text: typed, caret };
  if (!/^[\d.]*$/u.test(typed)) return untouched;
  // A dot the person typed or pasted is theirs: keep it and let the parser judge it, but take out
  // the grouping dots the box added itself, so "1684.5" stays "1684.5" (not "1.684.5") and the
  // error quotes what was typed.
  if (dotCount(typed) > dotCount(previous)) {
    if (!GROUPED.test(previous)) return untouched;
    let start = 0;
    while (start < previous.length && previous[start] === typed[start]) start++;
    let end = 0;
    while (
      end < previous.length - start &&
      previous[previous.length - 1 - end] === typed[typed.length - 1 - end]
    ) {
      end++;
    }
    const head = digitsOnly(previous.slice(0, start));
    const inserted = typed.slice(start, typed.length - end);
    return {
      text: head + inserted + digitsOnly(previous.slice(previous.length - end)),
      caret: head.length + inserted.length,
    };
  }
  // Dots already typed by hand that are not a valid grouping stay too ("2.7" → "2.76").
  if (!(PLAIN.test(previous) || GROUPED.test(previous))) return untouched;

  let digits = digitsOnly(typed);
  let before = digitsOnly(typed.slice(0, caret)).length;
  // Backspace over a grouping dot deletes the digit before it, as in a spreadsheet.
  if (
    typed.length === previous.length - 1 &&
    dotCount(typed) === dotCount(previous) - 1 &&
    digits === digitsOnly(previous) &&
    before > 0
  ) {
    digits = digits.slice(0, before - 1) + digits.slice(before);
    before -= 1;
  }
  const leadingZeros = /^0+(?=\d)/u.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(leadingZeros);
  before = Math.max(0, before - leadingZeros);
  // Too long to be a count: shown as plain digits, so the error says "quá lớn", not "dấu chấm".
  if (digits.length > MAX_DIGITS) return { text: digits, caret: before };

  const text = group(digits);
  let position = 0;
  let seen = 0;
  while (position < text.length && seen < before) {
    if (text[position] !== '.') seen++;
    position++;
  }
  return { text, caret: position };
}
