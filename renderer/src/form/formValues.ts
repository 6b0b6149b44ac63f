import { emptyReportData, type Preparer, type ReportData } from '../../../shared/domain/report';
import { formatCount, parseCount } from '../../../shared/format/numbers';
import { nfc } from '../../../shared/format/text';
import { countIndicators, listSection, textIndicators, type FormTemplate } from '../../../shared/template';

/**
 * What the form holds: every field as the text in its box. Counts keep what was typed
 * ("27.630", or "27,630" until corrected), so a refused entry is shown, never silently changed.
 */
export interface ModelRowValues {
  id: string;
  values: Record<string, string>;
}
export interface FormValues {
  counts: Record<string, string>;
  texts: Record<string, string>;
  models: ModelRowValues[];
  preparer: Preparer;
}

/** Last valid count per code: what is saved while a box holds text that is not a count. */
export type CountFallback = Record<string, number | null | undefined>;

export function emptyModelRow(template: FormTemplate, id: string): ModelRowValues {
  const columns = listSection(template)?.columns ?? [];
  return { id, values: Object.fromEntries(columns.map((c) => [c.code, ''])) };
}

/** The form's text from a stored report: counts grouped ("27.630"), every field present. */
export function toFormValues(template: FormTemplate, data: ReportData): FormValues {
  const counts = Object.fromEntries(
    countIndicators(template).map((c) => {
      const value = data.counts[c.code];
      return [c.code, value === null || value === undefined ? '' : formatCount(value)];
    }),
  );
  const texts = Object.fromEntries(textIndicators(template).map((t) => [t.code, data.texts[t.code] ?? '']));
  const models = data.models.map((m) => {
    const row = emptyModelRow(template, m.id);
    for (const code of Object.keys(row.values)) row.values[code] = m.values[code] ?? '';
    return row;
  });
  return { counts, texts, models, preparer: { ...emptyReportData().preparer, ...data.preparer } };
}

export interface ParsedCounts {
  counts: Record<string, number | null>;
  /** Codes whose text is not a count, with the parser's message. */
  refused: Record<string, string>;
}

/** Parses every count box; a refused box keeps its last valid value. */
export function parseCounts(
  template: FormTemplate,
  values: FormValues,
  fallback: CountFallback,
): ParsedCounts {
  const counts: Record<string, number | null> = {};
  const refused: Record<string, string> = {};
  for (const c of countIndicators(template)) {
    const parsed = parseCount(values.counts[c.code] ?? '');
    if (parsed.ok) counts[c.code] = parsed.value;
    else {
      counts[c.code] = fallback[c.code] ?? null;
      refused[c.code] = parsed.message;
    }
  }
  return { counts, refused };
}

/** The report data to save: valid counts, NFC text, every model row in its order. */
export function toReportData(
  template: FormTemplate,
  values: FormValues,
  counts: Record<string, number | null>,
): ReportData {
  const texts = Object.fromEntries(
    textIndicators(template).map((t) => [t.code, nfc(values.texts[t.code] ?? '')]),
  );
  const models = values.models.map((m) => ({
    id: m.id,
    values: Object.fromEntries(Object.entries(m.values).map(([code, text]) => [code, nfc(text ?? '')])),
  }));
  const p = values.preparer;
  return {
    counts,
    texts,
    models,
    preparer: {
      name: nfc(p.name ?? ''),
      position: nfc(p.position ?? ''),
      phone: nfc(p.phone ?? ''),
      preparedOn: nfc(p.preparedOn ?? ''),
    },
  };
}

/** A new row id: random, so rows keep their identity through reordering, export and import. */
export function newRowId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `row-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
