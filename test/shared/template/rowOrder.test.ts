import { describe, expect, it } from 'vitest';
import { CURRENT_TEMPLATE, displayOrder, indicatorSections } from '../../../shared/template';

describe('order of the rows of an indicator table', () => {
  const [a, , d] = indicatorSections(CURRENT_TEMPLATE);

  it('puts each rate right after the last figure it is computed from', () => {
    const codes = displayOrder(a!).map((i) => i.code);
    const after = (rate: string) => codes[codes.indexOf(rate) - 1];
    expect(after('R01')).toBe('A07');
    expect(codes.slice(codes.indexOf('A11'), codes.indexOf('A11') + 3)).toEqual(['A11', 'R02', 'R03']);
    expect(after('R04')).toBe('A16');
    expect(after('R05')).toBe('A18');
    expect(after('R06')).toBe('A20');
    expect(codes.at(-1)).toBe('R07');
    expect(
      displayOrder(d!)
        .map((i) => i.code)
        .slice(-4),
    ).toEqual(['D07', 'R08', 'D08', 'D09']);
  });

  it('keeps every indicator exactly once', () => {
    for (const section of indicatorSections(CURRENT_TEMPLATE)) {
      expect(
        displayOrder(section)
          .map((i) => i.code)
          .sort(),
      ).toEqual(section.indicators.map((i) => i.code).sort());
    }
  });
});
