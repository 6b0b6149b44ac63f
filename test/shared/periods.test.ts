import { describe, expect, it } from 'vitest';
import { periodCutOff } from '../../shared/domain/period-cutoff';
import {
  lastEndedOf,
  likelyCurrentPeriod,
  parsePeriod,
  periodChoices,
  periodEnd,
  periodKindsOf,
  periodName,
  periodStart,
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

  it.each(['2024-Q2', '2024-M1', '24', '2024-q1', '', '1999', '2024-H1 '.repeat(2)])('refuses %j', (code) => {
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

describe('periods of Nghị định 09/2019', () => {
  const day = (d: { year: number; month: number; day: number } | null) =>
    d && `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
  it.each([
    ['2024', 'Năm 2024', '15/12/2023', '14/12/2024'],
    ['2024-Q3', '9 tháng năm 2024', '15/12/2023', '14/09/2024'],
    ['2024-H1', '6 tháng năm 2024', '15/12/2023', '14/06/2024'],
    ['2024-Q1', 'Quý I năm 2024', '15/12/2023', '14/03/2024'],
    ['2024-QII', 'Quý II năm 2024', '15/03/2024', '14/06/2024'],
    ['2024-QIII', 'Quý III năm 2024', '15/06/2024', '14/09/2024'],
    ['2024-QIV', 'Quý IV năm 2024', '15/09/2024', '14/12/2024'],
    ['2024-M01', 'Tháng 1 năm 2024', '15/12/2023', '14/01/2024'],
    ['2024-M07', 'Tháng 7 năm 2024', '15/06/2024', '14/07/2024'],
  ])('%s is "%s", from %s to %s', (code, name, start, end) => {
    expect(periodName(code)).toBe(name);
    expect(day(periodStart(code))).toBe(start);
    expect(day(periodEnd(code))).toBe(end);
    expect(periodCutOff(code)).toBe(`Số liệu tính từ ngày ${start} đến ngày ${end}`);
  });

  it.each(['2024-M00', '2024-M13', '2024-M7', '2024-QV', '2024-Q4'])('refuses %j', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });

  it('reads "Kỳ báo cáo" of a package, and offers its periods', () => {
    expect(periodKindsOf('Năm; 9 tháng; 6 tháng; Quý I')).toEqual(['Y', 'Q3', 'H1', 'Q1']);
    expect(periodKindsOf('Quý, tháng')).toEqual(['Q', 'M']);
    expect(periodKindsOf('Năm; hằng tuần')).toBeNull();
    expect(periodChoices([2024], ['Q'])).toEqual(['2024-QIV', '2024-QIII', '2024-QII', '2024-Q1']);
    expect(periodChoices([2024], ['M'])).toHaveLength(12);
    expect(periodChoices([2024], ['M'])[0]).toBe('2024-M12');
    // A form reported monthly: on 20/7 the last ended month is July (cut off on the 14th).
    expect(lastEndedOf(periodChoices([2024], ['M']), { year: 2024, month: 7, day: 20 })).toBe('2024-M07');
    expect(lastEndedOf(periodChoices([2024], ['Q']), { year: 2024, month: 7, day: 20 })).toBe('2024-QII');
  });
});
