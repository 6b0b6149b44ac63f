/**
 * Backups and restore, as services. Triggers: every day on start (and hourly while the app stays
 * open, if the day changed), before every migration (`openAppDatabase`), before every import batch
 * (`import-hooks.ts`), before every restore, and on demand ("Sao lưu ngay").
 *
 * Restore replaces the database under a running app. The ServiceContext is the one holder of the
 * open connection: services read `ctx.db` when they use it and never keep it across an `await`, so
 * restore can close the old connection, swap the file and assign the new connection to `ctx.db`
 * in one synchronous step that no other call can interleave with.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/domain/backups';
import { recoveryMessages } from '../../shared/i18n/vi/recovery';
import { backupMessages } from '../../shared/i18n/vi/trust';
import { AppError } from '../errors';
import { log } from '../log';
import {
  backupDir,
  checkDatabaseFile,
  createBackup,
  createBackupSync,
  DamagedDatabaseError,
  listBackups,
  localDay,
  removeInterruptedBackups,
} from '../store/backup';
import { DATABASE_FILE_NAME, openDatabase, type Db } from '../store/database';
import type { ServiceContext } from './context';
import { seedDefaultUnits } from './units';
import { moveIntoPlace } from '../atomic-write';

/** One backup or restore at a time per data folder: the job running now, by folder. */
const running = new Map<string, Promise<unknown>>();

/**
 * Runs `work` alone for this data folder. A clerk's click while another job runs is told to wait
 * (`wait: false`); the import batch's backup waits its turn instead (`wait: true`).
 */
async function exclusive<T>(ctx: ServiceContext, work: () => Promise<T>, wait = false): Promise<T> {
  const key = path.resolve(ctx.dataDir);
  for (let current = running.get(key); current; current = running.get(key)) {
    if (!wait) throw new AppError('backup-busy', backupMessages.busy);
    await current.catch(() => undefined);
  }
  const job = work();
  running.set(key, job);
  try {
    return await job;
  } finally {
    running.delete(key);
  }
}

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE_NAME);
}

/**
 * Opens the data folder's database as the app does: a backup is taken before any migration of an
 * existing database (a new, empty one has nothing to lose). A new database starts with no unit (the
 * first run adds them), or with the sample district's when asked (tests, demos).
 */
export function openAppDatabase(
  dataDir: string,
  now: () => Date,
  options: { sampleUnits?: boolean } = {},
): Db {
  const db = openDatabase(databaseFile(dataDir), {
    beforeMigrate: (opened, from) => {
      if (from === 0) return;
      const info = createBackupSync(opened, dataDir, 'migration', now());
      log('backup', `before migration from version ${from}: ${info.fileName}`);
    },
  });
  if (options.sampleUnits) seedDefaultUnits(db);
  return db;
}

export function getBackups(ctx: ServiceContext): { folder: string; backups: BackupInfo[] } {
  return { folder: backupDir(ctx.dataDir), backups: listBackups(ctx.dataDir) };
}

async function backupNow(ctx: ServiceContext, reason: BackupInfo['reason']): Promise<BackupInfo> {
  try {
    const info = await createBackup(ctx.db, ctx.dataDir, reason, ctx.now());
    log('backup', `${reason}: ${info.fileName} (${info.size} bytes)`);
    return info;
  } catch (error) {
    log('backup', `${reason} backup failed: ${(error as Error).message}`);
    if (error instanceof DamagedDatabaseError) {
      throw new AppError(
        'backup-damaged',
        recoveryMessages.backupCheckFailed(error.problems.slice(0, 3).join('; ')),
      );
    }
    throw new AppError('backup-failed', backupMessages.createFailed((error as Error).message));
  }
}

/** "Sao lưu ngay". */
export function createManualBackup(ctx: ServiceContext): Promise<BackupInfo> {
  return exclusive(ctx, () => backupNow(ctx, 'manual'));
}

/** Before an import batch changes the district's data. */
export function backupBeforeImport(ctx: ServiceContext): Promise<BackupInfo> {
  return exclusive(ctx, () => backupNow(ctx, 'import'), true);
}

/** Today's daily backup, unless there is one already. Resolves to undefined when none was needed. */
export async function ensureDailyBackup(ctx: ServiceContext): Promise<BackupInfo | undefined> {
  const now = ctx.now();
  // File ages are measured on the wall clock, whatever clock the context was given.
  removeInterruptedBackups(ctx.dataDir, 60 * 60 * 1000, new Date());
  const today = localDay(now);
  const hasToday = listBackups(ctx.dataDir).some(
    (b) => b.reason === 'daily' && localDay(new Date(b.createdAt)) === today,
  );
  if (hasToday || !ctx.db.open) return undefined;
  return exclusive(ctx, () => backupNow(ctx, 'daily'));
}

/**
 * Starts the daily backups of a running app: one now (in the background, so start-up is not
 * delayed) and a check every hour. Failures are logged, never thrown: a backup must not stop work.
 */
export function startDailyBackups(ctx: ServiceContext): () => void {
  const run = () => {
    if (!ctx.db.open) return;
    ensureDailyBackup(ctx).catch((error: unknown) => log('backup', `daily: ${(error as Error).message}`));
  };
  const first = setTimeout(run, 0);
  const hourly = setInterval(run, 60 * 60 * 1000);
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}

/**
 * Restores a backup chosen from the list: checks it, backs up the current state, then swaps the
 * database file and reopens it. If anything fails after the old connection is closed, the state
 * before the restore is put back.
 */
export function restoreBackup(
  ctx: ServiceContext,
  fileName: string,
): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo }> {
  return exclusive(ctx, async () => {
    const chosen = listBackups(ctx.dataDir).find((b) => b.fileName === fileName);
    if (!chosen) throw new AppError('backup-not-found', backupMessages.notFound(fileName));
    const dbFile = databaseFile(ctx.dataDir);
    const staging = dbFile + '.restoring';
    fs.rmSync(staging, { force: true });
    fs.copyFileSync(path.join(backupDir(ctx.dataDir), chosen.fileName), staging);
    try {
      const check = checkDatabaseFile(staging);
      if (!check.ok) {
        throw new AppError(
          'backup-unreadable',
          check.problem === 'newer' ? backupMessages.newer(fileName) : backupMessages.unreadable(fileName),
        );
      }
      const safetyBackup = await backupNow(ctx, 'restore');
      // From here to the end, synchronous: no other API call runs in between.
      swapDatabase(ctx, staging, path.join(backupDir(ctx.dataDir), safetyBackup.fileName));
      log('backup', `restored ${chosen.fileName}; previous state in ${safetyBackup.fileName}`);
      return { restored: chosen, safetyBackup };
    } finally {
      removeSidecars(staging);
      fs.rmSync(staging, { force: true });
    }
  });
}

function removeSidecars(file: string): void {
  fs.rmSync(file + '-wal', { force: true });
  fs.rmSync(file + '-shm', { force: true });
  fs.rmSync(file + '-journal', { force: true });
}

function swapDatabase(ctx: ServiceContext, staging: string, safetyFile: string): void {
  const dbFile = databaseFile(ctx.dataDir);
  ctx.db.close();
  // After a clean close the WAL is checkpointed and gone; a leftover would be replayed into the
  // restored file, so it must not survive the swap.
  removeSidecars(dbFile);
  try {
    moveIntoPlace(staging, dbFile);
    ctx.db = openAppDatabase(ctx.dataDir, ctx.now);
  } catch (error) {
    log('backup', `restore failed, putting back the previous state: ${(error as Error).message}`);
    removeSidecars(dbFile);
    fs.copyFileSync(safetyFile, dbFile);
    ctx.db = openAppDatabase(ctx.dataDir, ctx.now);
    throw new AppError('restore-failed', backupMessages.restoreFailed((error as Error).message));
  }
}
