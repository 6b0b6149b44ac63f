import { describe, expect, it } from 'vitest';
import { revisionAfterChange, revisionAfterRestore } from '../../../shared/domain/revisions';

describe('revision rule', () => {
  it('a new report is revision 1; a change raises the revision only after it left the PC', () => {
    expect(revisionAfterChange(undefined)).toBe(1);
    expect(revisionAfterChange({ revision: 1, exportedRevision: null })).toBe(1);
    expect(revisionAfterChange({ revision: 2, exportedRevision: 1 })).toBe(2);
    expect(revisionAfterChange({ revision: 2, exportedRevision: 2 })).toBe(3);
  });

  it('a restore into an empty PC takes the file revision, exported when the app exported it', () => {
    expect(revisionAfterRestore(undefined, false, 3)).toEqual({ revision: 3, exportedRevision: 3 });
    // A hand-filled blank (revision 0) never left the app: revision 1, not exported.
    expect(revisionAfterRestore(undefined, false, 0)).toEqual({ revision: 1, exportedRevision: null });
  });

  it('a restore of the data already stored only moves the revision forward', () => {
    const stored = { revision: 4, exportedRevision: 3 };
    expect(revisionAfterRestore(stored, true, 2)).toBe(stored);
    expect(revisionAfterRestore(stored, true, 4)).toBe(stored);
    expect(revisionAfterRestore(stored, true, 6)).toEqual({ revision: 6, exportedRevision: 6 });
  });

  it('a restore of other data never goes backwards nor repeats an exported revision', () => {
    // r3 was exported; restoring an r2 file's data: r4, since r3's content left the PC.
    expect(revisionAfterRestore({ revision: 3, exportedRevision: 3 }, false, 2)).toEqual({
      revision: 4,
      exportedRevision: 3,
    });
    // Not yet exported: the revision stays, the older file does not lower it.
    expect(revisionAfterRestore({ revision: 3, exportedRevision: 2 }, false, 1)).toEqual({
      revision: 3,
      exportedRevision: 2,
    });
    // A newer file: its revision, which left the PC with exactly this data.
    expect(revisionAfterRestore({ revision: 3, exportedRevision: 3 }, false, 7)).toEqual({
      revision: 7,
      exportedRevision: 7,
    });
  });
});
