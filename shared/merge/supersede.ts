import type { ReportData } from '../domain/report';
import { sameRevisionMessages } from '../i18n/vi/same-revision';
import type { ImportProblem } from '../workbook/import-types';
import { contentKey } from './content-key';

/**
 * What a usable received file (accepted, or accepted with warnings) becomes beside the unit's
 * current file for the same period:
 * - no current file yet: it becomes `current`;
 * - a lower revision: `older`, the current one stays;
 * - the same revision with the same content (re-saved by Excel, or sent by two people):
 *   `same-content`, a duplicate of the current one; nothing changes;
 * - a higher revision: `replaced`, it becomes current. A hand-filled workbook (revision 0)
 *   therefore counts as received, and any revision the app exported (1, 2, …) supersedes it;
 * - the same revision with different content: what the files say decides when they can (two app
 *   exports carry their export time: the later export wins, whichever arrived first; an export
 *   made after the merged workbook holding the other copy was made wins over that copy); when
 *   nothing tells them apart (two hand-filled files, a merged workbook's copy beside a direct
 *   file, an export corrected by hand, which keeps its export time), the one received last is
 *   used, so the choice is deterministic, but the choice is `by: 'arrival'` and the store puts a
 *   warning naming both files on the unit: nobody may think it is the newest.
 */
export type SupersedeDecision = 'current' | 'older' | 'same-content' | 'replaced';

/** What decided between two files: their revisions, their export times, or only their order of arrival. */
export type SupersedeBasis = 'revision' | 'exported-at' | 'arrival';

export interface SupersedeSide {
  revision: number | null;
  data: ReportData | null;
  /** The export time an app export carries in its identity (ISO), if any. */
  exportedAt?: string | null;
  /**
   * Only an app export's time says when its figures were made: a blank template's is when the
   * empty form was made, not when it was filled in.
   */
  origin?: 'app' | 'blank' | 'merged' | null;
}

export interface SupersedeChoice {
  decision: SupersedeDecision;
  /** Set when there was a current file with other content. */
  by?: SupersedeBasis;
}

const time = (side: SupersedeSide, origin: 'app' | 'merged' = 'app'): number | null => {
  const t = side.origin === origin && side.exportedAt ? Date.parse(side.exportedAt) : NaN;
  return Number.isFinite(t) ? t : null;
};

/**
 * Whether `a` is an app export made after the merged workbook that holds `b` was: the copy's
 * file existed when the merge was made, so `a` is the later export. (An export made before the
 * merge orders nothing: the merge may hold an older or a newer file.)
 */
const exportedAfterMerge = (a: SupersedeSide, b: SupersedeSide): boolean => {
  const exported = time(a);
  const merged = time(b, 'merged');
  return exported !== null && merged !== null && exported > merged;
};

export function supersedeChoice(
  incoming: SupersedeSide & { revision: number; data: ReportData },
  current: SupersedeSide | undefined,
): SupersedeChoice {
  if (!current) return { decision: 'current' };
  const currentRevision = current.revision ?? 0;
  if (incoming.revision !== currentRevision) {
    return { decision: incoming.revision < currentRevision ? 'older' : 'replaced', by: 'revision' };
  }
  if (current.data && contentKey(current.data) === contentKey(incoming.data)) {
    return { decision: 'same-content' };
  }
  const a = time(incoming);
  const b = time(current);
  if (a !== null && b !== null && a !== b) {
    return { decision: a < b ? 'older' : 'replaced', by: 'exported-at' };
  }
  if (exportedAfterMerge(incoming, current)) return { decision: 'replaced', by: 'exported-at' };
  if (exportedAfterMerge(current, incoming)) return { decision: 'older', by: 'exported-at' };
  return { decision: 'replaced', by: 'arrival' };
}

/** The decision alone (see supersedeChoice). */
export function supersedeDecision(
  incoming: SupersedeSide & { revision: number; data: ReportData },
  current: SupersedeSide | undefined,
): SupersedeDecision {
  return supersedeChoice(incoming, current).decision;
}

/** Up to `max` counts that differ between two reports: what the clerk needs to see to pick one. */
export function differingCounts(
  a: ReportData,
  b: ReportData,
  max = 3,
): { code: string; a: number | null; b: number | null }[] {
  const codes = [...new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])].sort();
  return codes
    .map((code) => ({ code, a: a.counts[code] ?? null, b: b.counts[code] ?? null }))
    .filter((d) => d.a !== d.b)
    .slice(0, max);
}

/** Kind of the warning on a unit whose two files of one revision differ and nothing orders them. */
export const UNDECIDED_KIND = 'same-revision-undecided';

/** The warning put on `kept` when only the order of arrival chose it over `other` (same revision). */
export function undecidedWarning(
  unitCode: string | null,
  unitName: string | null,
  revision: number | null,
  kept: { fileName: string; data: ReportData },
  other: { fileName: string; data: ReportData | null },
): ImportProblem {
  return {
    level: 'warning',
    kind: UNDECIDED_KIND,
    message: sameRevisionMessages.undecided(
      `${unitName || unitCode} (${unitCode})`,
      revision,
      kept.fileName,
      other.fileName,
      differingCounts(kept.data, other.data ?? kept.data),
    ),
  };
}
