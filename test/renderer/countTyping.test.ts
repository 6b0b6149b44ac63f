import { describe, expect, it } from 'vitest';
import { regroupWhileTyping } from '../../renderer/src/form/countTyping';
import { parseCount } from '../../shared/format/numbers';

/** Types `keys` one by one at the end of the box, as a person would. */
function typeAtEnd(keys: string): string {
  let text = '';
  for (const key of keys) text = regroupWhileTyping(text, text + key, text.length + 1).text;
  return text;
}

describe('thousands separators while typing', () => {
  it('groups digits as they are typed', () => {
    expect(typeAtEnd('27630')).toBe('27.630');
    expect(typeAtEnd('1234567')).toBe('1.234.567');
    expect(typeAtEnd('0')).toBe('0');
  });

  it('keeps "27,630" and "2.76" as typed so the parser refuses them', () => {
    expect(typeAtEnd('27,630')).toBe('27,630');
    expect(typeAtEnd('2.76')).toBe('2.76');
    expect(parseCount(typeAtEnd('2.76')).ok).toBe(false);
  });

  it('accepts a grouping typed by hand', () => {
    expect(typeAtEnd('27.630')).toBe('27.630');
    expect(parseCount(typeAtEnd('27.630'))).toEqual({ ok: true, value: 27630 });
  });

  it('keeps the caret after the same digit when typing in the middle', () => {
    // "27.630" with the caret after "27.6": type "1" → "276.130", caret after "276.1".
    const result = regroupWhileTyping('27.630', '27.6130', 5);
    expect(result).toEqual({ text: '276.130', caret: 5 });
  });

  it('deleting a digit regroups', () => {
    // Backspace after "27.63" in "27.630" → "27.60" → "2.760", caret after "2.76".
    expect(regroupWhileTyping('27.630', '27.60', 4)).toEqual({ text: '2.760', caret: 4 });
  });

  it('backspace over a grouping dot deletes the digit before it', () => {
    // "27.630", caret after the dot, backspace removes the dot: "27630" with caret at 2.
    expect(regroupWhileTyping('27.630', '27630', 2)).toEqual({ text: '2.630', caret: 1 });
  });

  it('drops leading zeros and handles pasting a plain number', () => {
    expect(regroupWhileTyping('', '0027630', 7)).toEqual({ text: '27.630', caret: 6 });
  });

  it('leaves an emptied box empty', () => {
    expect(regroupWhileTyping('5', '', 0)).toEqual({ text: '', caret: 0 });
  });

  it('a dot typed after a grouped number keeps what was typed: "1684.5", never "1.684.5"', () => {
    expect(typeAtEnd('1684.5')).toBe('1684.5');
    const parsed = parseCount(typeAtEnd('1684.5'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^"1684\.5" /u);
    // A dot typed in the middle of "27.630" (caret after "276"): "2763.0", caret after the dot.
    expect(regroupWhileTyping('27.630', '27.6.30', 5)).toEqual({ text: '276.30', caret: 4 });
  });

  it('a 16th digit: plain digits and "quá lớn", never dots the clerk did not type', () => {
    const typed = typeAtEnd('1234567890123456');
    expect(typed).toBe('1234567890123456');
    const parsed = parseCount(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toBe(
        '"1234567890123456" quá lớn so với một số liệu báo cáo. Kiểm tra lại số đã nhập.',
      );
    // Deleting it back to 15 digits groups again.
    expect(regroupWhileTyping(typed, typed.slice(0, -1), 15).text).toBe('123.456.789.012.345');
  });
});
