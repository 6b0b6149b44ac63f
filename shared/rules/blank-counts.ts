import type { ReportData } from '../domain/report';
import { countIndicators, type FormTemplate } from '../template';

/**
 * The counts of the form left blank, in the template's order, when at least one count is filled:
 * the district's import names them in a warning and its totals lack them, so the commune is told
 * when it exports. A report with no count at all has nothing to list (it is refused or text only).
 */
export function blankCounts(template: FormTemplate, data: ReportData): string[] {
  const counts = countIndicators(template);
  const blank = counts.filter((i) => (data.counts[i.code] ?? null) === null).map((i) => i.code);
  return blank.length === counts.length ? [] : blank;
}
