import { z } from 'zod';
import { backupFileNameSchema, backupInfoSchema } from '../domain/backups';

/**
 * The recovery screen's calls: when the database is missing, empty or damaged at start, the app
 * answers only these until the clerk has restored a backup (or chosen to start empty); the
 * damaged file is moved aside first, never deleted.
 */
export const recoveryBackupSchema = backupInfoSchema.extend({
  /** False when the backup itself fails its check (it is listed, but cannot be restored). */
  usable: z.boolean(),
  units: z.number().int().nullable(),
  reports: z.number().int().nullable(),
  receivedFiles: z.number().int().nullable(),
  unitCode: z.string().nullable(),
  lastSavedAt: z.string().nullable(),
});
export type RecoveryBackup = z.infer<typeof recoveryBackupSchema>;

export const recoveryProblemSchema = z.enum(['missing', 'empty', 'damaged']);
export type RecoveryProblem = z.infer<typeof recoveryProblemSchema>;

export const recoveryStatusSchema = z.object({
  needed: z.boolean(),
  problem: recoveryProblemSchema.nullable(),
  databaseFile: z.string(),
  backupFolder: z.string(),
  backups: z.array(recoveryBackupSchema),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

const call = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({ args, result });

export const recoveryCalls = {
  'recovery.status': call(z.object({}).strict(), recoveryStatusSchema),
  'recovery.restore': call(
    z.object({ fileName: backupFileNameSchema, confirm: z.literal(true) }).strict(),
    z.object({ restored: backupInfoSchema, damagedKeptAs: z.string().nullable() }),
  ),
  'recovery.startEmpty': call(
    z.object({ confirm: z.literal(true) }).strict(),
    z.object({ damagedKeptAs: z.string().nullable() }),
  ),
} as const;
