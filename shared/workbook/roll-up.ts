/**
 * How a merged workbook says what it is, so the next level can import it (a roll-up): key/value
 * rows in its very hidden metadata sheet, and one row per unit in a very hidden units sheet with
 * the unit's report as canonical JSON (split over cells, since a cell holds at most 32.767
 * characters). The checksum covers every unit's code, revision and canonical data.
 */
import { canonicalJson, canonicalReportData } from '../domain/canonical';
import type { ReportData } from '../domain/report';
import { mergedWorkbookText } from '../i18n/vi/district';

export const ROLL_UP_FORMAT = 'bao-cao-cchc/merged-workbook';
export const ROLL_UP_META_SHEET = mergedWorkbookText.sheets.meta;
export const ROLL_UP_UNITS_SHEET = 'cchc_units';
/** Characters of JSON per cell (Excel's limit is 32.767). */
export const ROLL_UP_CHUNK = 30_000;
/** Columns of the units sheet before the JSON chunks. */
export const ROLL_UP_COLUMNS = ['code', 'name', 'level', 'revision', 'sha256', 'fileName', 'data'] as const;

export interface RollUpUnit {
  code: string;
  name: string;
  level: string;
  revision: number | null;
  /** The file the unit's report came from at the level below. */
  sha256: string;
  fileName: string;
  data: ReportData;
}

/** The text the checksum is computed over (SHA-256 of it, hex; computed where Node's crypto is). */
export function rollUpChecksumText(units: readonly Pick<RollUpUnit, 'code' | 'revision' | 'data'>[]): string {
  return canonicalJson(
    units.map((u) => ({ code: u.code, revision: u.revision, data: canonicalReportData(u.data) })),
  );
}

/** "huyen" for a merge of commune reports, "tinh" when some unit came in a district's merge. */
export function rollUpLevel(origins: readonly (string | null)[]): 'huyen' | 'tinh' {
  return origins.includes('merged') ? 'tinh' : 'huyen';
}

/** The name a unit's report taken from a merged workbook is received under: `tong-hop.xlsx [TH03]`. */
export const unitInMergedFile = (file: string, code: string): string => `${file} [${code}]`;

/** The merged workbook a received name came from (`tong-hop.xlsx [TH03]` → `tong-hop.xlsx`), if any. */
export function mergedFileOf(name: string): string | null {
  const match = /^(.+) \[[A-Za-z0-9_-]{1,20}\]$/u.exec(name);
  return match ? match[1]! : null;
}
