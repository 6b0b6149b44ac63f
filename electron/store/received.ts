/**
 * The district store: every workbook the merging office receives, with its bytes, its SHA-256,
 * its verdict and what it says it is. Nothing is ever deleted or overwritten; a file's `status`
 * says what became of it.
 *
 * Rules, for files of the same unit and period (applied in `recordReceivedFile`, in one
 * transaction; the choice between the current file and a new one is shared/merge/supersede.ts):
 * - The same bytes again (same SHA-256) as a file that was not refused: nothing changes; the
 *   caller is told "identical".
 * - The same bytes again as a file that was refused: checked again and recorded anew (on the same
 *   row, since the bytes are the same), because what made it refused may have changed since: the
 *   district chose the file's period on screen, or added the unit it names.
 * - A refused file is kept as `refused` and never touches the current file.
 * - No current file yet: the file becomes `current`.
 * - A higher revision than the current one: it becomes `current`, the old one `superseded`.
 *   A hand-filled workbook (revision 0) therefore counts as received, and any revision the app
 *   exported (1, 2, …) supersedes it.
 * - A lower revision: kept as `older` (pointing at the current file); the current one stays.
 * - The same revision with the same content (e.g. a file re-saved by Excel, or the same workbook
 *   sent by two people): kept as `duplicate` of the current one; nothing changes.
 * - The same revision with different content (two hand-filled files, or an exported workbook
 *   corrected by hand, which the reader flags with a checksum warning): the one received last
 *   wins, because that is what the unit sent last. The earlier one is `superseded`.
 */
import type { ReportData } from '../../shared/domain/report';
import { reportDataSchema } from '../../shared/domain/report';
import type { CheckedWorkbook, ImportProblem, Verdict } from '../../shared/workbook/import-types';
import { supersedeDecision } from '../../shared/merge/supersede';
import type { Db } from './database';

export type ReceivedStatus = 'current' | 'superseded' | 'refused' | 'duplicate' | 'older';

/** What importing one file did. */
export type ImportOutcome = 'current' | 'replaced' | 'identical' | 'same-content' | 'older' | 'refused';

export interface ReceivedSummary {
  id: number;
  sha256: string;
  fileName: string;
  size: number;
  receivedAt: string;
  verdict: Verdict;
  problems: ImportProblem[];
  templateId: string | null;
  templateVersion: number | null;
  unitCode: string | null;
  unitName: string | null;
  period: string | null;
  revision: number | null;
  reportId: number | null;
  origin: 'app' | 'blank' | 'merged' | null;
  status: ReceivedStatus;
  /** superseded: the file that replaced it; older/duplicate: the current file it lost to. */
  relatedId: number | null;
  /** The period on screen when the file was checked (null: checked without one, e.g. `check`). */
  checkedPeriod: string | null;
}

export interface ReceivedFile extends ReceivedSummary {
  data: ReportData | null;
}

export interface RecordResult {
  outcome: ImportOutcome;
  /** The stored file (for "identical", the one stored before). */
  id: number;
  /** replaced: the file that was current before; older/same-content: the current file. */
  other?: { id: number; revision: number | null; fileName: string; receivedAt: string };
}

interface Row {
  id: number;
  sha256: string;
  file_name: string;
  size: number;
  received_at: string;
  verdict: Verdict;
  problems: string;
  template_id: string | null;
  template_version: number | null;
  unit_code: string | null;
  unit_name: string | null;
  period: string | null;
  revision: number | null;
  report_id: number | null;
  origin: 'app' | 'blank' | 'merged' | null;
  status: ReceivedStatus;
  related_id: number | null;
  checked_period: string | null;
  data?: string | null;
}

const SUMMARY_COLUMNS = `id, sha256, file_name, size, received_at, verdict, problems, template_id,
  template_version, unit_code, unit_name, period, revision, report_id, origin, status, related_id,
  checked_period`;

function toSummary(row: Row): ReceivedSummary {
  return {
    id: row.id,
    sha256: row.sha256,
    fileName: row.file_name,
    size: row.size,
    receivedAt: row.received_at,
    verdict: row.verdict,
    problems: JSON.parse(row.problems) as ImportProblem[],
    templateId: row.template_id,
    templateVersion: row.template_version,
    unitCode: row.unit_code,
    unitName: row.unit_name,
    period: row.period,
    revision: row.revision,
    reportId: row.report_id,
    origin: row.origin,
    status: row.status,
    relatedId: row.related_id,
    checkedPeriod: row.checked_period,
  };
}

function toFile(row: Row): ReceivedFile {
  return {
    ...toSummary(row),
    data: row.data ? reportDataSchema.parse(JSON.parse(row.data)) : null,
  };
}

/**
 * Stores one checked file and applies the supersede rules above. `checkedPeriod` is the period the
 * file was checked against (the one on screen), if any.
 */
export function recordReceivedFile(
  db: Db,
  checked: CheckedWorkbook,
  bytes: Uint8Array,
  receivedAt: string,
  checkedPeriod: string | null = null,
): RecordResult {
  return db.transaction((): RecordResult => {
    const same = db.prepare('SELECT id, status FROM received_files WHERE sha256 = ?').get(checked.sha256) as
      { id: number; status: ReceivedStatus } | undefined;
    if (same && same.status !== 'refused') return { outcome: 'identical', id: same.id };

    const identity = checked.identity;
    const usable = checked.verdict !== 'refused' && identity !== undefined && checked.data !== undefined;
    const values = (status: ReceivedStatus, relatedId: number | null) => [
      checked.fileName,
      checked.size,
      receivedAt,
      checked.verdict,
      JSON.stringify(checked.problems),
      identity?.templateId ?? null,
      identity?.templateVersion ?? null,
      identity?.unitCode ?? null,
      identity?.unitName ?? null,
      identity?.period ?? null,
      identity?.revision ?? null,
      identity?.reportId ?? null,
      identity?.origin ?? null,
      checked.data ? JSON.stringify(checked.data) : null,
      status,
      relatedId,
      checkedPeriod,
    ];
    const insert = (status: ReceivedStatus, relatedId: number | null): number => {
      if (same) {
        // Refused before: the same bytes, checked again, replace that refusal on the same row.
        db.prepare(
          `UPDATE received_files SET file_name = ?, size = ?, received_at = ?, verdict = ?, problems = ?,
             template_id = ?, template_version = ?, unit_code = ?, unit_name = ?, period = ?,
             revision = ?, report_id = ?, origin = ?, data = ?, status = ?, related_id = ?,
             checked_period = ?
           WHERE id = ?`,
        ).run(...values(status, relatedId), same.id);
        return same.id;
      }
      return Number(
        db
          .prepare(
            `INSERT INTO received_files (file_name, size, received_at, verdict, problems,
               template_id, template_version, unit_code, unit_name, period, revision, report_id, origin,
               data, status, related_id, checked_period, sha256, bytes)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            ...values(status, relatedId),
            checked.sha256,
            Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          ).lastInsertRowid,
      );
    };

    if (!usable) return { outcome: 'refused', id: insert('refused', null) };

    const current = db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, data FROM received_files
         WHERE unit_code = ? AND period = ? AND status = 'current'`,
      )
      .get(identity.unitCode, identity.period) as Row | undefined;
    if (!current) return { outcome: 'current', id: insert('current', null) };

    const other = {
      id: current.id,
      revision: current.revision,
      fileName: current.file_name,
      receivedAt: current.received_at,
    };
    const decision = supersedeDecision(
      { revision: identity.revision, data: checked.data! },
      {
        revision: current.revision,
        data: current.data ? reportDataSchema.parse(JSON.parse(current.data)) : null,
      },
    );
    if (decision === 'older') return { outcome: 'older', id: insert('older', current.id), other };
    if (decision === 'same-content') {
      return { outcome: 'same-content', id: insert('duplicate', current.id), other };
    }
    const id = insert('current', null);
    db.prepare("UPDATE received_files SET status = 'superseded', related_id = ? WHERE id = ?").run(
      id,
      current.id,
    );
    return { outcome: 'replaced', id, other };
  })();
}

/** Every received file of a unit and period, oldest first (without bytes or data). */
export function listReceivedOf(db: Db, unitCode: string, period: string): ReceivedSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM received_files WHERE unit_code = ? AND period = ?
       ORDER BY received_at, id`,
    )
    .all(unitCode, period) as Row[];
  return rows.map(toSummary);
}

/**
 * Every file that bears on a period: the files of that period; refused files that were checked
 * against it (a file of another period sent for this one); and refused files that could not even
 * say which period they are, unless they were checked against another period (they are listed so
 * nobody thinks they were lost).
 */
export function listReceivedForPeriod(db: Db, period: string): ReceivedSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM received_files
       WHERE period = ?
          OR (status = 'refused' AND checked_period = ?)
          OR (period IS NULL AND checked_period IS NULL)
       ORDER BY received_at, id`,
    )
    .all(period, period) as Row[];
  return rows.map(toSummary);
}

/** The current (accepted, latest) file of each unit for a period, with its data. */
export function listCurrentFiles(db: Db, period: string): ReceivedFile[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, data FROM received_files WHERE period = ? AND status = 'current'
       ORDER BY unit_code`,
    )
    .all(period) as Row[];
  return rows.map(toFile);
}

export function getReceivedFile(db: Db, id: number): ReceivedFile | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, data FROM received_files WHERE id = ?`).get(id) as
    Row | undefined;
  return row && toFile(row);
}

export function getReceivedBytes(db: Db, id: number): Buffer | undefined {
  const row = db.prepare('SELECT bytes FROM received_files WHERE id = ?').get(id) as
    { bytes: Buffer } | undefined;
  return row?.bytes;
}

export function countReceivedFiles(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM received_files').get() as { n: number }).n;
}
