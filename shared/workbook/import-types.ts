import type { ReportData } from '../domain/report';

/**
 * What checking one received workbook yields. Produced by the workbook reader (electron/workbook),
 * consumed by the district store, the completeness screen, the merge and the command line.
 */
export type Verdict = 'accepted' | 'warnings' | 'refused';

export interface ImportProblem {
  level: 'error' | 'warning';
  /** Stable kind of problem, for programs and tests: "not-xlsx", "zip-bomb", "rule:A04-le-A03"… */
  kind: string;
  /** Vietnamese: what is wrong, where, and what to do. */
  message: string;
  sheet?: string;
  /** A1-style address, e.g. "E12". */
  cell?: string;
  /** Indicator code, e.g. "A04". */
  indicator?: string;
  /** Every indicator a problem is about, when more than one (the counts left blank). */
  indicators?: string[];
}

/** Kind of the warning that lists the counts a unit left blank. */
export const BLANK_COUNTS_KIND = 'counts-blank';

/** The counts a checked file left blank (none when its reader found all filled). */
export function blankCountsOf(problems: readonly ImportProblem[]): string[] {
  return problems.find((p) => p.kind === BLANK_COUNTS_KIND)?.indicators ?? [];
}

/** Who and what a workbook says it is (from its metadata sheet, or its cover for a blank template). */
export interface WorkbookIdentity {
  templateId: string;
  templateVersion: number;
  unitCode: string;
  unitName: string;
  period: string;
  /** 0 for a workbook filled by hand from a blank template. */
  revision: number;
  reportId?: number;
  exportedAt?: string;
  appVersion?: string;
  /** SHA-256 (hex) of the canonical data, as written by the app at export. */
  checksum?: string;
  /**
   * 'app' when exported with data by the app, 'blank' when made as a blank template, 'merged' for
   * a unit's report taken from a merged workbook (a roll-up from the level below).
   */
  origin: 'app' | 'blank' | 'merged';
}

export interface CheckedWorkbook {
  fileName: string;
  /** SHA-256 (hex) of the file's bytes. */
  sha256: string;
  size: number;
  verdict: Verdict;
  problems: ImportProblem[];
  identity?: WorkbookIdentity;
  /** The figures read, when the file could be read at all (also for refused files with rule errors). */
  data?: ReportData;
  /** A merged workbook: the units in it, each checked as if received alone (see RollUp). */
  rollUp?: RollUp;
  /** Where each indicator's value was read, so checks made later (against the previous period) name the cell. */
  cells?: Record<string, { sheet: string; cell: string }>;
  /** How long checking took, in milliseconds (reading and checking, not waiting for a worker). */
  elapsedMs?: number;
}

export function verdictOf(problems: readonly ImportProblem[], unreadable = false): Verdict {
  if (unreadable || problems.some((p) => p.level === 'error')) return 'refused';
  return problems.length ? 'warnings' : 'accepted';
}

/**
 * A merged workbook received from the level below (a district's merge at the province): what it
 * says it is, and the report of each unit in it, checked as a received file of that unit would be.
 */
export interface RollUp {
  /** The merging level that made it: "huyen" (a district's merge) or "tinh". */
  level: string;
  officeCode: string;
  officeName: string;
  /** SHA-256 of the units' canonical data, as written (checked on import). */
  checksum: string;
  units: CheckedWorkbook[];
}
