import { canonicalJson } from '../../shared/domain/canonical';
import type { ReportData } from '../../shared/domain/report';
import type { Db } from './database';
import { revisionAfterRestore } from '../../shared/domain/revisions';
import { findReportVersionRow, storedRevision, type ReportIdentity } from './reports';

/**
 * Restores a report's data from the commune's own workbook (a new PC, a lost database), in one
 * transaction, with the revision `revisionAfterRestore` gives (shared/domain/revisions.ts): never
 * backwards, never repeated.
 */
export function restoreReportData(
  db: Db,
  key: ReportIdentity,
  data: ReportData,
  fileRevision: number,
  now: string,
): { revision: number; changed: boolean } {
  const json = canonicalJson(data);
  return db.transaction(() => {
    const existing = findReportVersionRow(db, key);
    const stored = existing ? storedRevision(existing) : undefined;
    const next = revisionAfterRestore(stored, existing?.data === json, fileRevision);
    if (!existing) {
      db.prepare(
        `INSERT INTO reports (unit_code, period, template_id, template_version, data, revision,
           exported_revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        key.unitCode,
        key.period,
        key.templateId,
        key.templateVersion,
        json,
        next.revision,
        next.exportedRevision,
        now,
        now,
      );
      return { revision: next.revision, changed: true };
    }
    if (existing.data === json) {
      // The rule left it as stored (the file is not newer): nothing to write.
      if (next === stored) return { revision: existing.revision, changed: false };
      db.prepare('UPDATE reports SET revision = ?, exported_revision = ?, updated_at = ? WHERE id = ?').run(
        next.revision,
        next.exportedRevision,
        now,
        existing.id,
      );
      return { revision: next.revision, changed: false };
    }
    db.prepare(
      'UPDATE reports SET data = ?, revision = ?, exported_revision = ?, updated_at = ? WHERE id = ?',
    ).run(json, next.revision, next.exportedRevision, now, existing.id);
    return { revision: next.revision, changed: true };
  })();
}
