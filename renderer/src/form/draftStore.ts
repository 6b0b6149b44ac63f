/**
 * The last figures typed that the app has not yet confirmed on disk, kept in the browser's
 * localStorage (one entry per unit, period and template version). Written before every save is
 * sent and removed once a save is acknowledged, so it only ever holds what could otherwise be
 * lost: a save refused after a browser-mode server restart (new token), a hung or failed save,
 * a tab closed too early. The form applies it when the report is opened again, but only over the
 * data it was typed on: each draft carries a fingerprint of what its writer last knew to be on
 * disk, so a draft never undoes a restore, nor newer work saved from another tab meanwhile.
 */
import { canonicalJson, canonicalReportData, fingerprint } from '../../../shared/domain/canonical';

export { fingerprint };
import { reportDataSchema, type ReportData } from '../../../shared/domain/report';

export interface DraftKey {
  unitCode: string;
  period: string;
  templateId: string;
  templateVersion: number;
}

export interface Draft {
  data: ReportData;
  /** Fingerprint of the canonical JSON of the data on disk when the draft was typed. */
  base: string;
  /** When it was written (ISO 8601, UTC). */
  writtenAt: string;
}

/** Where the autosaver keeps its draft; `savedKey` is the canonical JSON of what is on disk. */
export interface DraftSink {
  write: (data: ReportData, savedKey: string) => void;
  clear: () => void;
}

/** The canonical JSON of report data: equal for equal data (key order, NFC, row order kept). */
export const dataKey = (data: ReportData) => canonicalJson(canonicalReportData(data));

const PREFIX = 'cchc-draft';

export const draftStorageKey = (key: DraftKey) =>
  `${PREFIX}:${key.templateId}-v${key.templateVersion}:${key.unitCode}:${key.period}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage may be disabled; the form then works as before, without the safety net.
    return undefined;
  }
}

export function readDraft(key: DraftKey): Draft | undefined {
  const store = storage();
  try {
    const text = store?.getItem(draftStorageKey(key));
    if (!text) return undefined;
    const parsed = JSON.parse(text) as { data?: unknown; base?: unknown; writtenAt?: unknown };
    const data = reportDataSchema.safeParse(parsed.data);
    if (!data.success || typeof parsed.base !== 'string' || typeof parsed.writtenAt !== 'string') {
      store?.removeItem(draftStorageKey(key));
      return undefined;
    }
    return { data: data.data, base: parsed.base, writtenAt: parsed.writtenAt };
  } catch {
    return undefined;
  }
}

export function writeDraft(key: DraftKey, data: ReportData, savedKey: string, now = new Date()): void {
  try {
    const draft: Draft = { data, base: fingerprint(savedKey), writtenAt: now.toISOString() };
    storage()?.setItem(draftStorageKey(key), JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the save itself is still attempted.
  }
}

export function clearDraft(key: DraftKey): void {
  try {
    storage()?.removeItem(draftStorageKey(key));
  } catch {
    // Nothing to do.
  }
}

export function draftSink(key: DraftKey): DraftSink {
  return { write: (data, savedKey) => writeDraft(key, data, savedKey), clear: () => clearDraft(key) };
}

/**
 * The draft to apply when a report is opened: one that differs from the stored data and was typed
 * on the data still stored (anything saved or restored since, from here or elsewhere, wins). A
 * draft that is not applied is removed.
 */
export function draftToApply(key: DraftKey, stored: ReportData): Draft | undefined {
  const draft = readDraft(key);
  if (!draft) return undefined;
  const storedKey = dataKey(stored);
  if (dataKey(draft.data) === storedKey || draft.base !== fingerprint(storedKey)) {
    clearDraft(key);
    return undefined;
  }
  return draft;
}
