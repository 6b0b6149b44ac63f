import crypto from 'node:crypto';
import { canonicalReportData } from '../../shared/domain/canonical';
import { isPeriodCode, periodName } from '../../shared/domain/periods';
import { reportDataSchema, type ModelRow, type ReportData } from '../../shared/domain/report';
import { UNIT_CODE_PATTERN, type Unit } from '../../shared/domain/units';
import { formatDate } from '../../shared/format/dates';
import { formatCount, formatRate, parseCount } from '../../shared/format/numbers';
import { looseKey, nfc, stripControlCharacters } from '../../shared/format/text';
import { formatMessages } from '../../shared/i18n/vi/format';
import { importMessages, shownValue, workbookText, type ProblemPlace } from '../../shared/i18n/vi/workbook';
import { evaluateReport } from '../../shared/rules/evaluate';
import {
  allIndicators,
  TEMPLATES,
  listSection,
  type FormTemplate,
  type Indicator,
  type ListSection,
} from '../../shared/template';
import {
  verdictOf,
  type CheckedWorkbook,
  type ImportProblem,
  type WorkbookIdentity,
} from '../../shared/workbook/import-types';
import {
  CODE_HEADER,
  COVER_LABELS,
  COVER_SHEET_NAME,
  LISTS_SHEET_NAME,
  META_FORMAT,
  META_KEYS,
  META_SHEET_NAME,
  MODEL_ROW_ID_HEADER,
  VALUE_HEADER,
} from '../../shared/workbook/layout';
import { reportChecksum } from './checksum';
import {
  DEFAULT_READ_LIMITS,
  NotWorkbookError,
  WorkbookShapeError,
  cellAt,
  cellRef,
  cellText,
  readXlsx,
  type RawCell,
  type RawSheet,
  type RawWorkbook,
  type ReadLimits,
} from './xlsx/read';
import { sniffFileKind, type FileKind } from './xlsx/sniff';
import { XmlError } from './xlsx/xml';
import { ZipError } from './xlsx/zip';

/**
 * Checks a received workbook, in the order issue 3 sets: is it an .xlsx at all; size and
 * uncompressed-size limits (from the zip directory, before anything is parsed); template id and
 * version; unit; period; counts; the template's rules (the one evaluator); the checksum. Figures
 * are found by their code in the "Mã số" column, never by a fixed cell. Every problem names file,
 * sheet, cell and indicator, in Vietnamese, with what to do.
 *
 * Runs synchronously inside; call it through the check pool for files from strangers, so a hostile
 * file meets a worker's memory limit and timeout instead of the app's main thread.
 */

export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

export interface CheckOptions {
  units: readonly Unit[];
  expectedPeriod?: string;
  /** A commune restoring its own workbook: the unit of this PC. */
  expectedUnitCode?: string;
  limits?: Partial<ReadLimits> & { maxFileBytes?: number };
  /** The templates this reader knows; default: every template of this build (TEMPLATES). */
  templates?: readonly FormTemplate[];
}

interface Place {
  sheet: string;
  row: number;
  col: number;
}

class Checker {
  readonly problems: ImportProblem[] = [];
  constructor(readonly fileName: string) {}

  place(extra: Partial<ProblemPlace> = {}): ProblemPlace {
    return { file: this.fileName, ...extra };
  }

  add(
    level: ImportProblem['level'],
    kind: string,
    message: string,
    at: { sheet?: string; cell?: string; indicator?: string } = {},
  ): void {
    const problem: ImportProblem = { level, kind, message };
    if (at.sheet) problem.sheet = at.sheet;
    if (at.cell) problem.cell = at.cell;
    if (at.indicator) problem.indicator = at.indicator;
    this.problems.push(problem);
  }
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
  const checker = new Checker(fileName);
  const result = (unreadable: boolean, extra: Partial<CheckedWorkbook> = {}): CheckedWorkbook => ({
    fileName,
    sha256: sha256(bytes),
    size: bytes.byteLength,
    verdict: verdictOf(checker.problems, unreadable),
    problems: checker.problems,
    ...extra,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  });

  // 1. Is it an .xlsx at all?
  if (!checkFileKind(checker, bytes)) return result(true);

  // 2. Size, then the zip directory's limits (inside readXlsx, before any XML is parsed).
  const maxFileBytes = options.limits?.maxFileBytes ?? MAX_WORKBOOK_BYTES;
  if (bytes.byteLength > maxFileBytes) {
    checker.add(
      'error',
      'too-large',
      importMessages.tooLarge(
        checker.place(),
        (bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ','),
        Math.round(maxFileBytes / 1024 / 1024),
      ),
    );
    return result(true);
  }
  let wb: RawWorkbook;
  try {
    wb = readXlsx(bytes, { ...DEFAULT_READ_LIMITS, ...options.limits });
  } catch (error) {
    reportReadFailure(checker, error, { ...DEFAULT_READ_LIMITS, ...options.limits });
    return result(true);
  }

  // 3. Template id and version.
  const identity = readIdentity(checker, wb);
  if (!identity) return result(true);
  const template = checkTemplate(checker, identity, options.templates ?? TEMPLATES);
  if (!template) return result(true, { identity });

  // 4. Unit, 5. period.
  checkUnitAndPeriod(checker, identity, options);

  // 6. Counts and every other input, found by code.
  const read = readReportData(checker, wb, template);

  if (
    !checker.problems.some((p) => p.level === 'error') &&
    Object.keys(canonicalReportData(read.data).counts).length === 0 &&
    Object.keys(canonicalReportData(read.data).texts).length === 0 &&
    read.data.models.length === 0
  ) {
    // An unfilled blank template is refused: accepted, it would count as the unit's report and
    // be merged as zeros.
    checker.add('error', 'no-data', importMessages.noData(checker.place()));
  }

  // 7. The template's rules, through the one evaluator.
  if (identity.period && isPeriodCode(identity.period)) {
    const evaluation = evaluateReport(template, read.data, identity.period);
    for (const issue of evaluation.issues) {
      const at =
        issue.row !== undefined ? read.modelPlace(issue.row, issue.code) : read.places.get(issue.code);
      const indicator = labelOf(template, issue.code);
      const where = at ? { sheet: at.sheet, cell: cellRef(at.row, at.col) } : {};
      checker.add(
        issue.level,
        `rule:${issue.check}`,
        importMessages.rule(checker.place({ ...where, code: issue.code, label: indicator }), issue.message),
        { ...where, indicator: issue.code },
      );
    }
    checkComputedCells(checker, wb, template, read.places, evaluation);
  }

  // 8. The checksum: a mismatch means edited outside the app (a warning: hand corrections are legitimate).
  // (Not when the list was cut short: the data read is not the whole file's, and the file is
  // refused for its length anyway.)
  if (identity.origin === 'app' && !read.listTruncated) {
    if (!identity.checksum) {
      checker.add(
        'warning',
        'checksum-missing',
        importMessages.checksumMissing(checker.place({ sheet: META_SHEET_NAME })),
      );
    } else if (identity.checksum !== reportChecksum(read.data)) {
      checker.add('warning', 'checksum-mismatch', importMessages.checksumMismatch(checker.place()));
    }
  }

  return result(false, { identity, data: canonicalReportData(read.data) });
}

/** What a file that is not a zip at all is, as a problem kind and its message. */
const NOT_A_ZIP: Record<Exclude<FileKind, 'zip'>, [string, (p: ProblemPlace) => string]> = {
  empty: ['empty-file', importMessages.emptyFile],
  'ole-xls': ['not-xlsx:xls', importMessages.oldXls],
  'ole-encrypted': ['encrypted', importMessages.encrypted],
  'ole-other': ['not-xlsx:ole', (p) => importMessages.otherOffice(p, 'ole')],
  pdf: ['not-xlsx:pdf', importMessages.pdf],
  html: ['not-xlsx:html', importMessages.html],
  xml: ['not-xlsx:xml', importMessages.xmlSpreadsheet],
  csv: ['not-xlsx:csv', importMessages.csv],
  text: ['not-xlsx:unknown', importMessages.unknownKind],
  unknown: ['not-xlsx:unknown', importMessages.unknownKind],
};

function checkFileKind(checker: Checker, bytes: Uint8Array): boolean {
  const kind = sniffFileKind(bytes);
  if (kind === 'zip') return true;
  const [problem, message] = NOT_A_ZIP[kind];
  checker.add('error', problem, message(checker.place()));
  return false;
}

function reportReadFailure(checker: Checker, error: unknown, limits: ReadLimits): void {
  const p = checker.place();
  if (error instanceof ZipError) {
    const f = error.failure;
    if (f.kind === 'zip-bomb') checker.add('error', 'zip-bomb', importMessages.zipBomb(p));
    else if (f.kind === 'too-many-entries') {
      checker.add('error', 'too-many-entries', importMessages.tooManyEntries(p, f.count, limits.maxEntries));
    } else if (f.kind === 'encrypted') checker.add('error', 'encrypted', importMessages.encrypted(p));
    else checker.add('error', 'damaged', importMessages.damaged(p));
  } else if (error instanceof NotWorkbookError) {
    if (error.what === 'ods') checker.add('error', 'not-xlsx:ods', importMessages.ods(p));
    else if (error.what === 'docx')
      checker.add('error', 'not-xlsx:docx', importMessages.otherOffice(p, 'docx'));
    else if (error.what === 'pptx') {
      checker.add('error', 'not-xlsx:pptx', importMessages.otherOffice(p, 'pptx'));
    } else if (error.what === 'odf') {
      checker.add('error', 'not-xlsx:odf', importMessages.otherOffice(p, 'odf'));
    } else checker.add('error', 'not-xlsx:zip', importMessages.zipNotWorkbook(p));
  } else if (error instanceof XmlError) {
    if (error.kind === 'doctype') checker.add('error', 'xml-entities', importMessages.xmlEntities(p));
    else checker.add('error', 'damaged', importMessages.damaged(p));
  } else if (error instanceof WorkbookShapeError) {
    if (error.kind === 'too-many-cells')
      checker.add('error', 'too-many-cells', importMessages.tooManyCells(p, limits.maxCells));
    else if (error.kind === 'too-many-strings') {
      checker.add('error', 'too-many-strings', importMessages.tooManyStrings(p, limits.maxSharedStrings));
    } else checker.add('error', 'damaged', importMessages.damaged(p));
  } else if (error instanceof RangeError) {
    // A string or buffer past V8's limits: only a hostile file gets here within our size limits.
    checker.add('error', 'zip-bomb', importMessages.zipBomb(p));
  } else {
    checker.add('error', 'damaged', importMessages.damaged(p));
  }
}

/**
 * The key of a text compared with a label (a header, a sheet name, a list option): labels are
 * short, so a long text matches none and is not normalized at all (a 15 MB cell would cost seconds).
 */
function labelKey(text: string): string {
  return text.length > 200 ? '\u0000' : looseKey(text);
}

/** A cell read as a code or key ("A01", "ma_don_vi"): short, or none at all. */
function codeText(cell: RawCell | undefined, upper = true): string {
  const text = cellText(cell);
  if (text.length > 100) return '';
  return upper ? text.trim().toUpperCase() : text.trim();
}

function findSheet(wb: RawWorkbook, name: string): RawSheet | undefined {
  const key = looseKey(name);
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => labelKey(s.name) === key);
}

function readMetaSheet(sheet: RawSheet): Map<string, string> {
  const values = new Map<string, string>();
  for (const [row, cells] of sheet.rows) {
    const key = codeText(cells.get(1), false);
    // (No value of this sheet is that long: a padded one stays invalid, and cheap.)
    if (key && !values.has(key)) values.set(key, nfc(cellText(cellAt(sheet, row, 2)).slice(0, 1000)).trim());
  }
  return values;
}

const CHECKSUM_PATTERN = /^[0-9a-f]{64}$/u;

function readIdentity(checker: Checker, wb: RawWorkbook): WorkbookIdentity | undefined {
  const metaSheet = findSheet(wb, META_SHEET_NAME);
  if (metaSheet) {
    const meta = readMetaSheet(metaSheet);
    const at = { sheet: META_SHEET_NAME };
    const invalid = (key: string) => {
      checker.add('error', 'meta-invalid', importMessages.metaInvalid(checker.place(at), key), at);
      return undefined;
    };
    if (meta.get(META_KEYS.format) !== META_FORMAT) return invalid(META_KEYS.format);
    const templateId = meta.get(META_KEYS.templateId) ?? '';
    const templateVersion = Number(meta.get(META_KEYS.templateVersion));
    const revision = Number(meta.get(META_KEYS.revision) || '0');
    const origin = meta.get(META_KEYS.origin);
    const unitCode = meta.get(META_KEYS.unitCode) ?? '';
    const checksum = meta.get(META_KEYS.checksum) ?? '';
    const reportIdText = meta.get(META_KEYS.reportId) ?? '';
    if (!/^[a-z0-9_-]{1,40}$/iu.test(templateId)) return invalid(META_KEYS.templateId);
    if (!Number.isInteger(templateVersion) || templateVersion < 1) return invalid(META_KEYS.templateVersion);
    if (!Number.isInteger(revision) || revision < 0 || revision > 1_000_000)
      return invalid(META_KEYS.revision);
    if (origin !== 'app' && origin !== 'blank') return invalid(META_KEYS.origin);
    if (!UNIT_CODE_PATTERN.test(unitCode)) return invalid(META_KEYS.unitCode);
    if (checksum && !CHECKSUM_PATTERN.test(checksum)) return invalid(META_KEYS.checksum);
    const identity: WorkbookIdentity = {
      templateId,
      templateVersion,
      unitCode,
      unitName: shownValue(meta.get(META_KEYS.unitName) ?? '', 200),
      period: meta.get(META_KEYS.period) ?? '',
      revision,
      origin,
    };
    if (/^\d{1,15}$/u.test(reportIdText)) identity.reportId = Number(reportIdText);
    const exportedAt = meta.get(META_KEYS.exportedAt);
    if (exportedAt) identity.exportedAt = shownValue(exportedAt, 40);
    const appVersion = meta.get(META_KEYS.appVersion);
    if (appVersion) identity.appVersion = shownValue(appVersion, 40);
    if (checksum) identity.checksum = checksum;
    // The visible cover says the same, unless someone edited the hidden sheet to pass the file
    // off as another unit's or period's.
    const footer = findCoverFooter(wb);
    const templateDiffers =
      !!footer &&
      (footer.templateId !== identity.templateId || footer.templateVersion !== identity.templateVersion);
    if (
      footer &&
      (templateDiffers || footer.unitCode !== identity.unitCode || footer.period !== identity.period)
    ) {
      // Name the template too when that is what differs, or both sides would read the same.
      checker.add(
        'error',
        'meta-mismatch',
        importMessages.metaMismatch(
          checker.place({ sheet: footer.sheet }),
          importMessages.metaIdentity(footer, templateDiffers),
          importMessages.metaIdentity(identity, templateDiffers),
          templateDiffers,
        ),
        { sheet: footer.sheet },
      );
    }
    return identity;
  }
  // No technical sheet (copied into another workbook, or an office suite dropped it): the cover's
  // footer line still says which template, unit and period this is.
  const footer = findCoverFooter(wb);
  if (footer) {
    checker.add('warning', 'meta-missing', importMessages.metaMissing(checker.place()));
    return {
      templateId: footer.templateId,
      templateVersion: footer.templateVersion,
      unitCode: footer.unitCode,
      unitName: '',
      period: footer.period,
      revision: 0,
      origin: 'blank',
    };
  }
  checker.add('error', 'not-cchc', importMessages.notCchc(checker.place()));
  return undefined;
}

/** The machine-readable line at the foot of the cover: template, unit and period. */
function findCoverFooter(
  wb: RawWorkbook,
):
  | { sheet: string; templateId: string; templateVersion: number; unitCode: string; period: string }
  | undefined {
  const cover = findSheet(wb, COVER_SHEET_NAME) ?? wb.sheets[0];
  for (const sheet of cover ? [cover, ...wb.sheets.filter((s) => s !== cover)] : []) {
    if (sheet.name === META_SHEET_NAME) continue;
    for (const cells of sheet.rows.values()) {
      for (const cell of cells.values()) {
        if (cell.type !== 'string' || cell.text.length > 200) continue;
        const m = workbookText.coverFooterPattern.exec(cell.text);
        if (m) {
          return {
            sheet: sheet.name,
            templateId: m[1]!,
            templateVersion: Number(m[2]),
            unitCode: m[3]!,
            period: m[4]!,
          };
        }
      }
    }
  }
  return undefined;
}

function checkTemplate(
  checker: Checker,
  identity: WorkbookIdentity,
  known: readonly FormTemplate[],
): FormTemplate | undefined {
  const p = checker.place();
  const versions = known.filter((t) => t.id === identity.templateId).map((t) => t.version);
  const latest = versions.length ? Math.max(...versions) : undefined;
  if (latest === undefined) {
    checker.add('error', 'template-unknown', importMessages.templateUnknown(p, identity.templateId));
    return undefined;
  }
  if (identity.templateVersion > latest) {
    checker.add('error', 'template-newer', importMessages.templateNewer(p, identity.templateVersion, latest));
    return undefined;
  }
  const template = known.find((t) => t.id === identity.templateId && t.version === identity.templateVersion);
  if (!template) {
    checker.add(
      'error',
      'template-unsupported',
      importMessages.templateUnsupported(p, identity.templateVersion),
    );
  }
  return template;
}

function checkUnitAndPeriod(checker: Checker, identity: WorkbookIdentity, options: CheckOptions): void {
  const p = checker.place();
  const unit = options.units.find((u) => u.code === identity.unitCode);
  if (!unit) {
    checker.add('error', 'unit-unknown', importMessages.unitUnknown(p, identity.unitCode, identity.unitName));
  } else {
    if (!identity.unitName) identity.unitName = unit.name;
    if (options.expectedUnitCode && unit.code !== options.expectedUnitCode) {
      checker.add(
        'error',
        'unit-not-this-pc',
        importMessages.unitNotThisPc(p, unit.code, options.expectedUnitCode),
      );
    }
  }
  if (!isPeriodCode(identity.period)) {
    checker.add('error', 'period-invalid', importMessages.periodInvalid(p, identity.period));
  } else if (options.expectedPeriod && identity.period !== options.expectedPeriod) {
    checker.add(
      'error',
      'period-mismatch',
      importMessages.periodMismatch(p, periodName(identity.period), periodName(options.expectedPeriod)),
    );
  }
}

function labelOf(template: FormTemplate, code: string): string | undefined {
  return (
    allIndicators(template).find((i) => i.code === code)?.label ??
    listSection(template)?.columns.find((c) => c.code === code)?.label
  );
}

function sortedRows(sheet: RawSheet): number[] {
  return [...sheet.rows.keys()].sort((a, b) => a - b);
}

const HEADER_SCAN_ROWS = 200;
const CODE_KEY = looseKey(CODE_HEADER);
const VALUE_KEY = looseKey(VALUE_HEADER);

/** The row and columns of an indicator table's header ("Mã số" … "Số liệu"), found by its words. */
function findIndicatorHeader(
  sheet: RawSheet,
  rows: number[],
): { row: number; codeCol: number; valueCol: number } | undefined {
  for (const row of rows.slice(0, HEADER_SCAN_ROWS)) {
    let codeCol = 0;
    let valueCol = 0;
    for (const [col, cell] of sheet.rows.get(row)!) {
      if (cell.type !== 'string') continue;
      const key = labelKey(cell.text);
      if (key === CODE_KEY && !codeCol) codeCol = col;
      else if (key === VALUE_KEY && !valueCol) valueCol = col;
    }
    if (codeCol && valueCol) return { row, codeCol, valueCol };
  }
  return undefined;
}

interface ListTable {
  sheet: RawSheet;
  columns: Map<string, number>;
  idCol: number;
  firstDataRow: number;
}

function findListTable(sheet: RawSheet, rows: number[], section: ListSection): ListTable | undefined {
  const labelKeys = new Map(section.columns.map((c) => [looseKey(c.label), c.code]));
  const codes = new Set(section.columns.map((c) => c.code));
  const firstKey = looseKey(section.columns[0]!.label);
  for (const [index, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const cells = sheet.rows.get(row)!;
    const texts = [...cells]
      .filter(([, c]) => c.type === 'string')
      .map(([col, c]) => [col, labelKey(cellText(c))] as const);
    if (!texts.some(([, key]) => key === firstKey)) continue;
    const columns = new Map<string, number>();
    let idCol = 0;
    for (const [col, key] of texts) {
      const code = labelKeys.get(key);
      if (code && !columns.has(code)) columns.set(code, col);
      if (key === looseKey(MODEL_ROW_ID_HEADER)) idCol = col;
    }
    // The column-code row under the labels wins: it survives a reworded label.
    let firstDataRow = row + 1;
    const next = rows[index + 1];
    if (next !== undefined) {
      const codeCells = [...sheet.rows.get(next)!].filter(([, c]) => codes.has(codeText(c)));
      if (codeCells.length >= Math.min(2, codes.size)) {
        for (const [col, c] of codeCells) columns.set(codeText(c), col);
        firstDataRow = next + 1;
      }
    }
    return { sheet, columns, idCol, firstDataRow };
  }
  return undefined;
}

const MAX_TEXT = 100_000;
const MAX_LIST_VALUE = 20_000;

interface ReadResult {
  data: ReportData;
  places: Map<string, Place>;
  modelPlace(index: number, code: string): Place | undefined;
  /**
   * The list had more rows than the template allows and reading stopped one row past the limit:
   * the rule needs only to know there are more, and a file of 10.000 rows then costs no more than
   * one of 501. The data read is not the whole file's.
   */
  listTruncated: boolean;
}

function excelSerialToText(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Excel's 1900 system counts a fictitious 29/02/1900 (serial 60).
  const epoch = Date.UTC(1899, 11, days >= 61 ? 30 : 31);
  const d = new Date(epoch + days * 86_400_000);
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function dateCellText(cell: Extract<RawCell, { type: 'date' }>, date1904: boolean): string {
  if (cell.serial !== undefined) return excelSerialToText(cell.serial, date1904) ?? String(cell.serial);
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(cell.iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (cell.iso ?? '');
}

function readReportData(checker: Checker, wb: RawWorkbook, template: FormTemplate): ReadResult {
  const indicators = new Map(allIndicators(template).map((i) => [i.code, i]));
  const places = new Map<string, Place>();
  const section = listSection(template);
  let listTable: ListTable | undefined;

  for (const sheet of wb.sheets) {
    if (sheet.name === META_SHEET_NAME || sheet.name === LISTS_SHEET_NAME) continue;
    const rows = sortedRows(sheet);
    const header = findIndicatorHeader(sheet, rows);
    if (header) {
      for (const row of rows) {
        if (row <= header.row) continue;
        const code = codeText(cellAt(sheet, row, header.codeCol));
        if (!indicators.has(code)) continue;
        const here = { sheet: sheet.name, row, col: header.valueCol };
        const first = places.get(code);
        if (first) {
          const where = { sheet: sheet.name, cell: cellRef(row, header.codeCol) };
          checker.add(
            'error',
            'duplicate-code',
            importMessages.duplicateCode(
              checker.place({ ...where, code, label: indicators.get(code)!.label }),
              `trang "${first.sheet}" ô ${cellRef(first.row, first.col)}`,
            ),
            { ...where, indicator: code },
          );
          continue;
        }
        places.set(code, here);
      }
    }
    if (section && !listTable) listTable = findListTable(sheet, rows, section);
  }

  // Every input must be found: a missing row would silently drop a figure from the merge.
  for (const s of template.sections) {
    if (s.kind !== 'indicators') continue;
    const missing = s.indicators.filter(
      (i) => (i.kind === 'count' || i.kind === 'text') && !places.has(i.code),
    );
    if (missing.length) {
      const codes = missing.map((i) => i.code);
      checker.add(
        'error',
        'missing-code',
        importMessages.missingSection(checker.place({ sheet: s.shortTitle }), codes),
        {
          indicator: codes[0],
        },
      );
    }
  }

  const data: ReportData = { counts: {}, texts: {}, models: [], preparer: readPreparer(wb) };
  for (const [code, indicator] of indicators) {
    const at = places.get(code);
    if (!at) continue;
    const sheet = wb.sheets.find((s) => s.name === at.sheet)!;
    const cell = cellAt(sheet, at.row, at.col);
    const where = { sheet: at.sheet, cell: cellRef(at.row, at.col) };
    const p = checker.place({ ...where, code, label: indicator.label });
    if (indicator.kind === 'count') {
      data.counts[code] = readCount(checker, cell, p, { ...where, indicator: code }, template.maxCount);
    } else if (indicator.kind === 'text') {
      const text = readText(checker, cell, p, { ...where, indicator: code }, wb.date1904);
      if (text) data.texts[code] = text.slice(0, MAX_TEXT);
    }
  }

  const modelRows: number[] = [];
  let listTruncated = false;
  if (section) {
    if (!listTable) {
      checker.add(
        'error',
        'missing-list',
        importMessages.missingList(checker.place({ sheet: section.shortTitle }), section.columns[0]!.label),
        { indicator: section.columns[0]!.code },
      );
    } else {
      data.models = readModels(checker, listTable, section, wb.date1904, modelRows);
      listTruncated = data.models.length > section.maxRows;
    }
  }

  return {
    data,
    places,
    listTruncated,
    modelPlace(index, code) {
      const row = modelRows[index];
      const col = listTable?.columns.get(code);
      return row !== undefined && col !== undefined && listTable
        ? { sheet: listTable.sheet.name, row, col }
        : undefined;
    },
  };
}

function shownNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

function readCount(
  checker: Checker,
  cell: RawCell | undefined,
  p: ProblemPlace,
  at: { sheet: string; cell: string; indicator: string },
  maxCount: number,
): number | null {
  if (!cell) return null;
  if (cell.formula !== undefined) {
    if (cell.type === 'empty') {
      checker.add('error', 'formula-no-value', importMessages.formulaNoValue(p, cell.formula), at);
      return null;
    }
    checker.add(
      'warning',
      'formula-in-input',
      importMessages.formulaInInput(p, cell.formula, shownValue(cellText(cell))),
      at,
    );
  }
  switch (cell.type) {
    case 'number': {
      const n = cell.number;
      let detail: string | undefined;
      if (n < 0) detail = formatMessages.countNegative(shownNumber(n));
      else if (!Number.isInteger(n)) detail = formatMessages.countDecimal(shownNumber(n));
      else if (n > maxCount) detail = formatMessages.countTooLarge(shownNumber(n));
      if (detail) {
        checker.add(
          'error',
          n < 0 ? 'count-negative' : Number.isInteger(n) ? 'count-too-large' : 'count-decimal',
          importMessages.countCell(p, detail),
          at,
        );
        return null;
      }
      return n;
    }
    case 'string': {
      const parsed = parseCount(cell.text.length > 100 ? cell.text.slice(0, 100) + '…' : cell.text);
      if (parsed.ok) {
        if (parsed.value !== null && parsed.value > maxCount) {
          checker.add(
            'error',
            'count-too-large',
            importMessages.countCell(p, formatMessages.countTooLarge(shownValue(cell.text))),
            at,
          );
          return null;
        }
        return parsed.value;
      }
      const text = cell.text.trim();
      const kind =
        text.includes(',') && /^[\d.,\s]+$/u.test(text)
          ? 'count-comma'
          : /^-/u.test(text)
            ? 'count-negative'
            : 'count-text';
      checker.add(
        'error',
        kind,
        importMessages.countCell(
          p,
          parsed.message.length > 400 ? shownValue(parsed.message, 400) : parsed.message,
        ),
        at,
      );
      return null;
    }
    case 'date':
      checker.add('error', 'count-date', importMessages.countDate(p), at);
      return null;
    case 'bool':
    case 'error':
      checker.add('error', 'count-text', importMessages.countBadType(p, shownValue(cellText(cell))), at);
      return null;
    case 'empty':
      return null;
  }
}

function cleanText(
  checker: Checker,
  raw: string,
  p: ProblemPlace,
  at: { sheet?: string; cell?: string; indicator?: string },
): string {
  const text = nfc(raw);
  const clean = stripControlCharacters(text);
  if (clean !== text) checker.add('warning', 'control-characters', importMessages.controlCharacters(p), at);
  return clean.replace(/\r\n?/gu, '\n').trim();
}

function readText(
  checker: Checker,
  cell: RawCell | undefined,
  p: ProblemPlace,
  at: { sheet?: string; cell?: string; indicator?: string },
  date1904: boolean,
): string {
  if (!cell) return '';
  if (cell.formula !== undefined) {
    if (cell.type === 'empty') {
      checker.add('error', 'formula-no-value', importMessages.formulaNoValue(p, cell.formula), at);
      return '';
    }
    checker.add(
      'warning',
      'formula-in-input',
      importMessages.formulaInInput(p, cell.formula, shownValue(cellText(cell))),
      at,
    );
  }
  switch (cell.type) {
    case 'string':
      return cleanText(checker, cell.text, p, at);
    case 'number':
      return shownNumber(cell.number);
    case 'date':
      return dateCellText(cell, date1904);
    case 'bool':
    case 'error':
      checker.add('warning', 'text-bad-type', importMessages.textBadType(p, shownValue(cellText(cell))), at);
      return cellText(cell);
    case 'empty':
      return '';
  }
}

function readModels(
  checker: Checker,
  table: ListTable,
  section: ListSection,
  date1904: boolean,
  modelRows: number[],
): ModelRow[] {
  const { sheet, columns, idCol, firstDataRow } = table;
  const models: ModelRow[] = [];
  const usedIds = new Set<string>();
  for (const row of sortedRows(sheet)) {
    if (row < firstDataRow) continue;
    // One row past the template's limit is enough for the rule to refuse the list.
    if (models.length > section.maxRows) break;
    const values: Record<string, string> = {};
    for (const column of section.columns) {
      const col = columns.get(column.code);
      if (col === undefined) continue;
      const where = { sheet: sheet.name, cell: cellRef(row, col) };
      const p = checker.place({ ...where, code: column.code, label: column.label });
      let text = readText(
        checker,
        cellAt(sheet, row, col),
        p,
        { ...where, indicator: column.code },
        date1904,
      );
      if (!text) continue;
      if (column.type === 'enum') {
        const key = labelKey(text);
        text = column.options.find((o) => looseKey(o) === key) ?? text;
      }
      values[column.code] = text.slice(0, MAX_LIST_VALUE);
    }
    if (Object.keys(values).length === 0) continue;
    let id = idCol ? cellText(cellAt(sheet, row, idCol)).trim() : '';
    if (!id || id.length > 64 || usedIds.has(id)) {
      id = `dong-${row}`;
      for (let n = 2; usedIds.has(id); n++) id = `dong-${row}-${n}`;
    }
    usedIds.add(id);
    models.push({ id, values });
    modelRows.push(row);
  }
  return models;
}

function readPreparer(wb: RawWorkbook): ReportData['preparer'] {
  const preparer = { name: '', position: '', phone: '', preparedOn: '' };
  // The cover first; any other sheet if the cover was renamed.
  const cover = findSheet(wb, COVER_SHEET_NAME);
  const sheets = cover ? [cover] : wb.sheets.filter((s) => s.name !== META_SHEET_NAME);
  const wanted: [keyof typeof preparer, string, number][] = [
    ['name', looseKey(COVER_LABELS.preparerName), 200],
    ['position', looseKey(COVER_LABELS.position), 200],
    ['phone', looseKey(COVER_LABELS.phone), 50],
    ['preparedOn', looseKey(COVER_LABELS.preparedOn), 20],
  ];
  for (const sheet of sheets) {
    readPreparerFrom(sheet, wanted, preparer, wb.date1904);
  }
  return preparer;
}

function readPreparerFrom(
  cover: RawSheet,
  wanted: [keyof ReportData['preparer'], string, number][],
  preparer: ReportData['preparer'],
  date1904: boolean,
): void {
  for (const [row, cells] of cover.rows) {
    for (const [col, cell] of cells) {
      if (cell.type !== 'string' || cell.text.length > 60) continue;
      const key = looseKey(cell.text.replace(/:\s*$/u, ''));
      const target = wanted.find(([, label]) => label === key);
      if (!target || preparer[target[0]]) continue;
      for (let c = col + 1; c <= col + 6; c++) {
        const value = cellAt(cover, row, c);
        if (!value) continue;
        const text =
          value.type === 'date'
            ? dateCellText(value, date1904)
            : stripControlCharacters(nfc(cellText(value))).trim();
        if (text) preparer[target[0]] = text.slice(0, target[2]);
        break;
      }
    }
  }
}

/**
 * Totals and rates are recomputed, never read; but a clerk who typed over one should know that
 * the number typed is not used.
 */
function checkComputedCells(
  checker: Checker,
  wb: RawWorkbook,
  template: FormTemplate,
  places: Map<string, Place>,
  evaluation: ReturnType<typeof evaluateReport>,
): void {
  for (const indicator of allIndicators(template) as Indicator[]) {
    if (indicator.kind !== 'total' && indicator.kind !== 'rate') continue;
    const at = places.get(indicator.code);
    if (!at) continue;
    const cell = cellAt(
      wb.sheets.find((s) => s.name === at.sheet)!,
      at.row,
      at.col,
    );
    if (!cell || cell.formula !== undefined) continue;
    let computed: string;
    let same: boolean;
    if (indicator.kind === 'total') {
      const figure = evaluation.figures[indicator.code] ?? null;
      computed = figure === null ? '' : formatCount(figure);
      same = cell.type === 'number' ? cell.number === figure : cellText(cell).trim() === computed;
    } else {
      const rate = evaluation.rates[indicator.code];
      computed = rate ? formatRate(rate.percent) : '';
      same = cellText(cell).trim() === computed;
    }
    if (same) continue;
    const where = { sheet: at.sheet, cell: cellRef(at.row, at.col) };
    checker.add(
      'warning',
      'computed-overwritten',
      importMessages.totalOverwritten(
        checker.place({ ...where, code: indicator.code, label: indicator.label }),
        shownValue(cellText(cell)),
        computed || '—',
      ),
      { ...where, indicator: indicator.code },
    );
  }
}

/** Validates the data read against the report schema (a bug guard for callers that store it). */
export function isStorableReportData(data: unknown): data is ReportData {
  return reportDataSchema.safeParse(data).success;
}
