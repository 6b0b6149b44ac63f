import crypto from 'node:crypto';
import { canonicalReportData, hasReportContent } from '../../shared/domain/canonical';
import { isPeriodCode } from '../../shared/domain/periods';
import { importMessages } from '../../shared/i18n/vi/workbook';
import { TEMPLATES, type FormTemplate } from '../../shared/template';
import { verdictOf, type CheckedWorkbook } from '../../shared/workbook/import-types';
import { cellRef } from './formulas';
import { checkCover } from './reader/cover';
import { checkChecksum } from './reader/edited';
import { readReportData } from './reader/data';
import { checkTemplate, checkUnitAndPeriod, readIdentity, type ExpectedIdentity } from './reader/identity';
import { Checker, checkFileKind, checkFileSize, reportReadFailure } from './reader/problems';
import { checkMergedWorkbook, mergedMeta } from './reader/merged';
import { checkRules } from './reader/rules';
import { DEFAULT_READ_LIMITS, readXlsx, type RawWorkbook, type ReadLimits } from './xlsx/read';

/**
 * Checks a received workbook, in the order issue 3 sets: is it an .xlsx at all; size and
 * uncompressed-size limits (from the zip directory, before anything is parsed); template id and
 * version; unit; period; counts; the template's rules (the one evaluator); the checksum. Figures
 * are found by their code in the "Mã số" column, never by a fixed cell. Every problem names file,
 * sheet, cell and indicator, in Vietnamese, with what to do.
 *
 * Each step lives in reader/: problems (the list and unreadable files), identity (which report,
 * whose), locate (the tables, by their words), cells (values from cells), data (the two
 * together), rules (the template's rules on what was read).
 *
 * Runs synchronously inside; call it through the check pool for files from strangers, so a hostile
 * file meets a worker's memory limit and timeout instead of the app's main thread.
 */

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

export interface CheckOptions extends ExpectedIdentity {
  limits?: Partial<ReadLimits> & { maxFileBytes?: number };
  /** The templates this reader knows; default: every template of this build (TEMPLATES). */
  templates?: readonly FormTemplate[];
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export async function checkWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: CheckOptions,
): Promise<CheckedWorkbook> {
  return checkWorkbookSync(bytes, fileName, options);
}

export function checkWorkbookSync(
  bytes: Uint8Array,
  fileName: string,
  options: CheckOptions,
): CheckedWorkbook {
  const started = performance.now();
  // A unit expected on this PC: the commune restoring its own file.
  const checker = new Checker(fileName, !!options.expectedUnitCode);
  const result = (unreadable: boolean, extra: Partial<CheckedWorkbook> = {}): CheckedWorkbook => ({
    fileName,
    sha256: sha256(bytes),
    size: bytes.byteLength,
    verdict: verdictOf(checker.problems, unreadable),
    problems: checker.problems,
    ...extra,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  });

  // 1. Is it an .xlsx at all? 2. Size, then the zip directory's limits (inside readXlsx, before
  // any XML is parsed).
  if (!checkFileKind(checker, bytes)) return result(true);
  if (!checkFileSize(checker, bytes, options.limits?.maxFileBytes ?? MAX_WORKBOOK_BYTES)) return result(true);
  const limits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  let wb: RawWorkbook;
  try {
    wb = readXlsx(bytes, limits);
  } catch (error) {
    reportReadFailure(checker, error, limits);
    return result(true);
  }

  // A district's merged workbook at the province: its units, each checked as its own report.
  const merged = mergedMeta(wb);
  if (merged) {
    const read = checkMergedWorkbook(checker, wb, merged, {
      ...options,
      templates: options.templates ?? TEMPLATES,
    });
    return result(!read.rollUp, read);
  }

  // 3. Template id and version.
  const identity = readIdentity(checker, wb);
  if (!identity) return result(true);
  const template = checkTemplate(checker, identity, options.templates ?? TEMPLATES);
  if (!template) return result(true, { identity });

  // 4. Unit, 5. period; the cover and the sheets' subtitles must say the same.
  const fileUnitName = identity.unitName;
  checkUnitAndPeriod(checker, identity, options);
  checkCover(checker, wb, identity, options.units, fileUnitName);

  // 6. Counts and every other input, found by code.
  const read = readReportData(checker, wb, template);
  const data = canonicalReportData(read.data);
  if (!checker.problems.some((p) => p.level === 'error') && !hasReportContent(read.data)) {
    // An unfilled blank template is refused: accepted, it would count as the unit's report and
    // be merged as zeros.
    checker.add('error', 'no-data', importMessages.noData(checker.place()));
  }

  // 7. The template's rules, through the one evaluator.
  if (identity.period && isPeriodCode(identity.period))
    checkRules(checker, wb, template, identity.period, read);

  // 8. The checksum: a mismatch names the cells edited outside the app (reader/edited.ts).
  checkChecksum(checker, wb, identity, read);

  const cells = Object.fromEntries(
    [...read.places].map(([code, p]) => [code, { sheet: p.sheet, cell: cellRef(p.row, p.col) }]),
  );
  return result(false, { identity, data, cells });
}
