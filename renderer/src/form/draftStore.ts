/**
 * The last figures typed that the app has not yet confirmed on disk, kept in the browser's
 * localStorage (one entry per unit, period and template version). Written before every save is
 * sent and removed once a save is acknowledged, so it only ever holds what could otherwise be
 * lost: a save refused after a browser-mode server restart (new token), a hung or failed save,
 * a tab closed too early, an entry a box refused ("1,234"). The form applies it when the report is
 * opened again and saves it like any save, based on the data it was typed on (kept with it): when
 * the stored report changed since, the store refuses it and the form merges, asking the clerk about
 * fields changed on both sides, so a draft never overwrites a restore or another tab's newer work.
 */
import { canonicalJson, canonicalReportData, fingerprint } from '../../../shared/domain/canonical';

export { fingerprint };
import { z } from 'zod';
import { reportDataSchema, type ReportData } from '../../../shared/domain/report';

const entriesSchema = z.record(z.string().max(64), z.string().max(1000));

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
  /** The data on disk when the draft was typed (drafts of older versions lack it). */
  baseData?: ReportData;
  /** Texts count boxes held that are not counts (never saved), by code: shown again on reopening. */
  entries?: Record<string, string>;
}

/** Where the autosaver keeps its draft; `savedKey` is the canonical JSON of what is on disk. */
export interface DraftSink {
  write: (data: ReportData, savedKey: string, entries?: Record<string, string>) => void;
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
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const data = reportDataSchema.safeParse(parsed.data);
    const entries = entriesSchema.safeParse(parsed.entries ?? {});
    if (
      !data.success ||
      !entries.success ||
      typeof parsed.base !== 'string' ||
      typeof parsed.writtenAt !== 'string'
    ) {
      store?.removeItem(draftStorageKey(key));
      return undefined;
    }
    const draft: Draft = { data: data.data, base: parsed.base, writtenAt: parsed.writtenAt };
    const baseData = reportDataSchema.safeParse(parsed.baseData);
    // Kept only when it is really what the fingerprint names.
    if (baseData.success && fingerprint(dataKey(baseData.data)) === parsed.base)
      draft.baseData = baseData.data;
    if (Object.keys(entries.data).length > 0) draft.entries = entries.data;
    return draft;
  } catch {
    return undefined;
  }
}

export function writeDraft(
  key: DraftKey,
  data: ReportData,
  savedKey: string,
  entries: Record<string, string> = {},
  now = new Date(),
): void {
  try {
    const draft: Draft = {
      data,
      base: fingerprint(savedKey),
      writtenAt: now.toISOString(),
      baseData: JSON.parse(savedKey) as ReportData,
      ...(Object.keys(entries).length > 0 ? { entries } : {}),
    };
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
  return {
    write: (data, savedKey, entries) => writeDraft(key, data, savedKey, entries),
    clear: () => clearDraft(key),
  };
}

/**
 * The draft to apply when a report is opened: one that differs from the stored data (or keeps a
 * refused entry), typed on the data still stored or carrying the data it was typed on (it is then
 * saved on that base, and the store's check sends it through the merge). A draft that is not
 * applied is removed.
 */
export function draftToApply(key: DraftKey, stored: ReportData): Draft | undefined {
  const draft = readDraft(key);
  if (!draft) return undefined;
  const storedKey = dataKey(stored);
  const same = dataKey(draft.data) === storedKey && !draft.entries;
  const onStored = draft.base === fingerprint(storedKey);
  if (same || (!onStored && !draft.baseData)) {
    clearDraft(key);
    return undefined;
  }
  return onStored ? { ...draft, baseData: stored } : draft;
}
