/**
 * Backups of the database file, in `<dataDir>/sao-luu/`. A backup is a complete SQLite database,
 * taken while the app runs: the WAL is checkpointed first (so the main file holds everything and
 * the -wal file does not grow), then better-sqlite3's online backup API copies the pages into a
 * `.partial` file, which is fsynced and renamed into place, so a backup that appears in the list
 * is always whole, even if the power goes in the middle of one.
 *
 * Retention: the 7 newest daily backups and the 10 newest of each other reason are kept; older
 * ones are deleted after each new backup. File names carry the local date, time and reason.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_FILE_PATTERN,
  BACKUP_REASONS,
  type BackupInfo,
  type BackupReason,
} from '../../shared/domain/backups';
import type { Db } from './database';
import { inspectDatabaseFile, quickCheck } from './health';
import { MIGRATIONS } from './migrations';
import { moveIntoPlace } from '../atomic-write';

/** A backup not taken because the database (or the copy) fails quick_check: no good one is rotated out. */
export class DamagedDatabaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`quick_check: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'DamagedDatabaseError';
  }
}

/** Throws DamagedDatabaseError unless quick_check finds the database whole. */
function requireWhole(db: Db): void {
  const problems = quickCheck(db);
  if (problems.length > 0) throw new DamagedDatabaseError(problems);
}

/** The same for a file just written (the copy): opened read-only, closed again. */
function requireWholeFile(file: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    requireWhole(copy);
  } finally {
    copy.close();
  }
}

export const BACKUP_DIR_NAME = 'sao-luu';
export const RETENTION: Record<BackupReason, number> = {
  daily: 7,
  migration: 10,
  import: 10,
  restore: 10,
  manual: 10,
};

const SLUGS: Record<BackupReason, string> = {
  daily: 'hang-ngay',
  migration: 'truoc-nang-cap',
  import: 'truoc-nhap',
  restore: 'truoc-khoi-phuc',
  manual: 'thu-cong',
};
const REASON_OF_SLUG = Object.fromEntries(BACKUP_REASONS.map((r) => [SLUGS[r], r])) as Record<
  string,
  BackupReason
>;
const PARTIAL_SUFFIX = '.partial';

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR_NAME);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2024-06-01" in local time: what "today" means to the clerk. */
export function localDay(when: Date): string {
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

export function backupFileName(reason: BackupReason, when: Date, sequence = 0): string {
  const time = `${pad(when.getHours())}-${pad(when.getMinutes())}-${pad(when.getSeconds())}`;
  return `cchc_${localDay(when)}_${time}_${SLUGS[reason]}${sequence ? `-${sequence}` : ''}.sqlite`;
}

/** Reads what a backup's file name says; undefined for any other file. */
export function parseBackupFileName(
  fileName: string,
): { createdAt: Date; reason: BackupReason; sequence: number } | undefined {
  const m = BACKUP_FILE_PATTERN.exec(fileName);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, slug, seq] = m;
  const createdAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(createdAt.getTime())) return undefined;
  return { createdAt, reason: REASON_OF_SLUG[slug!]!, sequence: Number(seq ?? 0) };
}

/** Every backup in the folder, newest first. Files the app did not name are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: (BackupInfo & { sequence: number; time: number })[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(dir, fileName));
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    found.push({
      fileName,
      createdAt: parsed.createdAt.toISOString(),
      reason: parsed.reason,
      size: stat.size,
      sequence: parsed.sequence,
      time: parsed.createdAt.getTime(),
    });
  }
  found.sort((a, b) => b.time - a.time || b.sequence - a.sequence);
  return found.map(({ sequence: _s, time: _t, ...info }) => info);
}

function freeName(dir: string, reason: BackupReason, when: Date): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const name = backupFileName(reason, when, sequence);
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, name + PARTIAL_SUFFIX))) {
      return name;
    }
  }
  throw new Error('too many backups in one second');
}

function publish(dir: string, partial: string, fileName: string): BackupInfo {
  const final = path.join(dir, fileName);
  moveIntoPlace(partial, final);
  const parsed = parseBackupFileName(fileName)!;
  return {
    fileName,
    createdAt: parsed.createdAt.toISOString(),
    reason: parsed.reason,
    size: fs.statSync(final).size,
  };
}

/** Moves what the WAL holds into the main file and empties the WAL. */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * The online backup copies the WAL flag of the live database into the copy's header; a backup is
 * switched to a rollback journal so that opening it (to check or restore it, or by a support person
 * with another SQLite tool, even read-only) never leaves -wal/-shm files beside it.
 */
function toRollbackJournal(file: string): void {
  const copy = new Database(file);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

interface NewBackup {
  dir: string;
  fileName: string;
  /** Where the copy is made; it becomes the backup only once checked. */
  partial: string;
}

/** The database checked whole and flushed, and where its copy goes (a name no backup has yet). */
function beginBackup(db: Db, dataDir: string, reason: BackupReason, when: Date): NewBackup {
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = freeName(dir, reason, when);
  requireWhole(db);
  checkpoint(db);
  return { dir, fileName, partial: path.join(dir, fileName + PARTIAL_SUFFIX) };
}

/** The copy checked and put under its name, then the old backups pruned (never this one). */
function finishBackup(dataDir: string, backup: NewBackup): BackupInfo {
  requireWholeFile(backup.partial);
  const info = publish(backup.dir, backup.partial, backup.fileName);
  pruneBackups(dataDir, [backup.fileName]);
  return info;
}

/** A failed backup leaves no partial file behind. */
function discard(backup: NewBackup, error: unknown): never {
  fs.rmSync(backup.partial, { force: true });
  throw error;
}

/** An online backup with better-sqlite3's backup API; other calls keep working meanwhile. */
export async function createBackup(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  when: Date,
): Promise<BackupInfo> {
  const backup = beginBackup(db, dataDir, reason, when);
  try {
    await db.backup(backup.partial);
    toRollbackJournal(backup.partial);
    return finishBackup(dataDir, backup);
  } catch (error) {
    return discard(backup, error);
  }
}

/**
 * The same, synchronously, for the moment just before a migration: the database was opened an
 * instant ago and nothing else uses the connection, and `openDatabase` is synchronous. VACUUM INTO
 * writes a consistent copy in one statement (user_version included).
 */
export function createBackupSync(db: Db, dataDir: string, reason: BackupReason, when: Date): BackupInfo {
  const backup = beginBackup(db, dataDir, reason, when);
  try {
    db.prepare('VACUUM INTO ?').run(backup.partial);
    return finishBackup(dataDir, backup);
  } catch (error) {
    return discard(backup, error);
  }
}

/**
 * Deletes the backups beyond the retention of their reason; never one named in `keep`, and never
 * the newest backup that passes its check (backups taken before checks existed may be damaged).
 */
export function pruneBackups(dataDir: string, keep: readonly string[] = []): string[] {
  const dir = backupDir(dataDir);
  const seen: Record<BackupReason, number> = { daily: 0, migration: 0, import: 0, restore: 0, manual: 0 };
  const removed: string[] = [];
  const backups = listBackups(dataDir);
  // quick_check (not integrity_check): this runs after every backup, usually on the one just taken.
  const newestGood = backups.find((b) => inspectDatabaseFile(path.join(dir, b.fileName)).usable)?.fileName;
  keep = newestGood ? [...keep, newestGood] : keep;
  for (const backup of backups) {
    seen[backup.reason]++;
    if (seen[backup.reason] > RETENTION[backup.reason] && !keep.includes(backup.fileName)) {
      fs.rmSync(path.join(dir, backup.fileName), { force: true });
      removed.push(backup.fileName);
    }
  }
  return removed;
}

/** Removes `.partial` files left by a backup that was interrupted (power cut, kill). */
export function removeInterruptedBackups(dataDir: string, olderThanMs: number, now: Date): void {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(PARTIAL_SUFFIX)) continue;
    const file = path.join(dir, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs >= olderThanMs) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  }
}

export type BackupFileCheck =
  { ok: true; userVersion: number } | { ok: false; problem: 'unreadable' | 'newer' };

/** Whether a file is a whole database of this app that this version can open. Never modifies it. */
export function checkDatabaseFile(file: string): BackupFileCheck {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    if (userVersion > MIGRATIONS.length) return { ok: false, problem: 'newer' };
    if (userVersion < 1) return { ok: false, problem: 'unreadable' };
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') return { ok: false, problem: 'unreadable' };
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('reports', 'units', 'settings')",
      )
      .all();
    if (tables.length !== 3) return { ok: false, problem: 'unreadable' };
    return { ok: true, userVersion };
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    db?.close();
  }
}
