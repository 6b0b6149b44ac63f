/**
 * Roll-ups at import: a merged workbook from the level below becomes one received report per unit
 * in it, stored under the same rules as any file (newest revision current, same content a
 * duplicate), so a unit sent both directly and inside a merge is counted once. When that happens
 * the import says so, naming both files (with the same revision and other figures, the store's
 * warning does: nothing in the files says which is newer).
 */
import crypto from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical';
import { rollUpMessages as R } from '../../shared/i18n/vi/roll-up';
import type { ImportResult } from '../../shared/api/district-contract';
import type { CheckedWorkbook, ImportProblem } from '../../shared/workbook/import-types';
import { getReceivedFile, type RecordResult } from '../store/received';
import type { Db } from '../store/database';

/**
 * The units of a merged workbook as received files. Each is stored with its own small record (the
 * merged file's name and SHA-256, the unit's revision and data) as its bytes, so the same merged
 * file received twice is "identical" unit by unit.
 */
export function expandRollUp(merged: CheckedWorkbook): { checked: CheckedWorkbook; bytes: Buffer }[] {
  return (merged.rollUp?.units ?? []).map((unit) => {
    const bytes = Buffer.from(
      canonicalJson({
        mergedFile: merged.fileName,
        mergedSha256: merged.sha256,
        unit: unit.identity?.unitCode,
        revision: unit.identity?.revision,
        data: unit.data,
      }),
      'utf8',
    );
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    // Each copy is as old as the merge it came in (what orders it beside a later export of the unit).
    const identity = unit.identity && {
      ...unit.identity,
      ...(merged.identity?.exportedAt ? { exportedAt: merged.identity.exportedAt } : {}),
    };
    return {
      checked: { ...unit, ...(identity ? { identity } : {}), sha256, size: bytes.byteLength },
      bytes,
    };
  });
}

/**
 * The merged file's own line of an import or a check, beside its units': the warnings that belong
 * to no unit of it (a total typed over in "Tổng hợp", a unit row added by hand). Nothing is stored
 * under it; its units are.
 */
export function rollUpFileResult(merged: CheckedWorkbook): ImportResult {
  return {
    fileName: merged.fileName,
    verdict: merged.verdict,
    problems: merged.problems,
    outcome: 'current',
    message: R.received(merged.fileName, merged.rollUp?.units.length ?? 0, merged.rollUp?.officeName ?? ''),
  };
}

/**
 * When a unit's report arrived twice, once of the two inside a merged workbook: a warning naming
 * both files and the revision counted. Nothing when neither came in a merge.
 */
export function countedOnceWarning(
  db: Db,
  checked: CheckedWorkbook,
  record: RecordResult,
): ImportProblem | undefined {
  if (!record.other || !['same-content', 'older', 'replaced'].includes(record.outcome)) return undefined;
  // Only the order of arrival chose: the store's warning names both files and says so.
  if (record.by === 'arrival') return undefined;
  const other = getReceivedFile(db, record.other.id);
  if (!other || (checked.identity?.origin !== 'merged' && other.origin !== 'merged')) return undefined;
  const id = checked.identity!;
  const thisKept = record.outcome === 'replaced';
  return {
    level: 'warning',
    kind: 'roll-up-counted-once',
    // Both the same: the one kept is only the one received first, not the newest.
    message: (record.outcome === 'same-content' ? R.countedSameContent : R.counted)(
      `${id.unitName || id.unitCode} (${id.unitCode})`,
      other.fileName,
      checked.fileName,
      thisKept ? checked.fileName : other.fileName,
      thisKept ? id.revision : other.revision,
    ),
  };
}
