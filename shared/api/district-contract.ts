import { z } from 'zod';
import { periodSchema, base64Schema, fileNameSchema } from './common';
import { unitCodeSchema, unitLevelSchema } from '../domain/units';
import { checkedWorkbookSchema, importProblemResultSchema } from '../workbook/import-schema';

/**
 * The merging office's calls (import of received workbooks, completeness, history, diff, merged
 * workbook), kept apart from contract.ts so that file stays small. Size limits live here: a batch is
 * at most MAX_IMPORT_FILES files of at most MAX_IMPORT_FILE_BYTES each, checked before any byte is
 * decoded. The renderer splits bigger selections into batches that also fit the HTTP body limit.
 */
export const MAX_IMPORT_FILES = 50;
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
/** Raw bytes per batch the renderer aims at (base64 adds a third; the bridge accepts 64 MB). */
export const IMPORT_BATCH_BYTES = 8 * 1024 * 1024;

const period = periodSchema;

export const verdictSchema = checkedWorkbookSchema.shape.verdict;
export const importProblemSchema = importProblemResultSchema;
export const importOutcomeSchema = z.enum([
  'current',
  'replaced',
  'identical',
  'same-content',
  'older',
  'refused',
]);
export type ImportOutcomeName = z.infer<typeof importOutcomeSchema>;
export const receivedStatusSchema = z.enum(['current', 'superseded', 'refused', 'duplicate', 'older']);

export const importFileSchema = z
  .object({
    fileName: fileNameSchema,
    // An empty file is reported to the clerk as such, not refused as a wrong call.
    base64: base64Schema(MAX_IMPORT_FILE_BYTES, { empty: true }),
  })
  .strict();

export const importResultSchema = z.object({
  fileName: z.string(),
  verdict: verdictSchema,
  problems: z.array(importProblemSchema),
  outcome: importOutcomeSchema,
  /** Vietnamese: what happened to the file. */
  message: z.string(),
  /** Vietnamese: how the file was checked, when the user must know (without the safety limits). */
  notice: z.string().optional(),
  id: z.number().int().optional(),
  unitCode: z.string().optional(),
  unitName: z.string().optional(),
  period: z.string().optional(),
  revision: z.number().int().optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const completenessFileSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  receivedAt: z.string(),
  revision: z.number().int().nullable(),
  verdict: verdictSchema,
  problems: z.array(importProblemSchema),
  blankCounts: z.array(z.string()),
});

export const completenessSchema = z.object({
  period: z.string(),
  rows: z.array(
    z.object({
      unit: z.object({ code: z.string(), name: z.string(), level: unitLevelSchema, active: z.boolean() }),
      status: z.enum(['received', 'warnings', 'refused', 'missing']),
      current: completenessFileSchema.nullable(),
      refused: z.array(completenessFileSchema),
      fileCount: z.number().int(),
      own: z.boolean().optional(),
    }),
  ),
  counts: z.object({
    expected: z.number().int(),
    received: z.number().int(),
    warnings: z.number().int(),
    refused: z.number().int(),
    missing: z.number().int(),
    refusedFiles: z.number().int(),
  }),
  unattributed: z.array(completenessFileSchema),
});

export const receivedSummarySchema = z.object({
  id: z.number().int(),
  sha256: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  receivedAt: z.string(),
  verdict: verdictSchema,
  problems: z.array(importProblemSchema),
  templateId: z.string().nullable(),
  templateVersion: z.number().int().nullable(),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  period: z.string().nullable(),
  revision: z.number().int().nullable(),
  reportId: z.number().int().nullable(),
  origin: z.enum(['app', 'blank', 'merged']).nullable(),
  status: receivedStatusSchema,
  relatedId: z.number().int().nullable(),
  checkedPeriod: z.string().nullable(),
  /** The export time the file says (app exports): what orders two files of one revision. */
  exportedAt: z.string().nullable().optional(),
});
export type ReceivedSummaryDto = z.infer<typeof receivedSummarySchema>;

export const diffEntrySchema = z.object({
  kind: z.enum([
    'count',
    'total',
    'rate',
    'text',
    'model-added',
    'model-removed',
    'model-changed',
    'preparer',
  ]),
  code: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
  columns: z
    .array(z.object({ code: z.string(), label: z.string(), before: z.string(), after: z.string() }))
    .optional(),
});

const id = z.number().int().min(1);

/** The calls, spread into `apiContract`. */
export const districtCalls = {
  'district.import': {
    args: z
      .object({
        files: z.array(importFileSchema).min(1).max(MAX_IMPORT_FILES),
        /** The period on screen: a file of another period is refused, with a message. */
        period: period.optional(),
      })
      .strict(),
    result: z.array(importResultSchema),
  },
  'district.completeness': {
    args: z.object({ period }).strict(),
    result: completenessSchema,
  },
  'district.history': {
    args: z.object({ unitCode: unitCodeSchema, period }).strict(),
    result: z.array(receivedSummarySchema),
  },
  'district.diff': {
    args: z.object({ unitCode: unitCodeSchema, period, fromId: id, toId: id }).strict(),
    result: z.object({
      from: receivedSummarySchema,
      to: receivedSummarySchema,
      entries: z.array(diffEntrySchema),
    }),
  },
  'district.exportMerged': {
    args: z.object({ period }).strict(),
    result: z.object({
      fileName: z.string(),
      savedPath: z.string(),
      base64: z.string(),
      unitsMerged: z.number().int(),
    }),
  },
} as const;
