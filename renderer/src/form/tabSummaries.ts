import { ui } from '../../../shared/i18n/vi/ui';
import type { FormTemplate } from '../../../shared/template';
import { preparerIssues } from '../../../shared/rules/preparer';
import { PREPARER_SECTION, type FormCheck } from './resolver';

export interface TabSummary {
  id: string;
  title: string;
  /** Full title of the section, for the issue panel. */
  fullTitle: string;
  /** "18/22 đã nhập" or "3 dòng". */
  progress: string;
  errors: number;
  warnings: number;
}

/** One tab per template section, then "Người lập"; each with what is filled and what is wrong. */
export function tabSummaries(template: FormTemplate, check: FormCheck): TabSummary[] {
  const count = (id: string, level: 'error' | 'warning') =>
    check.issues.filter((i) => i.sectionId === id && i.level === level).length;
  const tabs = template.sections.map((s) => {
    const p = check.evaluation.progress.find((x) => x.sectionId === s.id);
    return {
      id: s.id,
      title: s.shortTitle,
      fullTitle: s.title,
      progress:
        s.kind === 'list' ? ui.form.rows(p?.total ?? 0) : ui.form.filled(p?.filled ?? 0, p?.total ?? 0),
      errors: count(s.id, 'error'),
      warnings: count(s.id, 'warning'),
    };
  });
  // A box counts as filled when it holds something acceptable (a bad date is not a date).
  const refused = new Set<string>(
    preparerIssues(check.data.preparer)
      .filter((p) => p.level === 'error')
      .map((p) => p.key),
  );
  const preparer = Object.entries(check.data.preparer);
  const filled = preparer.filter(([key, v]) => v.trim() !== '' && !refused.has(key)).length;
  tabs.push({
    id: PREPARER_SECTION,
    title: ui.form.preparerTab,
    fullTitle: ui.preparer.heading,
    progress: ui.form.filled(filled, preparer.length),
    errors: count(PREPARER_SECTION, 'error'),
    warnings: count(PREPARER_SECTION, 'warning'),
  });
  return tabs;
}
