import type { FormTemplate } from '../../shared/template';
import type { FormPackage } from '../../shared/template/package/types';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recoveryMessages } from '../../shared/i18n/vi/recovery';
import { AppError } from '../errors';
import { log, setLogSink } from '../log';
import { createFileLogSink } from '../log-file';
import { DATABASE_FILE_NAME, type Db } from '../store/database';
import { openAppDatabase, startDailyBackups } from './backups';
import { loadForms } from './form-packages';
import { assessStart } from './recovery';

/**
 * The one context module: what every service gets (ServiceContext), and how the app, the browser
 * mode, the command line and the tests open it over a data folder (createServiceContext).
 */

/** What every service gets: the open database and facts about this run. No module-level state. */
export interface ServiceContext {
  /**
   * The open database. A restore (services/backups.ts) closes it and assigns a new connection:
   * read `ctx.db` when you use it, never keep it in a variable across an `await`.
   */
  db: Db;
  dataDir: string;
  mode: 'electron' | 'browser';
  appVersion: string;
  /** The clock, injectable so tests can pin time. */
  now: () => Date;
  /**
   * The form in use when it is not the built-in one: a form package given with `--form` (see
   * services/form-template.ts). Files under the built-in versions are still read.
   */
  template?: FormTemplate;
  /** Every form package installed from Settings (all versions kept), the last installed last. */
  installedForms?: FormPackage[];
  /** The user's Documents folder (exports go to a folder in it); unset: <dataDir>/Documents. */
  documentsDir?: string;
  /** Electron only: a save dialog opening at the proposed path; null when cancelled. */
  chooseSavePath?: (proposed: string) => Promise<string | null>;
}

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
  /**
   * The user's Documents folder: Electron passes app.getPath('documents'), browser mode the home
   * folder's. Left out (tests, tools), exports stay inside the data folder, never in the real one.
   */
  documentsDir?: string;
  /** Electron: a save dialog for exports (main/support.ts chooseSavePath). */
  chooseSavePath?: ServiceContext['chooseSavePath'];
}): ServiceContext {
  const now = options.now ?? (() => new Date());
  const background = options.background ?? true;
  // The support log first: a start that ends on the recovery screen is logged too.
  if (background) setLogSink(createFileLogSink(options.dataDir));
  // Never over a database that holds or held data (missing/empty with backups, or damaged): the
  // app shows its recovery screen instead (api/host.ts); any other opener stops here.
  const start = assessStart(options.dataDir);
  if (start.needed && start.state.kind !== 'whole') {
    throw new AppError(
      'db-recovery',
      recoveryMessages.needed(path.join(options.dataDir, DATABASE_FILE_NAME), start.state.kind),
    );
  }
  // Opens the database, backing it up first if a migration is due (see services/backups.ts).
  const db = openAppDatabase(options.dataDir, now, { sampleUnits: options.sampleUnits ?? false });
  const ctx: ServiceContext = {
    db,
    dataDir: options.dataDir,
    mode: options.mode,
    appVersion: options.appVersion ?? readAppVersion(),
    now,
    documentsDir: options.documentsDir,
    chooseSavePath: options.chooseSavePath,
  };
  // The form in use: the newest package installed from Settings, else the built-in one.
  loadForms(ctx);
  if (background) {
    log('app', `started ${ctx.mode} ${ctx.appVersion} on ${process.platform}`);
    startDailyBackups(ctx);
  }
  return ctx;
}
