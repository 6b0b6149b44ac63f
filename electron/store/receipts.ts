/**
 * Receipts the commune imported. One row per receipted file (the same receipt imported twice is
 * kept once, with its latest import); the newest is the one of the highest revision, then the one
 * imported last, so an old receipt opened late does not hide the answer about a newer file.
 */
import type { Receipt } from '../../shared/receipt/receipt';
import type { Db } from './database';

export function rememberReceipt(
  db: Db,
  receipt: Receipt,
  file: { fileName: string; importedAt: string },
): void {
  db.transaction(() => {
    db.prepare(
      `DELETE FROM receipts_seen WHERE unit_code = ? AND period = ? AND sha256 = ? AND revision IS ?`,
    ).run(receipt.unit.code, receipt.period, receipt.sha256, receipt.revision);
    db.prepare(
      `INSERT INTO receipts_seen (unit_code, period, revision, sha256, receipt, file_name, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      receipt.unit.code,
      receipt.period,
      receipt.revision,
      receipt.sha256,
      JSON.stringify(receipt),
      file.fileName,
      file.importedAt,
    );
  })();
}

/** The latest receipt of a unit's report for a period (trusted: checked when it was imported). */
export function latestReceipt(db: Db, unitCode: string, period: string): Receipt | undefined {
  const row = db
    .prepare(
      `SELECT receipt FROM receipts_seen WHERE unit_code = ? AND period = ?
       ORDER BY COALESCE(revision, -1) DESC, id DESC LIMIT 1`,
    )
    .get(unitCode, period) as { receipt: string } | undefined;
  return row && (JSON.parse(row.receipt) as Receipt);
}
