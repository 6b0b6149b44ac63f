import type { ReportData } from './report';
import { nfc } from '../format/text';

/** JSON with object keys sorted, so equal content always gives equal bytes (and checksums). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/**
 * The canonical form of a report's data: NFC text, trimmed list cells, no empty entries. Two
 * reports that mean the same thing have the same canonical form, whatever PC or file they came from.
 */
export function canonicalReportData(data: ReportData): ReportData {
  const counts = Object.fromEntries(
    Object.entries(data.counts).filter(
      (entry): entry is [string, number] => entry[1] !== null && entry[1] !== undefined,
    ),
  );
  const texts = Object.fromEntries(
    Object.entries(data.texts)
      .map(([code, text]) => [code, nfc(text).replace(/\r\n?/gu, '\n').trim()] as const)
      .filter(([, text]) => text !== ''),
  );
  const models = data.models.map((m) => ({
    id: m.id,
    values: Object.fromEntries(
      Object.entries(m.values)
        .map(([code, text]) => [code, nfc(text).replace(/\r\n?/gu, '\n').trim()] as const)
        .filter(([, text]) => text !== ''),
    ),
  }));
  const preparer = {
    name: nfc(data.preparer.name).trim(),
    position: nfc(data.preparer.position).trim(),
    phone: nfc(data.preparer.phone).trim(),
    preparedOn: data.preparer.preparedOn.trim(),
  };
  return { counts, texts, models, preparer };
}
