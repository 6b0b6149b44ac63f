/**
 * DHIS2 dataValueSets JSON, and the zod schema it is checked against before it is written: the
 * fields DHIS2's import reads, values as whole-number strings, periods in DHIS2's codes.
 */
import { z } from 'zod';
import type { Dhis2Export } from './export';
import { DHIS2_PERIOD_PATTERN } from './periods';

const identifier = z.string().min(1).max(50);

export const dataValueSchema = z
  .object({
    dataElement: identifier,
    period: z.string().regex(DHIS2_PERIOD_PATTERN),
    orgUnit: identifier,
    categoryOptionCombo: identifier.optional(),
    value: z.string().regex(/^(0|[1-9]\d{0,14})$/u),
  })
  .strict();

export const dataValueSetSchema = z
  .object({
    dataSet: identifier,
    completeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    dataValues: z.array(dataValueSchema).min(1),
  })
  .strict();
export type DataValueSet = z.infer<typeof dataValueSetSchema>;

/** null when the period has no DHIS2 code (9 months): the caller says to use ADX. */
export function dataValueSet(exp: Dhis2Export, exported: Date): DataValueSet | null {
  const period = exp.periods.dataValueSets;
  if (period === null) return null;
  return {
    dataSet: exp.dataSet,
    completeDate: exported.toISOString().slice(0, 10),
    dataValues: exp.groups.flatMap((g) =>
      g.values.map((v) => ({
        dataElement: v.dataElement,
        period,
        orgUnit: g.orgUnit,
        ...(v.categoryOptionCombo ? { categoryOptionCombo: v.categoryOptionCombo } : {}),
        value: v.value,
      })),
    ),
  };
}

/** JSON with one data value per line: readable, and small even for thousands of units. */
export function dataValueSetText(set: DataValueSet): string {
  const { dataValues, ...head } = set;
  const opening = JSON.stringify(head).slice(0, -1);
  return `${opening},"dataValues":[\n${dataValues.map((v) => JSON.stringify(v)).join(',\n')}\n]}\n`;
}
