import { describe, expect, it } from 'vitest';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { mergeReports } from '../../../shared/domain/three-way-merge';

const data = (patch: Partial<ReportData>): ReportData => ({ ...emptyReportData(), ...patch });

describe('merging two edits of one report', () => {
  const base = data({
    counts: { A01: 1, A02: 2 },
    texts: { E01: 'cũ' },
    models: [
      { id: 'r1', values: { B01: 'Một' } },
      { id: 'r2', values: { B01: 'Hai' } },
    ],
  });

  it("takes each side's own changes, keeps rows added on both sides, and has no conflict", () => {
    const mine = data({
      ...base,
      counts: { A01: 10, A02: 2 },
      models: [...base.models, { id: 'm', values: { B01: 'Của tôi' } }],
    });
    const theirs = data({
      ...base,
      counts: { A01: 1, A02: 2, A03: 3 },
      texts: { E01: 'mới' },
      models: [base.models[0]!, { id: 't', values: { B01: 'Của họ' } }],
    });
    const { merged, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.counts).toEqual({ A01: 10, A02: 2, A03: 3 });
    expect(merged.texts).toEqual({ E01: 'mới' });
    // r2 deleted there and untouched here: deleted; both new rows kept, mine first.
    expect(merged.models.map((m) => m.id)).toEqual(['r1', 'm', 't']);
  });

  it('names every field changed differently on both sides, holding my value until chosen', () => {
    const mine = data({ ...base, counts: { A01: 5 }, preparer: { ...base.preparer, phone: '0277 1' } });
    const theirs = data({
      ...base,
      counts: { A01: 6, A02: 2 },
      preparer: { ...base.preparer, phone: '0277 2' },
    });
    const { merged, conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([
      { field: { kind: 'count', code: 'A01' }, mine: 5, theirs: 6 },
      { field: { kind: 'preparer', key: 'phone' }, mine: '0277 1', theirs: '0277 2' },
    ]);
    // A02 cleared here, untouched there: cleared.
    expect(merged.counts).toEqual({ A01: 5 });
    expect(merged.preparer.phone).toBe('0277 1');
  });

  it('a row deleted on one side and edited on the other is a conflict, not a silent loss', () => {
    const mine = data({ ...base, models: [base.models[0]!] });
    const theirs = data({ ...base, models: [base.models[0]!, { id: 'r2', values: { B01: 'Hai (sửa)' } }] });
    const { conflicts } = mergeReports(base, mine, theirs);
    expect(conflicts).toEqual([
      { field: { kind: 'model', id: 'r2' }, mine: undefined, theirs: { B01: 'Hai (sửa)' } },
    ]);
  });

  it('the same change on both sides is no conflict', () => {
    const both = data({ ...base, counts: { A01: 9, A02: 2 } });
    expect(mergeReports(base, both, both).conflicts).toEqual([]);
  });

  it('a field typed here, even to the value it had, is a conflict when the other side changed it', () => {
    const base = data({ counts: { A21: 30, A01: 1 } });
    const mine = data({ counts: { A21: 30, A01: 1 } });
    const theirs = data({ counts: { A21: 300, A01: 2 } });
    const typed = (f: { kind: string; code?: string }) => f.code === 'A21';
    const { merged, conflicts } = mergeReports(base, mine, theirs, typed);
    expect(conflicts).toEqual([{ field: { kind: 'count', code: 'A21' }, mine: 30, theirs: 300 }]);
    expect(merged.counts).toEqual({ A21: 30, A01: 2 });
    expect(mergeReports(base, mine, theirs).conflicts).toEqual([]);
  });
});
