import { canonicalJson, reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, reportDataSchema, type ReportData } from '../../shared/domain/report';
import { revisionAfterChange, type StoredRevision } from '../../shared/domain/revisions';
import type { Report, ReportSummary } from '../../shared/api/contract';
import type { Db } from './database';

interface ReportRow {
  id: number;
  unit_code: string;
  period: string;
  template_id: string;
  template_version: number;
  data: string;
  revision: number;
  exported_revision: number | null;
  updated_at: string;
}

export interface ReportIdentity {
  unitCode: string;
  period: string;
  templateId: string;
  templateVersion: number;
}

const COLUMNS =
  'id, unit_code, period, template_id, template_version, data, revision, exported_revision, updated_at';

function toReport(row: ReportRow): Report {
  const data = reportDataSchema.parse(JSON.parse(row.data));
  return {
    id: row.id,
    unitCode: row.unit_code,
    period: row.period,
    templateId: row.template_id,
    templateVersion: row.template_version,
    data,
    fingerprint: reportFingerprint(data),
    revision: row.revision,
    exportedRevision: row.exported_revision,
    updatedAt: row.updated_at,
  };
}

export function findReport(db: Db, key: ReportIdentity): Report | undefined {
  const row = db
    .prepare(
      `SELECT ${COLUMNS} FROM reports
       WHERE unit_code = ? AND period = ? AND template_id = ? AND template_version = ?`,
    )
    .get(key.unitCode, key.period, key.templateId, key.templateVersion) as ReportRow | undefined;
  return row && toReport(row);
}

export function listReports(db: Db): ReportSummary[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM reports ORDER BY period DESC, unit_code`)
    .all() as ReportRow[];
  return rows.map((row) => {
    const { data: _data, ...summary } = toReport(row);
    return summary;
  });
}

/** The stored row of a report with what saving needs to decide on its revision. */
export function findReportVersionRow(
  db: Db,
  key: ReportIdentity,
): Pick<ReportRow, 'id' | 'data' | 'revision' | 'exported_revision'> | undefined {
  return db
    .prepare(
      `SELECT id, data, revision, exported_revision FROM reports
       WHERE unit_code = ? AND period = ? AND template_id = ? AND template_version = ?`,
    )
    .get(key.unitCode, key.period, key.templateId, key.templateVersion) as
    Pick<ReportRow, 'id' | 'data' | 'revision' | 'exported_revision'> | undefined;
}

/** A stored row's revisions, as the revision rule (shared/domain/revisions.ts) reads them. */
export function storedRevision(row: Pick<ReportRow, 'revision' | 'exported_revision'>): StoredRevision {
  return { revision: row.revision, exportedRevision: row.exported_revision };
}

export type SaveOutcome =
  | { kind: 'saved'; revision: number; changed: boolean; fingerprint: string }
  /** The stored figures are not the ones the save was based on: nothing was written. */
  | { kind: 'stale'; fingerprint: string };

/**
 * Saves a report's data in one transaction, only over the content it was based on (`base`, the
 * fingerprint of the stored data the saver last saw), so no save erases figures it has not seen.
 * The revision goes up only when data that was already exported changes, so every workbook that
 * leaves the PC has a revision no other content shares.
 */
export function saveReport(
  db: Db,
  key: ReportIdentity,
  data: ReportData,
  base: string,
  now: string,
): SaveOutcome {
  const json = canonicalJson(data);
  const fingerprint = reportFingerprint(data);
  return db.transaction((): SaveOutcome => {
    const existing = findReportVersionRow(db, key);
    const stored = existing
      ? reportFingerprint(reportDataSchema.parse(JSON.parse(existing.data)))
      : reportFingerprint(emptyReportData());
    // Saving what is already stored loses nothing, whatever it was based on.
    if (existing && existing.data === json)
      return { kind: 'saved', revision: existing.revision, changed: false, fingerprint };
    if (stored !== base) return { kind: 'stale', fingerprint: stored };
    if (!existing) {
      db.prepare(
        `INSERT INTO reports (unit_code, period, template_id, template_version, data, revision, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
      ).run(key.unitCode, key.period, key.templateId, key.templateVersion, json, now, now);
      return { kind: 'saved', revision: 1, changed: true, fingerprint };
    }
    const revision = revisionAfterChange(storedRevision(existing));
    db.prepare('UPDATE reports SET data = ?, revision = ?, updated_at = ? WHERE id = ?').run(
      json,
      revision,
      now,
      existing.id,
    );
    return { kind: 'saved', revision, changed: true, fingerprint };
  })();
}

/** Records that the current revision left the PC in a workbook. */
export function markExported(db: Db, reportId: number): number {
  return db.transaction(() => {
    const row = db.prepare('SELECT revision FROM reports WHERE id = ?').get(reportId) as { revision: number };
    db.prepare('UPDATE reports SET exported_revision = revision WHERE id = ?').run(reportId);
    return row.revision;
  })();
}

/** The file of `revision` was not written after all: back to what was exported before, unless changed since. */
export function unmarkExported(db: Db, reportId: number, revision: number, previous: number | null): void {
  db.prepare(
    'UPDATE reports SET exported_revision = ? WHERE id = ? AND exported_revision = ? AND revision = ?',
  ).run(previous, reportId, revision, revision);
}
