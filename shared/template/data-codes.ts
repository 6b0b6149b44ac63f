import type { ReportData } from '../domain/report';
import { countIndicators, listSection, textIndicators } from './index';
import type { FormTemplate } from './types';

/**
 * The codes in report data that the template does not have where they stand: a count under a code
 * that is not a count indicator (a total, a rate, "ZZ99"), a text that is not a text indicator, a
 * model cell that is not a list column. Such data would be stored and never shown or exported.
 */
export function codesNotInTemplate(template: FormTemplate, data: ReportData): string[] {
  const counts = new Set(countIndicators(template).map((c) => c.code));
  const texts = new Set(textIndicators(template).map((t) => t.code));
  const columns = new Set((listSection(template)?.columns ?? []).map((c) => c.code));
  const unknown = new Set<string>();
  for (const code of Object.keys(data.counts)) if (!counts.has(code)) unknown.add(code);
  for (const code of Object.keys(data.texts)) if (!texts.has(code)) unknown.add(code);
  for (const row of data.models) {
    for (const code of Object.keys(row.values)) if (!columns.has(code)) unknown.add(code);
  }
  return [...unknown];
}
