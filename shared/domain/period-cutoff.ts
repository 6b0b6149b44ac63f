import { formatDate } from '../format/dates';
import { periodText } from '../i18n/vi/period-text';
import { periodEnd, periodStart } from './periods';

/** "Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024" (Nghị định 09/2019); null for a code that is not a period. */
export function periodCutOff(code: string): string | null {
  const start = periodStart(code);
  const end = periodEnd(code);
  return start && end ? periodText.cutOff(formatDate(start), formatDate(end)) : null;
}
