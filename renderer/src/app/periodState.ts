import {
  lastEndedOf,
  likelyCurrentPeriod,
  periodChoices,
  type PeriodChoiceKind,
} from '../../../shared/domain/periods';
import { fromJsDate } from '../../../shared/format/dates';

const STORAGE_KEY = 'cchc-period';

/** The periods offered: every kind of the last four years and this one, newest first. */
export function periodsAround(today: Date, kinds?: readonly PeriodChoiceKind[]): string[] {
  const year = today.getFullYear();
  return periodChoices([year - 4, year - 3, year - 2, year - 1, year], kinds);
}

/** The period last chosen on this PC, else the last one that has ended. */
export function initialPeriod(today: Date, choices: string[]): string {
  try {
    const remembered = localStorage.getItem(STORAGE_KEY);
    if (remembered && choices.includes(remembered)) return remembered;
  } catch {
    // Storage may be unavailable (private mode); the default is fine.
  }
  const likely = likelyCurrentPeriod(fromJsDate(today));
  // A form reported monthly or by quarter: the last of its own periods that has ended.
  return choices.includes(likely) ? likely : (lastEndedOf(choices, fromJsDate(today)) ?? likely);
}

export function rememberPeriod(period: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, period);
  } catch {
    // Not remembering the period is harmless.
  }
}
