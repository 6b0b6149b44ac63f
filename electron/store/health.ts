/**
 * Whether a database file is whole, and what it holds, without changing it. `PRAGMA quick_check`
 * reads every page (it skips only the index-content cross-checks of integrity_check), so a damaged
 * page anywhere is found at start and before a backup, in about a second per 100 MB.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { Db } from './database';
import { MIGRATIONS } from './migrations';

/** The problems quick_check finds; empty when the database is whole. Throws on a non-database. */
export function quickCheck(db: Db): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((text) => text !== 'ok');
  return problems;
}

export type DatabaseFileState =
  | { kind: 'whole' }
  | { kind: 'missing' }
  | { kind: 'empty' }
  /** Not a database, a damaged page, cut short, or a newer app's: never opened for writing. */
  | { kind: 'damaged'; detail: string };

/** The state of the app's database file before it is opened for writing. */
export function databaseFileState(file: string): DatabaseFileState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { kind: 'missing' };
  }
  if (stat.size === 0) return { kind: 'empty' };
  let db: Db | undefined;
  try {
    // Read-write (not readonly) so that a WAL left by a power cut is replayed as SQLite always does.
    db = new Database(file, { fileMustExist: true });
    const problems = quickCheck(db);
    if (problems.length > 0) return { kind: 'damaged', detail: problems.slice(0, 3).join('; ') };
    return { kind: 'whole' };
  } catch (error) {
    return { kind: 'damaged', detail: (error as Error).message };
  } finally {
    db?.close();
  }
}

export interface DatabaseContents {
  /** The units in its list and the reports and received files it holds. */
  units: number;
  reports: number;
  receivedFiles: number;
  /** This PC's unit, when it was set. */
  unitCode: string | null;
  /** When a report was last saved (ISO 8601), if any. */
  lastSavedAt: string | null;
}

/** What a backup holds, or why it cannot be restored. Opens it read-only; never changes it. */
export function inspectDatabaseFile(
  file: string,
): ({ usable: true } & DatabaseContents) | { usable: false; detail: string } {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1 || version > MIGRATIONS.length) return { usable: false, detail: `version ${version}` };
    const problems = quickCheck(db);
    if (problems.length > 0) return { usable: false, detail: problems.slice(0, 3).join('; ') };
    const count = (table: string) =>
      (db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const hasReceived = db
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'received_files'")
      .get();
    const unit = db.prepare("SELECT value FROM settings WHERE key = 'unitCode'").get() as
      { value: string } | undefined;
    const last = db.prepare('SELECT max(updated_at) AS at FROM reports').get() as { at: string | null };
    return {
      usable: true,
      units: count('units'),
      reports: count('reports'),
      receivedFiles: hasReceived ? count('received_files') : 0,
      unitCode: unit?.value ?? null,
      lastSavedAt: last.at,
    };
  } catch (error) {
    return { usable: false, detail: (error as Error).message };
  } finally {
    db?.close();
  }
}
