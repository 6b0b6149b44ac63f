import { countsMadeOf, type FormTemplate } from '../../../shared/template';

/**
 * The counts not typed yet that a total or rate is made of (through other totals), in the
 * template's order of the formula: what the row says when it shows "—" or a partial total.
 */
export function missingParts(
  template: FormTemplate,
  code: string,
  figures: Record<string, number | null | undefined>,
): string[] {
  return countsMadeOf(template, code).filter((c) => figures[c] === null || figures[c] === undefined);
}
