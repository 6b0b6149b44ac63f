import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from '../../shared/format/dates';
import { formatCount, formatPercent, formatRate, parseCount, ratePercent } from '../../shared/format/numbers';
import { looseKey, nfc, withoutDiacritics } from '../../shared/format/text';

describe('counts', () => {
  it.each([
    ['27630', 27630],
    ['27.630', 27630],
    [' 1.234.567 ', 1234567],
    ['27 630', 27630],
    ['1\u00a0234\u00a0567', 1234567],
    ['0', 0],
    ['', null],
  ])('accepts %j as %j', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    '27,630',
    '2.76',
    'abc',
    '-5',
    '1e9',
    '1.2345',
    '12.34.567',
    '1 000x',
    '∞',
    '16 84',
    '1 2',
    '27 63',
  ])('refuses %j with a message', (text) => {
    const result = parseCount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(text.trim());
  });

  it('names a space inside a number instead of joining the digits', () => {
    const result = parseCount('16 84');
    expect(!result.ok && result.message).toMatch(/khoảng trắng/u);
  });

  it('says what to do for a comma', () => {
    const result = parseCount('27,630');
    expect(!result.ok && result.message).toMatch(/27\.630/);
  });

  it('refuses absurd sizes', () => {
    expect(parseCount('1.000.000.000.000.000').ok).toBe(false);
  });

  it('formats with dots for thousands', () => {
    expect(formatCount(27630)).toBe('27.630');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(97)).toBe('97');
  });
});

describe('rates', () => {
  it.each([
    [15121, 24378, 62.03, '62,03%'],
    [27282, 27630, 98.74, '98,74%'],
    [16067, 55633, 28.88, '28,88%'],
    [27048, 27630, 97.89, '97,89%'],
    [2, 2, 100, '100%'],
    [1, 8, 12.5, '12,5%'],
  ])('%i / %i = %s', (n, d, percent, text) => {
    expect(ratePercent(n, d)).toBe(percent);
    expect(formatRate(ratePercent(n, d))).toBe(text);
  });

  it('rounds halves up', () => {
    // 1/800 = 0.125% exactly: half-up gives 0,13 where banker's rounding would give 0,12.
    expect(ratePercent(1, 800)).toBe(0.13);
    expect(ratePercent(5, 400000)).toBe(0);
  });

  it('says "không phát sinh" when nothing is counted', () => {
    expect(ratePercent(0, 0)).toBeNull();
    expect(formatRate(null)).toBe('không phát sinh');
  });

  it('formats percentages the Vietnamese way', () => {
    expect(formatPercent(1234.5)).toBe('1.234,5%');
  });
});

describe('dates', () => {
  it('reads and writes dd/mm/yyyy', () => {
    expect(parseDate('05/04/2022')).toEqual({ ok: true, value: { day: 5, month: 4, year: 2022 } });
    expect(parseDate('5/4/2022')).toEqual({ ok: true, value: { day: 5, month: 4, year: 2022 } });
    expect(formatDate({ day: 5, month: 4, year: 2022 })).toBe('05/04/2022');
  });
  it.each(['31/02/2023', '2023-04-05', '12/13/2023', 'hôm qua'])('refuses %j', (text) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
  });
});

describe('text', () => {
  it('normalises to NFC', () => {
    const decomposed = 'Thông Bình'.normalize('NFD');
    expect(decomposed).not.toBe('Thông Bình');
    expect(nfc(decomposed)).toBe('Thông Bình');
  });
  it('compares names ignoring case and spaces', () => {
    expect(looseKey('Ngày  Thứ Sáu không hẹn')).toBe(looseKey('ngày thứ sáu KHÔNG HẸN'.normalize('NFD')));
  });
  it('drops diacritics for file names', () => {
    expect(withoutDiacritics('xã Tân Hộ Cơ')).toBe('xa Tan Ho Co');
    expect(withoutDiacritics('Đồng Tháp')).toBe('Dong Thap');
  });
});
