import type { ImportProblem } from '../../../shared/workbook/import-types';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { formatDate, fromJsDate } from '../../../shared/format/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** "20/12/2023 09:30" in the PC's time. */
export function shownDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDate(fromJsDate(d))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The reader's messages name their place; add it only where one does not. */
export function problemText(p: ImportProblem): string {
  const place = districtMessages.problemPlace(p);
  return place && !(p.cell && p.message.includes(p.cell)) ? `${place}: ${p.message}` : p.message;
}
