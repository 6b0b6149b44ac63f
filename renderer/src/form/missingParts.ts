import { findIndicator, type FormTemplate } from '../../../shared/template';

/**
 * The counts not typed yet that a total or rate is made of (through other totals), in the
 * template's order of the formula: what the row says when it shows "—" or a partial total.
 */
export function missingParts(
  template: FormTemplate,
  code: string,
  figures: Record<string, number | null | undefined>,
  seen = new Set<string>(),
): string[] {
  const indicator = findIndicator(template, code);
  if (!indicator || seen.has(code)) return [];
  seen.add(code);
  if (indicator.kind === 'count') return figures[code] === null || figures[code] === undefined ? [code] : [];
  const parts =
    indicator.kind === 'total'
      ? indicator.sumOf
      : indicator.kind === 'rate'
        ? [...indicator.numerator, ...indicator.denominator]
        : [];
  return parts.flatMap((part) => missingParts(template, part, figures, seen));
}
