import { likelyCurrentPeriod, periodChoices } from '../../../shared/domain/periods';
import { fromJsDate } from '../../../shared/format/dates';

/** The periods offered: every kind of the last four years and this one, newest first. */
export function periodsAround(today: Date): string[] {
  const year = today.getFullYear();
  return periodChoices([year - 4, year - 3, year - 2, year - 1, year]);
}

/**
 * The period last chosen with this data folder (kept in its settings, so another browser or a
 * fresh one opens on it too), else the last one that has ended.
 */
export function initialPeriod(today: Date, choices: string[], stored?: string): string {
  if (stored && choices.includes(stored)) return stored;
  return likelyCurrentPeriod(fromJsDate(today));
}
