import { z } from 'zod';
import { unitCodeSchema } from '../domain/units';
import { periodSchema } from './common';

/**
 * The Word report calls: a commune's own report and a merging office's report of a period, each
 * saved in the app's folders and returned for the browser-mode download. Kept apart from
 * contract.ts so that file stays small.
 */
export const savedWordReportSchema = z.object({
  fileName: z.string(),
  savedPath: z.string(),
  base64: z.string(),
  /** The previous period compared with; null when this PC holds none. */
  comparedWith: z.string().nullable(),
  /**
   * A merging office's report: this period's units whose previous-period file it holds, and all
   * this period's units (each figure is compared over the units that have it in both periods).
   */
  comparedUnits: z
    .object({ units: z.number().int().min(0), of: z.number().int().min(0) })
    .strict()
    .optional(),
});
export type SavedWordReport = z.infer<typeof savedWordReportSchema>;

export const wordReportCalls = {
  'report.exportWord': {
    args: z.object({ unitCode: unitCodeSchema, period: periodSchema }).strict(),
    result: savedWordReportSchema,
  },
  'district.exportWord': {
    args: z.object({ period: periodSchema }).strict(),
    result: savedWordReportSchema.extend({ unitsMerged: z.number().int() }),
  },
} as const;
