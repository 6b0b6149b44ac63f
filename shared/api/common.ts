import { z } from 'zod';
import { isPeriodCode } from '../domain/periods';
import { apiMessages } from '../i18n/vi/api';

/**
 * Schemas shared by the contract files (contract.ts imports the district and workbook contracts,
 * so they cannot import from it without a cycle).
 */

/** A period code: "2024-Q1", "2024-H1", "2024-Q3" or "2024". */
export const periodSchema = z.string().refine(isPeriodCode, { message: apiMessages.badPeriod });
