import type { Db } from '../store/database';

/** What every service gets: the open database and facts about this run. No module-level state. */
export interface ServiceContext {
  db: Db;
  dataDir: string;
  mode: 'electron' | 'browser';
  appVersion: string;
  /** The clock, injectable so tests can pin time. */
  now: () => Date;
}
