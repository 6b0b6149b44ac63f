import { describe, expect, it } from 'vitest';
import { splitForRows } from '../../../electron/workbook/long-text';
import { rowHeightFor, MAX_ROW_HEIGHT } from '../../../electron/workbook/row-height';

describe('long texts split over rows', () => {
  it('keeps a short text whole', () => {
    expect(splitForRows('Hạ tầng còn thiếu.', 70)).toEqual(['Hạ tầng còn thiếu.']);
    expect(splitForRows('', 70)).toEqual(['']);
  });

  it('splits 4.000 characters at word boundaries into rows that each fit under 409 pt, losing nothing', () => {
    const text =
      Array.from({ length: 700 }, (_, i) => `từ${i}`).join(' ') + '\nĐoạn hai: kiến nghị cuối cùng.';
    expect(text.length).toBeGreaterThan(3_000);
    const pieces = splitForRows(text, 70);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(rowHeightFor([{ text: p, width: 70 }])).toBeLessThan(MAX_ROW_HEIGHT);
    expect(pieces.join(' ').replace(/\s+/gu, ' ')).toBe(text.replace(/\s+/gu, ' '));
    expect(pieces.every((p) => !/^\s|\s$/u.test(p))).toBe(true);
  });
});
