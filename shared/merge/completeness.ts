import type { Unit } from '../domain/units';
import type { ImportProblem, Verdict } from '../workbook/import-types';

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
}

export interface CompletenessFile {
  id: number;
  fileName: string;
  receivedAt: string;
  revision: number | null;
  verdict: Verdict;
  problems: ImportProblem[];
}

export interface CompletenessRow {
  unit: Pick<Unit, 'code' | 'name' | 'level' | 'active'>;
  status: SubmissionStatus;
  /** The file merged for this unit, if any. */
  current: CompletenessFile | null;
  /** Refused files of this unit and period, newest first. */
  refused: CompletenessFile[];
  /** Every file received for this unit and period. */
  fileCount: number;
}

export interface CompletenessCounts {
  expected: number;
  received: number;
  warnings: number;
  refused: number;
  missing: number;
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
  const ofPeriod = files.filter((f) => f.period === period);
  const byUnit = new Map<string, ReceivedFileInfo[]>();
  for (const f of ofPeriod) {
    if (f.unitCode === null) continue;
    byUnit.set(f.unitCode, [...(byUnit.get(f.unitCode) ?? []), f]);
  }
  const rows: CompletenessRow[] = [];
  for (const unit of units) {
    const own = byUnit.get(unit.code) ?? [];
    const current = own.find((f) => f.status === 'current') ?? null;
    if (!unit.active && !current) continue;
    const refused = own
      .filter((f) => f.status === 'refused')
      .map(toFile)
      .reverse();
    const status: SubmissionStatus = current
      ? current.verdict === 'warnings'
        ? 'warnings'
        : 'received'
      : refused.length
        ? 'refused'
        : 'missing';
    rows.push({ unit, status, current: current && toFile(current), refused, fileCount: own.length });
  }
  const known = new Set(units.map((u) => u.code));
  const unattributed = files
    .filter(
      (f) => f.status === 'refused' && (f.period === null || f.unitCode === null || !known.has(f.unitCode)),
    )
    .filter((f) => f.period === null || f.period === period)
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
    },
    unattributed,
  };
}
