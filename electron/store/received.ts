/**
 * The district store: every workbook the merging office receives, with its bytes, its SHA-256,
 * its verdict and what it says it is. Nothing is ever deleted or overwritten; a file's `status`
 * says what became of it.
 *
 * Rules, for files of the same unit and period (applied in `recordReceivedFile`, in one
 * transaction; the choice between the current file and a new one is shared/merge/supersede.ts):
 * - The same bytes again (same SHA-256) as the current file: nothing changes ("identical").
 * - The same bytes again as a file that is kept but not used (superseded, older, duplicate): the
 *   clerk chose it again, so it is weighed again against the current file (received now): when
 *   the current one is not newer by what the files say (same revision, nothing to tell them
 *   apart) it becomes current again; else nothing changes and the caller is told which file is
 *   used and why.
 * - The same bytes again as a refused file: checked again and recorded anew on the same row (the
 *   district may have chosen its period on screen, or added the unit it names, since).
 * - A refused file is kept as `refused` and never touches the current file.
 * - No current file yet: the file becomes `current`.
 * - A higher revision than the current one: it becomes `current`, the old one `superseded`.
 *   A hand-filled workbook (revision 0) therefore counts as received, and any revision the app
 *   exported (1, 2, …) supersedes it.
 * - A lower revision: kept as `older` (pointing at the current file); the current one stays.
 * - The same revision with the same content (e.g. a file re-saved by Excel, or the same workbook
 *   sent by two people): kept as `duplicate` of the current one; nothing changes.
 * - The same revision with different content: the later export wins when both files carry an
 *   export time (app exports); else (two hand-filled files, a merged workbook's copy beside a
 *   direct file, an export corrected by hand) the one received last is used, and a warning naming
 *   both files is stored on it, so the unit shows it on screen, in the import result and in the
 *   merged workbook's "Tình hình nộp" until a newer file arrives. The other one is `superseded`.
 */
import type { ReportData } from '../../shared/domain/report';
import { reportDataSchema } from '../../shared/domain/report';
import {
  verdictOf,
  type CheckedWorkbook,
  type ImportProblem,
  type Verdict,
} from '../../shared/workbook/import-types';
import {
  supersedeChoice,
  undecidedWarning,
  UNDECIDED_KIND,
  type SupersedeBasis,
} from '../../shared/merge/supersede';
import type { CurrentBecause } from '../../shared/i18n/vi/same-revision';
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
  /** The export time the file says (app exports), if any. */
  exportedAt: string | null;
}

export interface ReceivedFile extends ReceivedSummary {
  data: ReportData | null;
}

export interface RecordResult {
  outcome: ImportOutcome;
  /** The stored file (for "identical", the one stored before). */
  id: number;
  /**
   * replaced: the file that was current before; older/same-content: the current file;
   * identical: the current file, when it is another one.
   */
  other?: {
    id: number;
    revision: number | null;
    fileName: string;
    receivedAt: string;
    exportedAt: string | null;
  };
  /** What decided against the other file (see shared/merge/supersede.ts). */
  by?: SupersedeBasis;
  /** identical: why the current file, not this one, is used ("current" when this one is). */
  because?: CurrentBecause | 'current';
  /** replaced: a file received before, made current again because it was imported again. */
  reinstated?: boolean;
  /** The warning stored on the file now current when only the order of arrival chose it. */
  warning?: ImportProblem;
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
  exported_at: string | null;
  data?: string | null;
}

const SUMMARY_COLUMNS = `id, sha256, file_name, size, received_at, verdict, problems, template_id,
  template_version, unit_code, unit_name, period, revision, report_id, origin, status, related_id,
  checked_period, exported_at`;

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
    exportedAt: row.exported_at,
  };
}

const parseData = (json: string | null | undefined): ReportData | null =>
  json ? reportDataSchema.parse(JSON.parse(json)) : null;

const toFile = (row: Row): ReceivedFile => ({ ...toSummary(row), data: parseData(row.data) });

const otherOf = (row: Row): NonNullable<RecordResult['other']> => ({
  id: row.id,
  revision: row.revision,
  fileName: row.file_name,
  receivedAt: row.received_at,
  exportedAt: row.exported_at,
});

const sideOf = (row: Row) => ({
  revision: row.revision,
  data: parseData(row.data),
  exportedAt: row.exported_at,
  origin: row.origin,
});

const currentRow = (db: Db, unitCode: string | null, period: string | null) =>
  db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, data FROM received_files
       WHERE unit_code = ? AND period = ? AND status = 'current'`,
    )
    .get(unitCode, period) as Row | undefined;

/**
 * The same bytes as a stored file that is not refused: the clerk chose that file again. It
 * becomes current again unless the current file is newer by what the files say, or the same.
 */
function receivedAgain(db: Db, id: number, receivedAt: string): RecordResult {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, data FROM received_files WHERE id = ?`).get(id) as Row;
  if (row.status === 'current') {
    const warning = (JSON.parse(row.problems) as ImportProblem[]).find((p) => p.kind === UNDECIDED_KIND);
    return { outcome: 'identical', id, because: 'current', ...(warning ? { warning } : {}) };
  }
  const current = currentRow(db, row.unit_code, row.period);
  const data = parseData(row.data);
  if (!current || !data) return { outcome: 'identical', id };
  const choice = supersedeChoice({ ...sideOf(row), revision: row.revision ?? 0, data }, sideOf(current));
  if (choice.decision !== 'replaced') {
    const because = choice.decision === 'same-content' ? 'same-content' : (choice.by ?? 'revision');
    return { outcome: 'identical', id, other: otherOf(current), because };
  }
  // A warning of an earlier choice no longer holds: weighed again, against the current file.
  const problems = (JSON.parse(row.problems) as ImportProblem[]).filter((p) => p.kind !== UNDECIDED_KIND);
  const warning =
    choice.by === 'arrival'
      ? undecidedWarning(
          row.unit_code,
          row.unit_name,
          row.revision,
          { fileName: row.file_name, data },
          { fileName: current.file_name, data: parseData(current.data) },
        )
      : undefined;
  if (warning) problems.unshift(warning); // first: the screen shows a unit's first three notes
  db.prepare(
    `UPDATE received_files SET status = 'current', related_id = NULL, received_at = ?, problems = ?,
       verdict = ? WHERE id = ?`,
  ).run(receivedAt, JSON.stringify(problems), verdictOf(problems), id);
  db.prepare("UPDATE received_files SET status = 'superseded', related_id = ? WHERE id = ?").run(
    id,
    current.id,
  );
  return {
    outcome: 'replaced',
    id,
    other: otherOf(current),
    ...(choice.by ? { by: choice.by } : {}),
    reinstated: true,
    ...(warning ? { warning } : {}),
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
    if (same && same.status !== 'refused') return receivedAgain(db, same.id, receivedAt);

    const identity = checked.identity;
    const usable = checked.verdict !== 'refused' && identity !== undefined && checked.data !== undefined;
    const values = (status: ReceivedStatus, relatedId: number | null, warning?: ImportProblem) => [
      checked.fileName,
      checked.size,
      receivedAt,
      warning && checked.verdict === 'accepted' ? 'warnings' : checked.verdict,
      // First: the district screen shows a unit's first three notes.
      JSON.stringify(warning ? [warning, ...checked.problems] : checked.problems),
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
      identity?.exportedAt ?? null,
    ];
    const insert = (status: ReceivedStatus, relatedId: number | null, warning?: ImportProblem): number => {
      if (same) {
        // Refused before: the same bytes, checked again, replace that refusal on the same row.
        db.prepare(
          `UPDATE received_files SET file_name = ?, size = ?, received_at = ?, verdict = ?, problems = ?,
             template_id = ?, template_version = ?, unit_code = ?, unit_name = ?, period = ?,
             revision = ?, report_id = ?, origin = ?, data = ?, status = ?, related_id = ?,
             checked_period = ?, exported_at = ?
           WHERE id = ?`,
        ).run(...values(status, relatedId, warning), same.id);
        return same.id;
      }
      return Number(
        db
          .prepare(
            `INSERT INTO received_files (file_name, size, received_at, verdict, problems,
               template_id, template_version, unit_code, unit_name, period, revision, report_id, origin,
               data, status, related_id, checked_period, exported_at, sha256, bytes)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            ...values(status, relatedId, warning),
            checked.sha256,
            Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          ).lastInsertRowid,
      );
    };

    if (!usable) return { outcome: 'refused', id: insert('refused', null) };

    const current = currentRow(db, identity.unitCode, identity.period);
    if (!current) return { outcome: 'current', id: insert('current', null) };

    const other = otherOf(current);
    const choice = supersedeChoice(
      { ...identity, data: checked.data!, exportedAt: identity.exportedAt ?? null },
      sideOf(current),
    );
    const by = choice.by ? { by: choice.by } : {};
    if (choice.decision === 'older')
      return { outcome: 'older', id: insert('older', current.id), other, ...by };
    if (choice.decision === 'same-content') {
      return { outcome: 'same-content', id: insert('duplicate', current.id), other };
    }
    const warning =
      choice.by === 'arrival'
        ? undecidedWarning(
            identity.unitCode,
            identity.unitName,
            identity.revision,
            { fileName: checked.fileName, data: checked.data! },
            { fileName: current.file_name, data: parseData(current.data) },
          )
        : undefined;
    const id = insert('current', null, warning);
    db.prepare("UPDATE received_files SET status = 'superseded', related_id = ? WHERE id = ?").run(
      id,
      current.id,
    );
    return { outcome: 'replaced', id, other, ...by, ...(warning ? { warning } : {}) };
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
