import type { ReportData } from '../../domain/report';
import { allCodes, countIndicators, type FormTemplate } from '../index';
import type { MappingRow } from './types';

/** What carrying a report forward to the next version did, for the review and the warnings. */
export interface MigrationSummary {
  /** Codes whose figure or text now lives under another code ("đổi mã", "gộp vào"). */
  moved: { from: string; to: string }[];
  /** Counts of the new version no figure came to: new and empty. */
  added: string[];
  /** Codes whose figures were dropped ("bỏ", or gone from the new version without a mapping). */
  dropped: string[];
}

/**
 * Carries a report from one version to the next by the package's "Chuyển đổi" mapping: a code
 * kept or not mentioned stays (if the new version has it), "đổi mã" moves it, "gộp vào" adds it
 * into another count, "bỏ" drops it. Pure; the caller stores nothing until the clerk agrees.
 */
export function migrateReport(
  data: ReportData,
  from: FormTemplate,
  to: FormTemplate,
  mapping: readonly MappingRow[],
): { data: ReportData; summary: MigrationSummary } {
  const newCodes = new Set(allCodes(to));
  const rule = new Map(mapping.map((m) => [m.from, m]));
  const summary: MigrationSummary = { moved: [], added: [], dropped: [] };
  /** Where a code's value goes: a code of the new version, or null (dropped). */
  const target = (code: string): string | null => {
    const m = rule.get(code);
    const dest = !m || m.how === 'keep' ? (m?.to ?? code) : m.how === 'drop' ? null : m.to;
    if (dest && newCodes.has(dest)) {
      if (dest !== code) summary.moved.push({ from: code, to: dest });
      return dest;
    }
    summary.dropped.push(code);
    return null;
  };
  const counts: ReportData['counts'] = {};
  for (const [code, value] of Object.entries(data.counts)) {
    const dest = target(code);
    if (!dest || value === null || value === undefined) continue;
    counts[dest] = (counts[dest] ?? 0) + value;
  }
  const texts: ReportData['texts'] = {};
  for (const [code, value] of Object.entries(data.texts)) {
    const dest = target(code);
    if (dest && value) texts[dest] = texts[dest] ? `${texts[dest]}\n${value}` : value;
  }
  const columnOf = new Map<string, string | null>();
  const models = data.models.map((row) => {
    const values: Record<string, string> = {};
    for (const [code, value] of Object.entries(row.values)) {
      if (!columnOf.has(code)) columnOf.set(code, target(code));
      const dest = columnOf.get(code);
      if (dest) values[dest] = value;
    }
    return { id: row.id, values };
  });
  // New and empty: counts of the new version that no code of the old one leads to.
  const reached = new Set(
    allCodes(from).map((c) => (rule.get(c)?.how === 'drop' ? null : (rule.get(c)?.to ?? c))),
  );
  summary.added = countIndicators(to)
    .map((i) => i.code)
    .filter((code) => !reached.has(code));
  const seen = new Set<string>();
  summary.moved = summary.moved.filter((m) => !seen.has(m.from) && seen.add(m.from));
  summary.dropped = [...new Set(summary.dropped)];
  return { data: { counts, texts, models, preparer: data.preparer }, summary };
}
