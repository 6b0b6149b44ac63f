import type { Preparer } from '../domain/report';
import { parseDate } from '../format/dates';
import { preparerMessages } from '../i18n/vi/preparer';
import { ui } from '../i18n/vi/ui';

/** Digits, spaces and + . - ( ): what a Vietnamese phone number is written with. */
const PHONE_PATTERN = /^[0-9 +.\-()]*$/u;

export interface PreparerIssue {
  key: 'phone' | 'preparedOn';
  /** An error stops the export like every other error; a warning is only shown. */
  level: 'error' | 'warning';
  message: string;
}

/**
 * The checks of "Người lập" (not part of the template), the same in the form and in the export
 * service: a phone with letters or a date that is not a real dd/mm/yyyy is an error (it would be
 * printed on the cover); a phone of unusual length is a warning. Each message starts with the
 * field's name, as the issue list shows it away from the box.
 */
export function preparerIssues(preparer: Preparer): PreparerIssue[] {
  const issues: PreparerIssue[] = [];
  if (!PHONE_PATTERN.test(preparer.phone)) {
    issues.push({ key: 'phone', level: 'error', message: `${ui.preparer.phone}: ${ui.preparer.badPhone}` });
  } else {
    const digits = preparer.phone.replace(/\D/gu, '').length;
    if (digits > 0 && (digits < 9 || digits > 12)) {
      issues.push({
        key: 'phone',
        level: 'warning',
        message: `${ui.preparer.phone}: ${preparerMessages.phoneDigits(digits)}`,
      });
    }
  }
  const preparedOn = parseDate(preparer.preparedOn);
  if (!preparedOn.ok) {
    issues.push({
      key: 'preparedOn',
      level: 'error',
      message: `${ui.preparer.preparedOn}: ${preparedOn.message}`,
    });
  }
  return issues;
}
