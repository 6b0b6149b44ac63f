import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { storeMessages } from '../../shared/i18n/vi/store';
import { AppError } from '../errors';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'bao-cao-cchc.sqlite';

/**
 * Opens (creating if needed) the app's SQLite file and brings its schema up to date.
 *
 * Durability: WAL with synchronous=FULL. Commune PCs lose power without warning; with FULL, every
 * committed save is fsynced to the WAL before the API acknowledges it, so "Đã lưu" is true even
 * if the plug is pulled the next instant. NORMAL would be faster but may lose the last commits on
 * power loss. At typing speed (a save every few hundred ms) the fsync cost is invisible.
 */
export function openDatabase(
  file: string,
  options: {
    beforeMigrate?: (db: Db, from: number) => void;
    /**
     * For a throwaway database only (the command line's scratch district, deleted after the run):
     * no fsync at all. Never for the app's data.
     */
    scratch?: boolean;
  } = {},
): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new AppError('db-open', storeMessages.cannotOpen(file, (error as Error).message));
  }
  try {
    const found = db.pragma('user_version', { simple: true }) as number;
    if (found > MIGRATIONS.length) {
      throw new AppError('db-newer', storeMessages.newerDatabase(found, MIGRATIONS.length));
    }
    db.pragma('journal_mode = WAL');
    db.pragma(options.scratch ? 'synchronous = OFF' : 'synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (found < MIGRATIONS.length) {
      options.beforeMigrate?.(db, found);
      migrate(db, found);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Db, from: number): void {
  for (let version = from + 1; version <= MIGRATIONS.length; version++) {
    const sql = MIGRATIONS[version - 1]!;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}
