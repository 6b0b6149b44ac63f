import type { Unit } from '../domain/units';
import { blankCountsOf, type ImportProblem, type Verdict } from '../workbook/import-types';

/**
 * Who has reported for a period: every expected unit with the state of its submission. Pure, so
 * the completeness screen, the "Tình hình nộp" sheet and the command line show the same thing.
 */
export type SubmissionStatus = 'received' | 'warnings' | 'refused' | 'missing';

/** What completeness needs to know of a received file (a subset of the store's summary). */
export interface ReceivedFileInfo {
  id: number;
  fileName: string;
  receivedAt: string;
  verdict: Verdict;
  status: 'current' | 'superseded' | 'refused' | 'duplicate' | 'older';
  unitCode: string | null;
  period: string | null;
  revision: number | null;
  problems: ImportProblem[];
  /** The period on screen when the file was checked, if any. */
  checkedPeriod?: string | null;
}

export interface CompletenessFile {
  id: number;
  fileName: string;
  receivedAt: string;
  revision: number | null;
  verdict: Verdict;
  problems: ImportProblem[];
  /** Counts the unit left blank in this file: its totals are short by these. */
  blankCounts: string[];
}

export interface CompletenessRow {
  unit: Pick<Unit, 'code' | 'name' | 'level' | 'active'>;
  status: SubmissionStatus;
  /** The file merged for this unit, if any. */
  current: CompletenessFile | null;
  /**
   * Refused files of this unit sent for this period, newest first: its files of the period, and
   * files of another period checked against this one (these do not make the unit "refused": it
   * has not sent anything for this period yet).
   */
  refused: CompletenessFile[];
  /** Every file received for this unit and period (not counting files of another period). */
  fileCount: number;
  /**
   * The merging office itself: its report is the one typed in this app (not a received file),
   * and it is not one of the units counted as expected to report.
   */
  own?: boolean;
}

export interface CompletenessCounts {
  expected: number;
  received: number;
  warnings: number;
  /** Units whose every file for the period was refused. */
  refused: number;
  missing: number;
  /** Refused files listed for the period (with their unit or apart): a file count, not a unit count. */
  refusedFiles: number;
}

export interface Completeness {
  period: string;
  rows: CompletenessRow[];
  counts: CompletenessCounts;
  /** Refused files that could not be tied to an expected unit (unreadable, unknown unit…). */
  unattributed: CompletenessFile[];
}

const toFile = (f: ReceivedFileInfo): CompletenessFile => ({
  id: f.id,
  fileName: f.fileName,
  receivedAt: f.receivedAt,
  revision: f.revision,
  verdict: f.verdict,
  problems: f.problems,
  blankCounts: blankCountsOf(f.problems),
});

/**
 * Rows for the active units, plus inactive units that nonetheless have a current file for the
 * period (their figures are merged, so they must be shown).
 */
export function computeCompleteness(
  period: string,
  units: readonly Pick<Unit, 'code' | 'name' | 'level' | 'active'>[],
  files: readonly ReceivedFileInfo[],
): Completeness {
  const byUnit = new Map<string, ReceivedFileInfo[]>();
  const sentFor = new Map<string, ReceivedFileInfo[]>();
  for (const f of files) {
    if (f.unitCode === null || f.period === null) continue;
    if (f.period === period) byUnit.set(f.unitCode, [...(byUnit.get(f.unitCode) ?? []), f]);
    else if (f.status === 'refused' && f.checkedPeriod === period) {
      sentFor.set(f.unitCode, [...(sentFor.get(f.unitCode) ?? []), f]);
    }
  }
  const newestFirst = (a: ReceivedFileInfo, b: ReceivedFileInfo) =>
    a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : b.id - a.id;
  const rows: CompletenessRow[] = [];
  for (const unit of units) {
    const own = byUnit.get(unit.code) ?? [];
    const current = own.find((f) => f.status === 'current') ?? null;
    if (!unit.active && !current) continue;
    const ownRefused = own.filter((f) => f.status === 'refused');
    const refused = [...ownRefused, ...(sentFor.get(unit.code) ?? [])].sort(newestFirst).map(toFile);
    const status: SubmissionStatus = current
      ? current.verdict === 'warnings'
        ? 'warnings'
        : 'received'
      : ownRefused.length
        ? 'refused'
        : 'missing';
    rows.push({ unit, status, current: current && toFile(current), refused, fileCount: own.length });
  }
  const known = new Set(units.map((u) => u.code));
  const unattributed = files
    .filter(
      (f) => f.status === 'refused' && (f.period === null || f.unitCode === null || !known.has(f.unitCode)),
    )
    .filter(
      (f) => f.period === period || f.checkedPeriod === period || (f.period === null && !f.checkedPeriod),
    )
    .map(toFile);
  const count = (s: SubmissionStatus) => rows.filter((r) => r.status === s).length;
  return {
    period,
    rows,
    counts: {
      expected: rows.length,
      received: count('received'),
      warnings: count('warnings'),
      refused: count('refused'),
      missing: count('missing'),
      refusedFiles: rows.reduce((n, r) => n + r.refused.length, 0) + unattributed.length,
    },
    unattributed,
  };
}
