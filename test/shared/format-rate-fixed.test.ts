import { describe, expect, it } from 'vitest';
import { formatRateFixed } from '../../shared/format/numbers';

describe('rates as the workbooks print them', () => {
  it('always shows two decimals with a decimal comma', () => {
    expect(formatRateFixed(98.1)).toBe('98,10%');
    expect(formatRateFixed(98.55)).toBe('98,55%');
    expect(formatRateFixed(100)).toBe('100,00%');
    expect(formatRateFixed(0)).toBe('0,00%');
    expect(formatRateFixed(null)).toBe('không phát sinh');
  });
});
