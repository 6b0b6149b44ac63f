import type { ModelRow, ReportData } from '../domain/report';
import { formatCount, formatRate } from '../format/numbers';
import { looseKey, nfc } from '../format/text';
import { computeFigures, computeRates } from '../rules/evaluate';
import { allIndicators, listSection, type FormTemplate } from '../template';

/**
 * What changed between two revisions of a unit's report, indicator by indicator, for the district
 * to see before it trusts a re-submission. Values are given as shown to people ("27.630",
 * "98,74%"); an empty string means "not filled in".
 */
export type DiffKind =
  'count' | 'total' | 'rate' | 'text' | 'model-added' | 'model-removed' | 'model-changed' | 'preparer';

export interface DiffColumnChange {
  code: string;
  label: string;
  before: string;
  after: string;
}

export interface DiffEntry {
  kind: DiffKind;
  /** Indicator code ("A03"), list column code of the model name ("B01"), or preparer field. */
  code: string;
  label: string;
  before: string;
  after: string;
  /** For a changed model: the columns that differ. */
  columns?: DiffColumnChange[];
}

const shownCount = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatCount(v));
const clean = (text: string | undefined) =>
  nfc(text ?? '')
    .replace(/\r\n?/gu, '\n')
    .trim();

function diffModels(template: FormTemplate, before: ModelRow[], after: ModelRow[]): DiffEntry[] {
  const section = listSection(template);
  if (!section) return [];
  const nameColumn = section.columns[0]!;
  const key = (m: ModelRow) => looseKey(m.values[nameColumn.code] ?? '');
  const name = (m: ModelRow) => clean(m.values[nameColumn.code]);
  const beforeByKey = new Map(before.map((m) => [key(m), m]));
  const afterKeys = new Set(after.map(key));
  const entries: DiffEntry[] = [];
  for (const m of after) {
    const old = beforeByKey.get(key(m));
    if (!old) {
      entries.push({
        kind: 'model-added',
        code: nameColumn.code,
        label: section.rowNoun,
        before: '',
        after: name(m),
      });
      continue;
    }
    const columns = section.columns
      .filter((c) => clean(old.values[c.code]) !== clean(m.values[c.code]))
      .map((c) => ({
        code: c.code,
        label: c.label,
        before: clean(old.values[c.code]),
        after: clean(m.values[c.code]),
      }));
    if (columns.length) {
      entries.push({
        kind: 'model-changed',
        code: nameColumn.code,
        label: section.rowNoun,
        before: name(old),
        after: name(m),
        columns,
      });
    }
  }
  for (const m of before) {
    if (!afterKeys.has(key(m))) {
      entries.push({
        kind: 'model-removed',
        code: nameColumn.code,
        label: section.rowNoun,
        before: name(m),
        after: '',
      });
    }
  }
  return entries;
}

/** Changes from `before` to `after`, in the template's order: figures, rates, texts, models. */
export function diffReports(template: FormTemplate, before: ReportData, after: ReportData): DiffEntry[] {
  const figuresBefore = computeFigures(template, before.counts);
  const figuresAfter = computeFigures(template, after.counts);
  const ratesBefore = computeRates(template, figuresBefore);
  const ratesAfter = computeRates(template, figuresAfter);
  const entries: DiffEntry[] = [];
  for (const indicator of allIndicators(template)) {
    const { code, label } = indicator;
    let from: string;
    let to: string;
    if (indicator.kind === 'count' || indicator.kind === 'total') {
      from = shownCount(figuresBefore[code]);
      to = shownCount(figuresAfter[code]);
    } else if (indicator.kind === 'rate') {
      const a = ratesBefore[code];
      const b = ratesAfter[code];
      from = a ? formatRate(a.percent) : '';
      to = b ? formatRate(b.percent) : '';
    } else {
      from = clean(before.texts[code]);
      to = clean(after.texts[code]);
    }
    if (from !== to) entries.push({ kind: indicator.kind, code, label, before: from, after: to });
  }
  entries.push(...diffModels(template, before.models, after.models));
  for (const field of ['name', 'position', 'phone', 'preparedOn'] as const) {
    const from = clean(before.preparer[field]);
    const to = clean(after.preparer[field]);
    if (from !== to) entries.push({ kind: 'preparer', code: field, label: field, before: from, after: to });
  }
  return entries;
}
