import { describe, expect, it } from 'vitest';
import {
  likelyCurrentPeriod,
  parsePeriod,
  periodChoices,
  periodEnd,
  periodName,
} from '../../shared/domain/periods';

describe('periods', () => {
  it.each([
    ['2024-Q1', 'Quý I năm 2024', '2024-03-14'],
    ['2024-H1', '6 tháng năm 2024', '2024-06-14'],
    ['2024-Q3', '9 tháng năm 2024', '2024-09-14'],
    ['2024', 'Năm 2024', '2024-12-14'],
  ])('%s is "%s", ending %s', (code, name, end) => {
    expect(periodName(code)).toBe(name);
    const e = periodEnd(code)!;
    expect(`${e.year}-${String(e.month).padStart(2, '0')}-${e.day}`).toBe(end);
  });

  it.each(['2024-Q2', '24', '2024-q1', '', '1999', '2024-H1 '.repeat(2)])('refuses %j', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });

  it('offers every kind of each year, newest first', () => {
    expect(periodChoices([2023, 2024]).slice(0, 5)).toEqual([
      '2024',
      '2024-Q3',
      '2024-H1',
      '2024-Q1',
      '2023',
    ]);
  });

  it('proposes the last period that has ended', () => {
    expect(likelyCurrentPeriod({ year: 2024, month: 3, day: 20 })).toBe('2024-Q1');
    expect(likelyCurrentPeriod({ year: 2024, month: 12, day: 20 })).toBe('2024');
    expect(likelyCurrentPeriod({ year: 2025, month: 1, day: 10 })).toBe('2024');
    expect(likelyCurrentPeriod({ year: 2024, month: 7, day: 1 })).toBe('2024-H1');
  });
});
