import { z } from 'zod';

/** Why a backup of the database was taken. */
export const BACKUP_REASONS = ['daily', 'migration', 'import', 'restore', 'manual'] as const;
export const backupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof backupReasonSchema>;

/** The file names the app gives its backups, e.g. "cchc_2024-06-01_10-32-05_hang-ngay.sqlite". */
export const BACKUP_FILE_PATTERN =
  /^cchc_(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})_(hang-ngay|truoc-nang-cap|truoc-nhap|truoc-khoi-phuc|thu-cong)(?:-(\d{1,3}))?\.sqlite$/u;

export const backupFileNameSchema = z.string().max(120).regex(BACKUP_FILE_PATTERN);

export const backupInfoSchema = z.object({
  fileName: backupFileNameSchema,
  /** When the backup was taken (ISO 8601, from the file name's local time). */
  createdAt: z.string(),
  reason: backupReasonSchema,
  size: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;
