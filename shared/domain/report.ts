import { z } from 'zod';

/**
 * What a unit reports for one period. Counts are whole numbers or null (not filled in); totals and
 * rates are never stored, they are computed from the counts by the evaluator.
 */
export const modelRowSchema = z.object({
  /** Stable id of the row, so reordering and editing never mix rows up. */
  id: z.string().min(1).max(64),
  values: z.record(z.string().max(8), z.string().max(20_000)),
});
export type ModelRow = z.infer<typeof modelRowSchema>;

export const preparerSchema = z.object({
  name: z.string().max(200),
  position: z.string().max(200),
  phone: z.string().max(50),
  /** dd/mm/yyyy as typed; empty means the day of export. */
  preparedOn: z.string().max(20),
});
export type Preparer = z.infer<typeof preparerSchema>;

export const reportDataSchema = z.object({
  counts: z.record(z.string().max(8), z.number().int().min(0).max(1e15).nullable()),
  texts: z.record(z.string().max(8), z.string().max(100_000)),
  models: z.array(modelRowSchema).max(20_000),
  preparer: preparerSchema,
});
export type ReportData = z.infer<typeof reportDataSchema>;

export function emptyReportData(): ReportData {
  return {
    counts: {},
    texts: {},
    models: [],
    preparer: { name: '', position: '', phone: '', preparedOn: '' },
  };
}
