import { describe, expect, it } from 'vitest';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { differingCounts, supersedeChoice, supersedeDecision } from '../../../shared/merge/supersede';

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

  it('the same revision, other content: the later app export wins both ways; else only arrival decides', () => {
    const app = (a01: number, exportedAt: string) => ({
      revision: 1,
      data: data(a01),
      exportedAt,
      origin: 'app' as const,
    });
    const morning = app(5, '2023-12-15T01:00:00Z');
    const evening = app(6, '2023-12-15T08:00:00Z');
    expect(supersedeChoice(evening, morning)).toEqual({ decision: 'replaced', by: 'exported-at' });
    expect(supersedeChoice(morning, evening)).toEqual({ decision: 'older', by: 'exported-at' });
    // The same export time (an export corrected by hand), or one side without any: arrival.
    expect(supersedeChoice(app(7, morning.exportedAt), morning)).toEqual({
      decision: 'replaced',
      by: 'arrival',
    });
    expect(supersedeChoice({ ...evening, origin: 'merged', exportedAt: null }, morning).by).toBe('arrival');
    // A blank template's time is when the empty form was made: it orders nothing.
    const blank = { ...evening, revision: 0, origin: 'blank' as const };
    expect(supersedeChoice(blank, { ...morning, revision: 0, origin: 'blank' }).by).toBe('arrival');
    expect(supersedeChoice({ ...evening, exportedAt: 'không phải ngày' }, morning).by).toBe('arrival');
    expect(supersedeChoice({ revision: 2, data: data(5) }, morning)).toEqual({
      decision: 'replaced',
      by: 'revision',
    });
  });

  it('an app export made after the merged workbook holding the other copy wins over it, both ways', () => {
    const copy = {
      revision: 1,
      data: data(5),
      exportedAt: '2023-12-16T00:00:00Z',
      origin: 'merged' as const,
    };
    const after = { revision: 1, data: data(6), exportedAt: '2023-12-20T00:00:00Z', origin: 'app' as const };
    expect(supersedeChoice(after, copy)).toEqual({ decision: 'replaced', by: 'exported-at' });
    expect(supersedeChoice(copy, after)).toEqual({ decision: 'older', by: 'exported-at' });
    // Exported before the merge: the merge may hold an older or a newer file, so nothing decides.
    const before = { ...after, exportedAt: '2023-12-10T00:00:00Z' };
    expect(supersedeChoice(before, copy).by).toBe('arrival');
    expect(supersedeChoice(copy, before).by).toBe('arrival');
    // Two merges holding the unit: their times say when they were made, not which copy is newer.
    expect(supersedeChoice({ ...copy, data: data(7), exportedAt: '2023-12-30T00:00:00Z' }, copy).by).toBe(
      'arrival',
    );
  });

  it('the counts that differ, in code order, at most three', () => {
    const a = { ...emptyReportData(), counts: { A01: 1, A02: 2, A03: 3, A04: 4, A05: null } };
    const b = { ...emptyReportData(), counts: { A01: 1, A02: 9, A03: null, A05: 5, A04: 8 } };
    expect(differingCounts(a, b)).toEqual([
      { code: 'A02', a: 2, b: 9 },
      { code: 'A03', a: 3, b: null },
      { code: 'A04', a: 4, b: 8 },
    ]);
  });
});
