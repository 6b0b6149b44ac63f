import { importMessages, type ProblemPlace } from '../../../shared/i18n/vi/workbook';
import type { ImportProblem } from '../../../shared/workbook/import-types';
import { NotWorkbookError, WorkbookShapeError, type ReadLimits } from '../xlsx/read';
import { sniffFileKind, type FileKind } from '../xlsx/sniff';
import { XmlError } from '../xlsx/xml';
import { ZipError } from '../xlsx/zip';

/**
 * The problems found in one file, and how a file that cannot be read at all is classified: every
 * problem names the file, and where known the sheet, cell and indicator.
 */
export class Checker {
  readonly problems: ImportProblem[] = [];
  /** own: the commune restoring its own file (messages say what the clerk does, not the district). */
  constructor(
    readonly fileName: string,
    readonly own = false,
  ) {}

  place(extra: Partial<ProblemPlace> = {}): ProblemPlace {
    return { file: this.fileName, ...(this.own ? { own: true } : {}), ...extra };
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

/** Is it a zip (maybe an .xlsx)? If not, says what it is instead. */
export function checkFileKind(checker: Checker, bytes: Uint8Array): boolean {
  const kind = sniffFileKind(bytes);
  if (kind === 'zip') return true;
  const [problem, message] = NOT_A_ZIP[kind];
  checker.add('error', problem, message(checker.place()));
  return false;
}

/** Larger than a report can be: refused before the zip is opened. */
export function checkFileSize(checker: Checker, bytes: Uint8Array, maxFileBytes: number): boolean {
  if (bytes.byteLength <= maxFileBytes) return true;
  checker.add(
    'error',
    'too-large',
    importMessages.tooLarge(
      checker.place(),
      (bytes.byteLength / 1024 / 1024).toFixed(1).replace('.', ','),
      Math.round(maxFileBytes / 1024 / 1024),
    ),
  );
  return false;
}

/** Why readXlsx threw, as the problem the clerk reads. */
export function reportReadFailure(checker: Checker, error: unknown, limits: ReadLimits): void {
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
