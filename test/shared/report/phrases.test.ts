import { describe, expect, it } from 'vitest';
import {
  comparison,
  countText,
  fraction,
  localityOf,
  placeAndDate,
  previousPeriodOf,
  quantity,
  reachedRate,
} from '../../../shared/report/phrases';

describe('figure phrases in the style of report 114/BC-UBND', () => {
  it('groups thousands with dots and gives 1 to 9 a leading zero', () => {
    expect(quantity(27_630, 'hồ sơ')).toBe('27.630 hồ sơ');
    expect(quantity(2, 'PAKN')).toBe('02 PAKN');
    expect(countText(0)).toBe('0');
    expect(countText(10)).toBe('10');
    expect(countText(1_234_567_890)).toBe('1.234.567.890');
    expect(fraction(16_067, 55_633)).toBe('16.067/55.633');
  });

  it('writes rates with a comma and without trailing zeros, or "không phát sinh"', () => {
    expect(reachedRate(98.74)).toBe('đạt tỷ lệ 98,74%');
    expect(reachedRate(100)).toBe('đạt tỷ lệ 100%');
    expect(reachedRate(74.2)).toBe('đạt tỷ lệ 74,2%');
    expect(reachedRate(null)).toBe('không phát sinh');
  });

  it('compares with the previous period: up, down, equal, from nothing', () => {
    expect(comparison(16_284, 15_050, 'hồ sơ', '2022')).toBe('tăng 1.234 hồ sơ (8,2%) so với năm 2022');
    expect(comparison(35, 40, 'cuộc', '2022')).toBe('giảm 05 cuộc (12,5%) so với năm 2022');
    expect(comparison(7, 7, 'cuộc', '2022')).toBe('bằng năm 2022');
    expect(comparison(3, 0, 'mô hình', '2022')).toBe('tăng 03 mô hình so với năm 2022');
    expect(comparison(120, 100, 'hồ sơ', '2022-H1')).toBe('tăng 20 hồ sơ (20%) so với cùng kỳ năm 2022');
  });

  it('takes the same kind of period a year earlier', () => {
    expect(previousPeriodOf('2023')).toBe('2022');
    expect(previousPeriodOf('2024-Q1')).toBe('2023-Q1');
    expect(previousPeriodOf('không phải kỳ')).toBeNull();
  });

  it('writes the place and date as Nghị định 30 does: day < 10 and months 01-02 padded', () => {
    expect(placeAndDate('Tân Hồng', { year: 2024, month: 3, day: 25 })).toBe(
      'Tân Hồng, ngày 25 tháng 3 năm 2024',
    );
    expect(placeAndDate('Thông Bình', { year: 2024, month: 1, day: 5 })).toBe(
      'Thông Bình, ngày 05 tháng 01 năm 2024',
    );
    expect(placeAndDate('Sa Rài', { year: 2024, month: 12, day: 9 })).toBe(
      'Sa Rài, ngày 09 tháng 12 năm 2024',
    );
  });
});

describe('the issuing body inside a sentence', () => {
  it('drops "UBND" and writes the kind of unit in lower case, as an official text does', () => {
    expect(localityOf('UBND huyện Tân Hồng')).toBe('huyện Tân Hồng');
    expect(localityOf('Phường Ba Đình')).toBe('phường Ba Đình');
    expect(localityOf('Thị Xã Bỉm Sơn')).toBe('thị xã Bỉm Sơn');
    expect(localityOf('Thành phố Hà Nội')).toBe('thành phố Hà Nội');
    expect(localityOf('xã Thông Bình')).toBe('xã Thông Bình');
    // a place name that merely starts like a kind of unit is left alone
    expect(localityOf('Xã Tân Thành')).toBe('xã Tân Thành');
    expect(localityOf('Phường')).toBe('Phường');
  });
});
