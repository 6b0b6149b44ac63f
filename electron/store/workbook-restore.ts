import { canonicalJson } from '../../shared/domain/canonical';
import type { ReportData } from '../../shared/domain/report';
import type { Db } from './database';
import { findReportVersionRow, type ReportIdentity } from './reports';

/**
 * Restores a report's data from the commune's own workbook (a new PC, a lost database), in one
 * transaction. The revision never goes backwards and never repeats: it becomes at least the file's
 * revision, and when the data is exactly what left the PC in that file, that revision is marked
 * exported, so the next change raises it. Without this, a restored r3 would be exported as r1 and
 * the district would keep the older file.
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
    if (!existing) {
      const revision = Math.max(1, fileRevision);
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
        revision,
        fileRevision > 0 ? revision : null,
        now,
        now,
      );
      return { revision, changed: true };
    }
    if (existing.data === json) {
      if (fileRevision <= existing.revision) return { revision: existing.revision, changed: false };
      db.prepare('UPDATE reports SET revision = ?, exported_revision = ?, updated_at = ? WHERE id = ?').run(
        fileRevision,
        fileRevision,
        now,
        existing.id,
      );
      return { revision: fileRevision, changed: false };
    }
    const bumped =
      existing.exported_revision === existing.revision ? existing.revision + 1 : existing.revision;
    const revision = Math.max(bumped, fileRevision);
    const exported = fileRevision > 0 && revision === fileRevision ? revision : existing.exported_revision;
    db.prepare(
      'UPDATE reports SET data = ?, revision = ?, exported_revision = ?, updated_at = ? WHERE id = ?',
    ).run(json, revision, exported, now, existing.id);
    return { revision, changed: true };
  })();
}
