import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Unit } from '../../shared/domain/units';
import { readAppVersion, type ServiceContext } from './context';
import { DATABASE_FILE_NAME, openDatabase } from '../store/database';
import { setUnitActive, upsertUnits } from '../store/units';
import { closeChecker, useChecker, type WorkbookChecker } from './district';

/**
 * A throwaway district for the command line's `check` and `merge` and for the benchmark: the same
 * store and services as the app, in a temporary folder that `close()` deletes. The database is on
 * disk rather than in memory, so merging thousands of files keeps memory low, and not synced,
 * since nothing in it outlives the run.
 */
export function openScratchDistrict(options: {
  units: readonly Unit[];
  now?: () => Date;
  checker?: WorkbookChecker;
}): { ctx: ServiceContext; close: () => Promise<void> } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-scratch-'));
  const db = openDatabase(path.join(dataDir, DATABASE_FILE_NAME), { scratch: true });
  upsertUnits(db, options.units);
  for (const u of options.units) if (!u.active) setUnitActive(db, u.code, false);
  const ctx: ServiceContext = {
    db,
    dataDir,
    mode: 'browser',
    appVersion: readAppVersion(),
    now: options.now ?? (() => new Date()),
  };
  if (options.checker) useChecker(ctx, options.checker);
  return {
    ctx,
    close: async () => {
      await closeChecker(ctx);
      ctx.db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
