import type { Db } from './database';

/**
 * The periods this PC may hold a unit's figures of: its reports typed (or restored) here under the
 * form, and the periods of its current received files. The service then keeps those with figures.
 */
export function periodsOfUnit(db: Db, unitCode: string, templateId: string): string[] {
  const rows = db
    .prepare(
      `SELECT period FROM reports WHERE unit_code = ? AND template_id = ?
       UNION
       SELECT period FROM received_files
       WHERE unit_code = ? AND status = 'current' AND data IS NOT NULL AND period IS NOT NULL`,
    )
    .all(unitCode, templateId, unitCode) as { period: string }[];
  return rows.map((r) => r.period);
}
