import type { Db } from '../store/database';

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
  /** The user's Documents folder (exports go to a folder in it); unset: <dataDir>/Documents. */
  documentsDir?: string;
  /** Electron only: a save dialog opening at the proposed path; null when cancelled. */
  chooseSavePath?: (proposed: string) => Promise<string | null>;
}
