import { z } from 'zod';
import { base64Schema, fileNameSchema, periodSchema } from './common';
import { unitCodeSchema } from '../domain/units';

/** Receipts: made by the merging office for a received file, read by the commune app. */
export const MAX_RECEIPT_FILE_BYTES = 1024 * 1024;

/** What the commune sees of a receipt, against its own report as it is now. */
const receiptSeenSchema = z.object({
  unitCode: z.string(),
  period: z.string(),
  revision: z.number().int().nullable(),
  sha256: z.string(),
  /** This PC's latest revision of that report; null when it has none. */
  localRevision: z.number().int().nullable(),
  /** "Đã được UBND huyện … nhận bản lần 3 ngày …: chấp nhận". */
  line: z.string(),
  problems: z.array(z.string()),
  /** Whether this PC's report is newer than the receipted one, or is another unit's. */
  note: z.string(),
  newer: z.boolean(),
  accepted: z.boolean(),
});

export const receiptCalls = {
  'district.receipt': {
    args: z.object({ id: z.number().int().min(1) }).strict(),
    result: z.object({ fileName: z.string(), base64: z.string(), text: z.string() }),
  },
  'receipt.import': {
    args: z
      .object({
        fileName: fileNameSchema,
        base64: base64Schema(MAX_RECEIPT_FILE_BYTES),
      })
      .strict(),
    result: receiptSeenSchema,
  },
  /** The last receipt imported for a report of this PC (kept across restarts); null when none. */
  'receipt.last': {
    args: z.object({ unitCode: unitCodeSchema, period: periodSchema }).strict(),
    result: receiptSeenSchema.nullable(),
  },
} as const;
