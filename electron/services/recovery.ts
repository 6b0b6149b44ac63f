/**
 * No start replaces a database that holds or held data. Before the app opens its database for
 * writing, the file is checked (exists, not empty, quick_check); a missing or empty file while
 * backups exist, or a damaged file in any case, puts the app in recovery: it answers only the
 * recovery screen's calls until the clerk restores a backup (or starts empty). Whatever is moved
 * out of the way goes to `<data>/hong/`, never deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/domain/backups';
import type { RecoveryBackup, RecoveryStatus } from '../../shared/api/recovery-contract';
import { recoveryMessages } from '../../shared/i18n/vi/recovery';
import { moveIntoPlace } from '../atomic-write';
import { AppError } from '../errors';
import { log } from '../log';
import { backupDir, checkDatabaseFile, listBackups } from '../store/backup';
import { openAppDatabase } from './backups';
import { DATABASE_FILE_NAME } from '../store/database';
import { databaseFileState, inspectDatabaseFile, type DatabaseFileState } from '../store/health';

export const DAMAGED_DIR_NAME = 'hong';
const SIDECARS = ['-wal', '-shm', '-journal'];

const databaseFile = (dataDir: string) => path.join(dataDir, DATABASE_FILE_NAME);

/** What the start finds: recovery is needed for a damaged file, or a missing/empty one with backups. */
export function assessStart(dataDir: string): { needed: boolean; state: DatabaseFileState } {
  const state = databaseFileState(databaseFile(dataDir));
  if (state.kind === 'whole') return { needed: false, state };
  if (state.kind === 'damaged') return { needed: true, state };
  return { needed: listBackups(dataDir).length > 0, state };
}

function describe(dataDir: string, backup: BackupInfo): RecoveryBackup {
  const found = inspectDatabaseFile(path.join(backupDir(dataDir), backup.fileName));
  if (!found.usable) {
    return {
      ...backup,
      usable: false,
      units: null,
      reports: null,
      receivedFiles: null,
      unitCode: null,
      lastSavedAt: null,
    };
  }
  const { usable: _u, ...contents } = found;
  return { ...backup, usable: true, ...contents };
}

/** The recovery screen's facts: what is wrong, and every backup with what it holds. */
export function recoveryStatus(dataDir: string): RecoveryStatus {
  const { needed, state } = assessStart(dataDir);
  return {
    needed,
    problem: state.kind === 'whole' ? null : state.kind,
    databaseFile: databaseFile(dataDir),
    backupFolder: backupDir(dataDir),
    backups: needed ? listBackups(dataDir).map((b) => describe(dataDir, b)) : [],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}_${pad(d.getHours())}-${pad(d.getMinutes())}-${pad(d.getSeconds())}`;

/** Moves the database file (and its journal files) into `<data>/hong/`; null when there is none. */
export function moveDamagedAside(dataDir: string, now: Date): string | null {
  const file = databaseFile(dataDir);
  if (!fs.existsSync(file)) return null;
  const dir = path.join(dataDir, DAMAGED_DIR_NAME);
  fs.mkdirSync(dir, { recursive: true });
  let target = path.join(dir, `${stamp(now)}_${DATABASE_FILE_NAME}`);
  for (let n = 1; fs.existsSync(target); n++)
    target = path.join(dir, `${stamp(now)}-${n}_${DATABASE_FILE_NAME}`);
  moveIntoPlace(file, target);
  for (const suffix of SIDECARS) {
    if (fs.existsSync(file + suffix)) moveIntoPlace(file + suffix, target + suffix);
  }
  log('recovery', `damaged database kept as ${path.relative(dataDir, target)}`);
  return target;
}

function requireNeeded(dataDir: string): void {
  if (!assessStart(dataDir).needed) throw new AppError('recovery-not-needed', recoveryMessages.notNeeded);
}

/** Puts a backup in place of the damaged database, after moving that aside. */
export function restoreAtStart(
  dataDir: string,
  fileName: string,
  now: Date,
): { restored: BackupInfo; damagedKeptAs: string | null } {
  requireNeeded(dataDir);
  const chosen = listBackups(dataDir).find((b) => b.fileName === fileName);
  if (!chosen) throw new AppError('backup-not-found', recoveryMessages.backupUnusable(fileName));
  const file = databaseFile(dataDir);
  const staging = file + '.restoring';
  fs.rmSync(staging, { force: true });
  fs.copyFileSync(path.join(backupDir(dataDir), fileName), staging);
  try {
    if (!checkDatabaseFile(staging).ok) {
      throw new AppError('backup-unreadable', recoveryMessages.backupUnusable(fileName));
    }
    const damagedKeptAs = moveDamagedAside(dataDir, now);
    moveIntoPlace(staging, file);
    log('recovery', `restored ${fileName} at start`);
    return { restored: chosen, damagedKeptAs };
  } finally {
    fs.rmSync(staging, { force: true });
    for (const suffix of SIDECARS) fs.rmSync(staging + suffix, { force: true });
  }
}

/** The clerk chose to start with no data: the damaged file is kept aside, the backups untouched. */
export function startEmptyAtStart(dataDir: string, now: Date): { damagedKeptAs: string | null } {
  requireNeeded(dataDir);
  const damagedKeptAs = moveDamagedAside(dataDir, now);
  // A new, whole database now, so the next start (backups still there) is not taken for a loss.
  openAppDatabase(dataDir, () => now).close();
  log('recovery', 'started with an empty database');
  return { damagedKeptAs };
}
