/**
 * The completeness of a roll-up as a tree: the units received through each merged workbook of the
 * level below (a district's merge at the province), and those sent directly. Pure, from the
 * completeness rows: a unit's current file says where its report came from.
 */
import { mergedFileOf } from '../workbook/roll-up';
import type { Completeness, CompletenessRow } from './completeness';

export interface RollUpGroup {
  /** The merged workbook's file name; null for units that sent their own file. */
  mergedFile: string | null;
  rows: CompletenessRow[];
}

/** Groups in the order first met; the direct units last. Empty when nothing came in a merge. */
export function rollUpTree(completeness: Pick<Completeness, 'rows'>): RollUpGroup[] {
  const groups = new Map<string | null, CompletenessRow[]>();
  for (const row of completeness.rows) {
    if (!row.current) continue;
    const key = mergedFileOf(row.current.fileName);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  if (![...groups.keys()].some((k) => k !== null)) return [];
  const merged = [...groups].filter(([k]) => k !== null);
  const direct = groups.get(null);
  return [
    ...merged.map(([mergedFile, rows]) => ({ mergedFile, rows })),
    ...(direct ? [{ mergedFile: null, rows: direct }] : []),
  ];
}
