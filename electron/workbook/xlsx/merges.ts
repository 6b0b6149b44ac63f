import { parseCellRef } from '../formulas';
import type { MergedRange } from './model';

const MERGE_CELL =
  /<(?:\w{1,16}:)?mergeCell\s[^>]{0,200}?ref\s*=\s*["']([A-Za-z$]{1,4}\d{1,7})(?::([A-Za-z$]{1,4}\d{1,7}))?["']/gu;
/** A sheet has at most this many merged ranges read (the writer makes a few dozen). */
const MAX_MERGES = 10_000;

/** The merged ranges of a sheet (after its cells, in <mergeCells>). */
export function readMerges(xml: string, from: number): MergedRange[] {
  const merges: MergedRange[] = [];
  const start = xml.indexOf('mergeCells', from);
  if (start < 0) return merges;
  MERGE_CELL.lastIndex = start;
  for (let m = MERGE_CELL.exec(xml); m && merges.length < MAX_MERGES; m = MERGE_CELL.exec(xml)) {
    const a = parseCellRef(m[1]!);
    const b = parseCellRef(m[2] ?? m[1]!);
    if (!a || !b) continue;
    merges.push({
      top: Math.min(a[0], b[0]),
      left: Math.min(a[1], b[1]),
      bottom: Math.max(a[0], b[0]),
      right: Math.max(a[1], b[1]),
    });
  }
  return merges;
}

/**
 * Reads the cells of one worksheet with the one XML scanner (xml.ts), which refuses any DOCTYPE.
 * Cells and rows are counted before any is built, so a sheet of a million of them is refused in
 * milliseconds; anything after </sheetData> is never looked at.
 */
