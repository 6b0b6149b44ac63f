import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRateFixed, rateFraction, ratePercent } from '../../shared/format/numbers';

describe('rates as the workbooks print them', () => {
  it('always shows two decimals with a decimal comma', () => {
    expect(formatRateFixed(98.1)).toBe('98,10%');
    expect(formatRateFixed(98.55)).toBe('98,55%');
    expect(formatRateFixed(100)).toBe('100,00%');
    expect(formatRateFixed(0)).toBe('0,00%');
    expect(formatRateFixed(null)).toBe('không phát sinh');
  });

  it('keeps beside the text the same rate as a number: 98,74% is 0.9874, none where nothing arises', () => {
    expect(rateFraction(ratePercent(27_282, 27_630))).toBe(0.9874);
    expect(rateFraction(100)).toBe(1);
    expect(rateFraction(null)).toBeNull();
    // The number is the text's rate to the digit, for any counts up to 100% (fast-check prints its seed on failure).
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999_999 }).chain((d) => fc.tuple(fc.nat(d), fc.constant(d))),
        ([n, d]) => {
          const percent = ratePercent(n, d)!;
          const text = formatRateFixed(percent).replace(/\./gu, '').replace(',', '.').replace('%', '');
          expect(rateFraction(percent)).toBeCloseTo(Number(text) / 100, 12);
          expect(rateFraction(percent)).toBe(
            Number((BigInt(n) * 20000n + BigInt(d)) / (2n * BigInt(d))) / 10000,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
