import type { FormTemplate } from '../../shared/template';
import type { FormPackage } from '../../shared/template/package/types';
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
  /**
   * The form in use when it is not the built-in one: a form package given with `--form` (see
   * services/form-template.ts). Files under the built-in versions are still read.
   */
  template?: FormTemplate;
  /** Every form package installed from Settings (all versions kept), the last installed last. */
  installedForms?: FormPackage[];
}
