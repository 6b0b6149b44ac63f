/**
 * Entries count boxes refused ("1,234" is not a count): never saved, so kept in the draft on this
 * computer and put back in their boxes, with their error, when the report is opened again.
 */
import { countField } from './fieldNames';
import type { FormValues } from './formValues';

/** The text of every refused box, by code. */
export function refusedEntries(
  refused: Record<string, string>,
  getValues: (name: `counts.${string}`) => string | undefined,
): Record<string, string> {
  return Object.fromEntries(Object.keys(refused).map((code) => [code, getValues(countField(code)) ?? '']));
}

/** The form's values with refused entries back in their boxes. */
export function withEntries(values: FormValues, entries: Record<string, string> | undefined): FormValues {
  if (!entries) return values;
  return { ...values, counts: { ...values.counts, ...entries } };
}
