import { z } from 'zod';
import { periodSchema, base64Schema, fileNameSchema } from './common';
import { unitCodeSchema } from '../domain/units';
import { checkedWorkbookSchema } from '../workbook/import-schema';

/**
 * The commune's workbook calls: export its report, a blank template, open the folder of exported
 * files, and restore its own workbook (preview, then apply after a confirmation). Kept apart from
 * contract.ts so that file stays small.
 */
export const MAX_RESTORE_FILE_BYTES = 10 * 1024 * 1024;

const period = periodSchema;
const reportKey = z.object({ unitCode: unitCodeSchema, period }).strict();

export const savedWorkbookSchema = z.object({
  fileName: z.string(),
  /** Full path of the file written in the app's export folder. */
  savedPath: z.string(),
  /** The report's revision in the file; 0 for a blank template. */
  revision: z.number().int().min(0),
  /** The file's bytes, for the browser-mode download. */
  base64: z.string(),
  /** Codes of the counts left blank in the exported report (none for a blank template). */
  blankCounts: z.array(z.string()),
});
export type SavedWorkbook = z.infer<typeof savedWorkbookSchema>;

const workbookFile = {
  fileName: fileNameSchema,
  base64: base64Schema(MAX_RESTORE_FILE_BYTES),
  /** The report the clerk is looking at: the file must be for this unit and period. */
  unitCode: unitCodeSchema.optional(),
  period: period.optional(),
};

export const restorePreviewSchema = z.object({
  check: checkedWorkbookSchema,
  /** The file can be restored (not refused, and for this PC's unit). */
  canRestore: z.boolean(),
  /** The local report the file would overwrite; null when there is none yet. */
  existing: z
    .object({
      revision: z.number().int(),
      /** The local report has figures that restoring would replace. */
      hasData: z.boolean(),
      /** The local data is exactly the file's: nothing to restore. */
      sameData: z.boolean(),
    })
    .nullable(),
  /** Vietnamese: the file was checked without the safety limits (see district import results). */
  notice: z.string().optional(),
});
export type RestorePreview = z.infer<typeof restorePreviewSchema>;

export const workbookCalls = {
  'workbook.exportReport': { args: reportKey, result: savedWorkbookSchema },
  'workbook.blankTemplate': { args: reportKey, result: savedWorkbookSchema },
  'workbook.openFolder': {
    args: z.object({ path: z.string().min(1).max(1000) }).strict(),
    result: z.object({ opened: z.boolean(), folder: z.string() }),
  },
  'workbook.restorePreview': { args: z.object(workbookFile).strict(), result: restorePreviewSchema },
  'workbook.restoreApply': {
    args: z.object({ ...workbookFile, confirm: z.literal(true) }).strict(),
    result: z.object({
      unitCode: z.string(),
      period: z.string(),
      revision: z.number().int(),
      changed: z.boolean(),
    }),
  },
} as const;
