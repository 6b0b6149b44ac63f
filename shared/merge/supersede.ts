import type { ReportData } from '../domain/report';
import { contentKey } from './content-key';

/**
 * What a usable received file (accepted, or accepted with warnings) becomes beside the unit's
 * current file for the same period:
 * - no current file yet: it becomes `current`;
 * - a lower revision: `older`, the current one stays;
 * - the same revision with the same content (re-saved by Excel, or sent by two people):
 *   `same-content`, a duplicate of the current one; nothing changes;
 * - a higher revision, or the same revision with different content (two hand-filled files, or an
 *   exported workbook corrected by hand): `replaced`, it becomes current, because that is what the
 *   unit sent last. A hand-filled workbook (revision 0) therefore counts as received, and any
 *   revision the app exported (1, 2, …) supersedes it.
 */
export type SupersedeDecision = 'current' | 'older' | 'same-content' | 'replaced';

export function supersedeDecision(
  incoming: { revision: number; data: ReportData },
  current: { revision: number | null; data: ReportData | null } | undefined,
): SupersedeDecision {
  if (!current) return 'current';
  const currentRevision = current.revision ?? 0;
  if (incoming.revision < currentRevision) return 'older';
  if (
    incoming.revision === currentRevision &&
    current.data &&
    contentKey(current.data) === contentKey(incoming.data)
  ) {
    return 'same-content';
  }
  return 'replaced';
}
