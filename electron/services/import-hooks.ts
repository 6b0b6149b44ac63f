import { backupBeforeImport } from './backups';
import type { ServiceContext } from './context';

/**
 * Runs once before every batch of received workbooks is stored, from the one place that imports
 * them (`importReceivedFiles`): a backup of the database ("Trước khi nhập tệp"), so a batch that
 * turns out wrong can be undone from Cài đặt → Sao lưu dữ liệu. If the backup cannot be made
 * (disk full, folder not writable), the batch is refused with that message: nothing is stored
 * that could not be undone.
 */
export async function beforeImportBatch(ctx: ServiceContext): Promise<void> {
  await backupBeforeImport(ctx);
}
