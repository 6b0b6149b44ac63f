import type { Unit, UnitLevel } from '../../shared/domain/units';
import type { Db } from './database';

interface UnitRow {
  code: string;
  name: string;
  level: UnitLevel;
  active: number;
}

const toUnit = (r: UnitRow): Unit => ({ code: r.code, name: r.name, level: r.level, active: r.active === 1 });

export function listUnits(db: Db, includeInactive = false): Unit[] {
  const rows = db
    .prepare(
      `SELECT code, name, level, active FROM units ${includeInactive ? '' : 'WHERE active = 1'}
       ORDER BY sort_order, code`,
    )
    .all() as UnitRow[];
  return rows.map(toUnit);
}

export function findUnit(db: Db, code: string): Unit | undefined {
  const row = db.prepare('SELECT code, name, level, active FROM units WHERE code = ?').get(code) as
    UnitRow | undefined;
  return row && toUnit(row);
}

export function countUnits(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
}

/** Inserts new units and renames/re-levels existing ones, in one transaction. */
export function upsertUnits(
  db: Db,
  units: readonly Pick<Unit, 'code' | 'name' | 'level'>[],
): { added: number; updated: number } {
  const nextOrder = db.prepare('SELECT coalesce(max(sort_order), 0) + 1 AS n FROM units');
  const insert = db.prepare(
    'INSERT INTO units (code, name, level, active, sort_order) VALUES (?, ?, ?, 1, ?)',
  );
  const update = db.prepare('UPDATE units SET name = ?, level = ? WHERE code = ?');
  let added = 0;
  let updated = 0;
  db.transaction(() => {
    for (const u of units) {
      if (findUnit(db, u.code)) {
        update.run(u.name, u.level, u.code);
        updated++;
      } else {
        insert.run(u.code, u.name, u.level, (nextOrder.get() as { n: number }).n);
        added++;
      }
    }
  })();
  return { added, updated };
}

export function renameUnit(db: Db, code: string, name: string): void {
  db.prepare('UPDATE units SET name = ? WHERE code = ?').run(name, code);
}

/** Units are deactivated, never deleted: reports and imported files refer to them. */
export function setUnitActive(db: Db, code: string, active: boolean): void {
  db.prepare('UPDATE units SET active = ? WHERE code = ?').run(active ? 1 : 0, code);
}
