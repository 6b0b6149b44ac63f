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

/**
 * Whether a report holds anything of its own: a figure, a text or a model with some content (the
 * preparer's name or phone alone is not a report). The one rule of the export service (nothing to
 * export) and of the reader (an unfilled blank template is refused), so an exported file is never
 * refused as a blank.
 */
export function hasReportContent(data: ReportData): boolean {
  const c = canonicalReportData(data);
  return (
    Object.keys(c.counts).length > 0 ||
    Object.keys(c.texts).length > 0 ||
    c.models.some((m) => Object.keys(m.values).length > 0)
  );
}

/** A short fingerprint of a text (53-bit hash, cyrb53): enough to tell two reports apart. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The version of a report's content that a save is based on. A fingerprint of the content rather
 * than a counter: restoring a backup can bring back an older counter with other figures, while
 * equal fingerprints mean the stored figures are the ones the saver has seen.
 */
export const reportFingerprint = (data: ReportData): string =>
  fingerprint(canonicalJson(canonicalReportData(data)));
