/**
 * Import messages for the cases where two files of a unit have the same revision (see
 * shared/merge/supersede.ts): the later export won or lost, only the order of arrival chose, or a
 * file already received was imported again.
 */
import { sameRevisionMessages as S } from '../../shared/i18n/vi/same-revision';
import type { CheckedWorkbook } from '../../shared/workbook/import-types';
import type { RecordResult } from '../store/received';

/** The message for such a case, or undefined for the ordinary ones. */
export function sameRevisionMessage(
  checked: CheckedWorkbook,
  record: RecordResult,
  unit: string,
): string | undefined {
  const revision = checked.identity?.revision ?? null;
  const other = record.other;
  const time = checked.identity?.exportedAt ?? null;
  if (record.outcome === 'identical') {
    if (record.because === 'current') return S.identicalCurrent(checked.fileName);
    if (!other || !record.because) return undefined;
    return S.identicalNotCurrent(checked.fileName, unit, other.fileName, other.revision, record.because);
  }
  if (!other) return undefined;
  if (record.outcome === 'replaced' && record.reinstated) {
    return S.reinstated(checked.fileName, unit, revision, other.fileName);
  }
  if (record.by === 'exported-at') {
    return record.outcome === 'replaced'
      ? S.replacedExportedLater(unit, revision, other.fileName, time, other.exportedAt)
      : S.olderExportedEarlier(unit, revision, other.fileName, time, other.exportedAt);
  }
  if (record.by === 'arrival') return S.replacedByArrival(unit, revision, other.fileName);
  return undefined;
}
