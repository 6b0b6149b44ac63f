import {
  lastEndedOf,
  likelyCurrentPeriod,
  periodChoices,
  type PeriodChoiceKind,
} from '../../../shared/domain/periods';
import { fromJsDate } from '../../../shared/format/dates';

/** The periods offered: every kind of the last four years and this one, newest first. */
export function periodsAround(today: Date, kinds?: readonly PeriodChoiceKind[]): string[] {
  const year = today.getFullYear();
  return periodChoices([year - 4, year - 3, year - 2, year - 1, year], kinds);
}

/**
 * The period last chosen with this data folder (kept in its settings, so another browser or a
 * fresh one opens on it too), else the last one that has ended.
 */
export function initialPeriod(today: Date, choices: string[], stored?: string): string {
  if (stored && choices.includes(stored)) return stored;
  const likely = likelyCurrentPeriod(fromJsDate(today));
  // A form reported monthly or by quarter: the last of its own periods that has ended.
  return choices.includes(likely) ? likely : (lastEndedOf(choices, fromJsDate(today)) ?? likely);
}
