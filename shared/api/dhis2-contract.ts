import { z } from 'zod';
import { periodSchema } from './common';

/** The DHIS2 export from the district screen (see electron/services/dhis2.ts). */
export const MAX_MAPPING_CHARS = 1_000_000;

export const dhis2Calls = {
  'district.exportDhis2': {
    args: z
      .object({
        period: periodSchema,
        format: z.enum(['adx', 'json']),
        /** The text of a mapping .csv, when the server's identifiers differ from our codes. */
        mappingCsv: z.string().max(MAX_MAPPING_CHARS).optional(),
      })
      .strict(),
    result: z.object({
      fileName: z.string(),
      content: z.string(),
      units: z.number().int(),
      values: z.number().int(),
      summary: z.string(),
    }),
  },
} as const;
