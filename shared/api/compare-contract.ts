import { z } from 'zod';
import { unitCodeSchema } from '../domain/units';
import { periodSchema } from './common';

/**
 * The comparison of one unit's figures in two periods (shared/compare/periods.ts), for the district
 * screen and a commune's own form. Kept apart from contract.ts so that file stays small.
 */
const sideSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('value'), value: z.number() }),
  z.object({ state: z.literal('not-applicable') }),
  z.object({ state: z.literal('missing'), reason: z.enum(['no-report', 'not-filled', 'parts-missing']) }),
]);

export const comparedRowSchema = z.object({
  code: z.string(),
  stt: z.number().int(),
  label: z.string(),
  unit: z.string(),
  kind: z.enum(['count', 'total', 'rate', 'list']),
  indent: z.number().int(),
  now: sideSchema,
  other: sideSchema,
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
  noChange: z.enum(['missing', 'not-applicable', 'from-zero']).nullable(),
});

/** A period of the comparison and where this PC holds its figures from (null: it holds none). */
const heldPeriodSchema = z.object({
  period: z.string(),
  source: z.enum(['typed', 'received']).nullable(),
  revision: z.number().int().nullable(),
  /** When it was saved (typed) or received (a file), ISO 8601. */
  at: z.string().nullable(),
});

export const comparisonSchema = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  period: heldPeriodSchema,
  other: heldPeriodSchema,
  /** Every period this PC holds figures of for the unit, newest first. */
  periods: z.array(z.string()),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      rows: z.array(comparedRowSchema),
      texts: z.array(z.object({ code: z.string(), label: z.string() })),
    }),
  ),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const compareCalls = {
  'compare.periods': {
    args: z
      .object({
        unitCode: unitCodeSchema,
        period: periodSchema,
        /** Left out: the same kind of period a year earlier (or the latest earlier one held). */
        otherPeriod: periodSchema.optional(),
      })
      .strict(),
    result: comparisonSchema,
  },
} as const;
