import { parsePeriod, periodCode } from '../domain/periods';
import { formatCount } from '../format/numbers';
import { ruleMessages } from '../i18n/vi/rules';
import { countIndicators, type FormTemplate, type IndicatorCode } from '../template';
import type { Issue } from './evaluate';

/**
 * Plausibility, as DHIS2's min-max checks: a figure that is allowed but unlikely is a warning at its
 * cell, never a refusal (a big ward can have a big year). Three signs of a slip:
 * - above the template's plausible maximum of the count;
 * - in the Excel date-serial range where a small count is expected ("1/7/2023" kept as 45108);
 * - many times the same unit's figure of the previous period.
 */

/** Excel serials of 01/01/2000 and 31/12/2099: a count in between may well be a date. */
export const DATE_SERIAL_RANGE = { min: 36_526, max: 73_051 } as const;

export function isDateSerialLike(value: number): boolean {
  return Number.isInteger(value) && value >= DATE_SERIAL_RANGE.min && value <= DATE_SERIAL_RANGE.max;
}

/** The period a figure is compared with: the same kind of period a year before ("2023" → "2022"). */
export function comparablePreviousPeriod(code: string): string | undefined {
  const p = parsePeriod(code);
  return p ? periodCode({ ...p, year: p.year - 1 }) : undefined;
}

/** The counts of the same unit's previous period, when known. */
export type PreviousCounts = Record<IndicatorCode, number | null | undefined>;

export function checkPlausibility(
  template: FormTemplate,
  counts: Record<IndicatorCode, number | null | undefined>,
  sectionOf: (code: string) => string,
  previous?: PreviousCounts,
): Issue[] {
  const issues: Issue[] = [];
  const change = template.plausibleChange;
  for (const c of countIndicators(template)) {
    const value = counts[c.code];
    if (value === null || value === undefined || value > template.maxCount) continue;
    const add = (check: string, message: string) =>
      issues.push({
        level: 'warning',
        check: `${c.code}-${check}`,
        code: c.code,
        codes: [c.code],
        sectionId: sectionOf(c.code),
        message,
      });
    const max = c.plausibleMax;
    if (max !== undefined && max < DATE_SERIAL_RANGE.min && isDateSerialLike(value)) {
      add('date-serial', ruleMessages.countLooksLikeDate(c.code, c.label, formatCount(value)));
    } else if (max !== undefined && value > max) {
      add(
        'plausible-max',
        ruleMessages.countAbovePlausible(c.code, c.label, formatCount(value), formatCount(max)),
      );
    }
    const before = previous?.[c.code];
    if (change && before !== null && before !== undefined && Math.max(value, before) >= change.atLeast) {
      const ratio =
        Math.min(value, before) === 0 ? Infinity : Math.max(value, before) / Math.min(value, before);
      if (ratio > change.factor) {
        add(
          'change',
          ruleMessages.countChangedALot(
            c.code,
            c.label,
            formatCount(before),
            formatCount(value),
            change.factor,
          ),
        );
      }
    }
  }
  return issues;
}
