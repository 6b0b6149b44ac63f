/**
 * The revision rule of a commune's report, pure: the revision goes up only when data that already
 * left the PC (was exported) changes, so every workbook that leaves the PC has a revision no other
 * content shares; and it never goes backwards or repeats. The store applies it in its transactions.
 */

export interface StoredRevision {
  revision: number;
  /** The revision last exported in a workbook; null when none left the PC. */
  exportedRevision: number | null;
}

/** The revision of a report whose data changes (a new report starts at 1). */
export function revisionAfterChange(stored: StoredRevision | undefined): number {
  if (!stored) return 1;
  return stored.exportedRevision === stored.revision ? stored.revision + 1 : stored.revision;
}

/**
 * A report restored from the commune's own workbook of revision `fileRevision` (0: a hand-filled
 * blank). It becomes at least the file's revision; when the stored data ends up exactly what left
 * the PC in that file, that revision counts as exported, so the next change raises it. Without
 * this, a restored r3 would be exported as r1 and the district would keep the older file.
 */
export function revisionAfterRestore(
  stored: StoredRevision | undefined,
  sameData: boolean,
  fileRevision: number,
): StoredRevision {
  if (!stored) {
    const revision = Math.max(1, fileRevision);
    return { revision, exportedRevision: fileRevision > 0 ? revision : null };
  }
  if (sameData) {
    return fileRevision <= stored.revision
      ? stored
      : { revision: fileRevision, exportedRevision: fileRevision };
  }
  const revision = Math.max(revisionAfterChange(stored), fileRevision);
  return {
    revision,
    exportedRevision: fileRevision > 0 && revision === fileRevision ? revision : stored.exportedRevision,
  };
}
