import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceContext } from './services/context';
import { seedDefaultUnits } from './services/units';
import { DATABASE_FILE_NAME, openDatabase } from './store/database';

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
}): ServiceContext {
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE_NAME));
  seedDefaultUnits(db);
  return {
    db,
    dataDir: options.dataDir,
    mode: options.mode,
    appVersion: options.appVersion ?? readAppVersion(),
    now: options.now ?? (() => new Date()),
  };
}
