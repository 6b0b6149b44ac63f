import type { ServiceContext } from './context';

/**
 * Runs once before every batch of received workbooks is stored, from the one place that imports
 * them (`importReceivedFiles`). Issue 4: a backup of the database is made here, so a batch that
 * turns out wrong can be undone. A no-op until the backup service is wired in.
 */
export async function beforeImportBatch(_ctx: ServiceContext): Promise<void> {
  // Intentionally empty: the backup helper adds `await backupBeforeImport(ctx)` here.
}
