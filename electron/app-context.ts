import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceContext } from './services/context';
import { log, setLogSink } from './log';
import { createFileLogSink } from './log-file';
import { recoveryMessages } from '../shared/i18n/vi/recovery';
import { AppError } from './errors';
import { openAppDatabase, startDailyBackups } from './services/backups';
import { loadForms } from './services/form-packages';
import { assessStart } from './services/recovery';
import { DATABASE_FILE_NAME } from './store/database';

/** The version in package.json, found from this file whether run from source or bundled. */
export function readAppVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.join(here, '..'), path.join(here, '..', '..')]) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'bao-cao-cchc' && pkg.version) return pkg.version;
    }
  }
  return '0.0.0';
}

/** Opens the data folder's database and returns what every service needs. */
export function createServiceContext(options: {
  dataDir: string;
  mode: 'electron' | 'browser';
  appVersion?: string;
  now?: () => Date;
  /**
   * The support log file and the daily backups (both on by default, as the app runs). Off for
   * tests and tools that open a throwaway data folder.
   */
  background?: boolean;
  /**
   * A new database gets the sample district's units (huyện Tân Hồng), for tests and demos. The
   * app starts with none: the first run fills the list from the national catalogue.
   */
  sampleUnits?: boolean;
}): ServiceContext {
  const now = options.now ?? (() => new Date());
  const background = options.background ?? true;
  // Never over a database that holds or held data (missing/empty with backups, or damaged): the
  // app shows its recovery screen instead (api/host.ts); any other opener stops here.
  const start = assessStart(options.dataDir);
  if (start.needed && start.state.kind !== 'whole') {
    throw new AppError(
      'db-recovery',
      recoveryMessages.needed(path.join(options.dataDir, DATABASE_FILE_NAME), start.state.kind),
    );
  }
  if (background) setLogSink(createFileLogSink(options.dataDir));
  // Opens the database, backing it up first if a migration is due (see services/backups.ts).
  const db = openAppDatabase(options.dataDir, now, { sampleUnits: options.sampleUnits ?? false });
  const ctx: ServiceContext = {
    db,
    dataDir: options.dataDir,
    mode: options.mode,
    appVersion: options.appVersion ?? readAppVersion(),
    now,
  };
  // The form in use: the newest package installed from Settings, else the built-in one.
  loadForms(ctx);
  if (background) {
    log('app', `started ${ctx.mode} ${ctx.appVersion} on ${process.platform}`);
    startDailyBackups(ctx);
  }
  return ctx;
}
