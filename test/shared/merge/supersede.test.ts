import { describe, expect, it } from 'vitest';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { supersedeDecision } from '../../../shared/merge/supersede';

const data = (a01: number, modelId = 'm1'): ReportData => ({
  ...emptyReportData(),
  counts: { A01: a01 },
  models: [{ id: modelId, values: { B01: 'Một cửa điện tử' } }],
});

describe('supersede decision', () => {
  it('the first file of a unit becomes current', () => {
    expect(supersedeDecision({ revision: 1, data: data(5) }, undefined)).toBe('current');
  });

  it('a lower revision is older; a higher one replaces, whatever its content', () => {
    const current = { revision: 3, data: data(5) };
    expect(supersedeDecision({ revision: 2, data: data(9) }, current)).toBe('older');
    expect(supersedeDecision({ revision: 4, data: data(5) }, current)).toBe('replaced');
  });

  it('the same revision: same content is a duplicate (model row ids aside), other content replaces', () => {
    const current = { revision: 2, data: data(5, 'm1') };
    expect(supersedeDecision({ revision: 2, data: data(5, 'dong-7') }, current)).toBe('same-content');
    expect(supersedeDecision({ revision: 2, data: data(6) }, current)).toBe('replaced');
  });

  it('a hand-filled workbook (no revision) counts as received and any exported revision supersedes it', () => {
    const handFilled = { revision: null, data: data(5) };
    expect(supersedeDecision({ revision: 0, data: data(5) }, handFilled)).toBe('same-content');
    expect(supersedeDecision({ revision: 0, data: data(6) }, handFilled)).toBe('replaced');
    expect(supersedeDecision({ revision: 1, data: data(5) }, handFilled)).toBe('replaced');
  });
});
