import type { ImportProblem } from '../../../shared/workbook/import-types';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { formatDateTime } from '../../../shared/format/dates';

/** "20/12/2023 09:30" in the PC's time. */
export const shownDateTime = formatDateTime;

/** The reader's messages name their place; add it only where one does not. */
export function problemText(p: ImportProblem): string {
  const place = districtMessages.problemPlace(p);
  return place && !(p.cell && p.message.includes(p.cell)) ? `${place}: ${p.message}` : p.message;
}
