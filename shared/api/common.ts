import { z } from 'zod';
import { isPeriodCode } from '../domain/periods';
import { apiMessages } from '../i18n/vi/api';

/**
 * Schemas shared by the contract files (contract.ts imports the district and workbook contracts,
 * so they cannot import from it without a cycle).
 */

/** A period code: "2024-Q1", "2024-H1", "2024-Q3" or "2024". */
export const periodSchema = z.string().refine(isPeriodCode, { message: apiMessages.badPeriod });

/** The name of a file the page sends. */
export const fileNameSchema = z.string().trim().min(1).max(255);

/**
 * A file's bytes sent as base64, at most `maxBytes` once decoded. `empty`: allowed where an empty
 * file is a problem to report to the clerk (a received file), not a wrong call.
 */
export function base64Schema(maxBytes: number, { empty = false } = {}) {
  const text = z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u);
  return empty ? text : text.min(1);
}
