import { z } from 'zod';
import { reportDataSchema } from '../domain/report';

/** zod schemas of a checked workbook (import-types.ts), for API results that carry one. */
export const importProblemResultSchema = z.object({
  level: z.enum(['error', 'warning']),
  kind: z.string(),
  message: z.string(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  indicator: z.string().optional(),
  indicators: z.array(z.string()).optional(),
});

export const workbookIdentitySchema = z.object({
  templateId: z.string(),
  templateVersion: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  period: z.string(),
  revision: z.number().int(),
  reportId: z.number().int().optional(),
  exportedAt: z.string().optional(),
  appVersion: z.string().optional(),
  checksum: z.string().optional(),
  origin: z.enum(['app', 'blank', 'merged']),
});

export const checkedWorkbookSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  verdict: z.enum(['accepted', 'warnings', 'refused']),
  problems: z.array(importProblemResultSchema),
  identity: workbookIdentitySchema.optional(),
  data: reportDataSchema.optional(),
  elapsedMs: z.number().optional(),
});
