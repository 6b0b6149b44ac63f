import { canonicalReportData, fingerprint } from '../domain/canonical';
import type { ReportData } from '../domain/report';

/**
 * Each value of a report as one field ("counts.A01", "texts.E01", "models.<row id>.B01",
 * "preparer.name") with its canonical text. The app writes them, shortened, with a fingerprint,
 * into the technical sheet of an export, so a reader whose checksum does not match can name the
 * cells whose value differs from what the app wrote, with the value before and now.
 */

/** Prefix of the technical sheet's keys that hold a written field (column A; B shown, C fingerprint). */
export const WRITTEN_FIELD_PREFIX = 'data.';

export type FieldKey =
  | { part: 'counts' | 'texts'; code: string }
  | { part: 'models'; id: string; code: string }
  | { part: 'preparer'; field: keyof ReportData['preparer'] };

export function reportFields(data: ReportData): Map<string, string> {
  const c = canonicalReportData(data);
  const fields = new Map<string, string>();
  for (const [code, v] of Object.entries(c.counts)) fields.set(`counts.${code}`, String(v));
  for (const [code, text] of Object.entries(c.texts)) fields.set(`texts.${code}`, text);
  for (const model of c.models) {
    for (const [code, text] of Object.entries(model.values)) fields.set(`models.${model.id}.${code}`, text);
  }
  for (const [field, text] of Object.entries(c.preparer)) if (text) fields.set(`preparer.${field}`, text);
  return fields;
}

/** "models.r-1.B01" → its parts (a model id may hold dots: the column code is the last part). */
export function parseFieldKey(key: string): FieldKey | undefined {
  const dot = key.indexOf('.');
  const part = key.slice(0, dot);
  const rest = key.slice(dot + 1);
  if (dot < 0 || !rest) return undefined;
  if (part === 'counts' || part === 'texts') return { part, code: rest };
  if (part === 'preparer') {
    return ['name', 'position', 'phone', 'preparedOn'].includes(rest)
      ? { part, field: rest as keyof ReportData['preparer'] }
      : undefined;
  }
  const last = rest.lastIndexOf('.');
  if (part === 'models' && last > 0) return { part, id: rest.slice(0, last), code: rest.slice(last + 1) };
  return undefined;
}

/** The fingerprint a field is compared by (the shown value is shortened). */
export const fieldFingerprint = fingerprint;
