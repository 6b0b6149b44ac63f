import { z } from 'zod';

/** Receipts: made by the merging office for a received file, read by the commune app. */
export const MAX_RECEIPT_FILE_BYTES = 1024 * 1024;

export const receiptCalls = {
  'district.receipt': {
    args: z.object({ id: z.number().int().min(1) }).strict(),
    result: z.object({ fileName: z.string(), base64: z.string(), text: z.string() }),
  },
  'receipt.import': {
    args: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        base64: z
          .string()
          .min(1)
          .max(Math.ceil(MAX_RECEIPT_FILE_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/u),
      })
      .strict(),
    result: z.object({
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
    }),
  },
} as const;
