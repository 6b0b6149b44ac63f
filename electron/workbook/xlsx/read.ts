import path from 'node:path/posix';
import { parseCellRef } from '../formulas';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipArchive, type ZipLimits } from './zip';
import { readMerges } from './merges';
import { readCellStyles, type CellStyles } from './styles';
import { XmlError, scanXml, xmlText } from './xml';

/**
 * Reads the cells of an .xlsx into a plain model: sheet names and visibility, and per sheet the
 * non-empty cells with their type, cached value and formula. Only what checking a report needs:
 * no styles beyond "is this number shown as a date", no drawings, no macros are ever looked at.
 */

export type RawCell =
  | { type: 'number'; number: number; formula?: string }
  /** `font`: the font the text is shown in (of its first run, or of the cell's style). */
  | { type: 'string'; text: string; formula?: string; font?: string }
  | { type: 'bool'; bool: boolean; formula?: string }
  | { type: 'error'; text: string; formula?: string }
  /** A number shown with a date format (serial), or an ISO date cell (t="d"). */
  | { type: 'date'; serial?: number; iso?: string; formula?: string }
  /** A formula without a cached value. */
  | { type: 'empty'; formula: string };

/** A merged range of cells ("E12:F14"): only its top-left cell shows a value. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rows: Map<number, Map<number, RawCell>>;
  maxRow: number;
  merges: MergedRange[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  date1904: boolean;
}

/** Why a zip is not a workbook we can read. */
export class NotWorkbookError extends Error {
  constructor(readonly what: 'ods' | 'odf' | 'docx' | 'pptx' | 'zip') {
    super(`not a workbook: ${what}`);
    this.name = 'NotWorkbookError';
  }
}

export class WorkbookShapeError extends Error {
  constructor(
    readonly kind: 'damaged' | 'too-many-cells' | 'too-many-strings',
    detail: string,
  ) {
    super(detail);
    this.name = 'WorkbookShapeError';
  }
}

export interface ReadLimits extends ZipLimits {
  /** Most cells (<c> elements, empty ones too), and most rows, in the whole workbook. */
  maxCells: number;
  /**
   * Most strings in the shared-strings part. Each string a cell uses is one cell, so more strings
   * than cells can only be padding: a part of a million unused strings would otherwise cost seconds
   * before a single cell is read.
   */
  maxSharedStrings: number;
}

/**
 * A unit workbook has a few hundred cells plus at most 500 model rows × 7 columns (~4.000); a
 * workbook re-saved by an office suite adds empty styled cells. 60.000 leaves more than ten times
 * that, and keeps the heaviest legal file well inside the check pool's time limit.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxCells: 60_000,
  maxSharedStrings: 60_000,
};

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];

/** OOXML escapes characters XML cannot carry as _xHHHH_ ("_x000D_" is a carriage return). */
function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Largest part other than a sheet or the shared strings: content types, relationships, the
 * workbook part, styles. A workbook's are a few KB (styles of a much-formatted one some hundred
 * KB); these parts are walked tag by tag, so a padded one is refused before it costs seconds.
 */
export const MAX_STRUCTURE_PART_BYTES = 4 * 1024 * 1024;

function readXml(zip: ZipArchive, name: string, maxBytes = MAX_STRUCTURE_PART_BYTES): string | undefined {
  const buf = zip.read(name, maxBytes);
  return buf && xmlText(buf);
}

function findWorkbookPart(zip: ZipArchive): string {
  if (zip.has('mimetype')) {
    const mime = zip.read('mimetype')!.toString('utf8', 0, 200);
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) throw new NotWorkbookError('ods');
    if (mime.startsWith('application/vnd.oasis.opendocument')) throw new NotWorkbookError('odf');
  }
  const types = readXml(zip, '[Content_Types].xml');
  if (types === undefined) throw new NotWorkbookError('zip');
  let part: string | undefined;
  let other: 'docx' | 'pptx' | undefined;
  scanXml(types, {
    open(name, attrs) {
      if (name !== 'Override') return;
      const type = attrs.ContentType ?? '';
      if (MAIN_TYPES.includes(type)) part ??= (attrs.PartName ?? '').replace(/^\/+/u, '');
      else if (type.includes('wordprocessingml.document.main')) other = 'docx';
      else if (type.includes('presentationml.presentation.main')) other = 'pptx';
    },
  });
  if (part) return part;
  if (other) throw new NotWorkbookError(other);
  // Some producers rely on the Default extension types: follow the package relationship.
  const rels = readXml(zip, '_rels/.rels');
  if (rels) {
    scanXml(rels, {
      open(name, attrs) {
        if (name === 'Relationship' && (attrs.Type ?? '').endsWith('/officeDocument')) {
          part ??= (attrs.Target ?? '').replace(/^\/+/u, '');
        }
      },
    });
  }
  if (part && zip.has(part) && /workbook\.xml$/iu.test(part)) return part;
  throw new NotWorkbookError('zip');
}

interface Relationship {
  type: string;
  target: string;
}

function readRelationships(zip: ZipArchive, partName: string): Map<string, Relationship> {
  const dir = path.dirname(partName);
  const relsName = path.join(dir, '_rels', path.basename(partName) + '.rels');
  const map = new Map<string, Relationship>();
  const xml = readXml(zip, relsName);
  if (!xml) return map;
  scanXml(xml, {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target) return;
      if (attrs.TargetMode === 'External') return;
      const target = attrs.Target.startsWith('/')
        ? attrs.Target.slice(1)
        : path.normalize(path.join(dir, attrs.Target));
      map.set(attrs.Id, { type: attrs.Type ?? '', target });
    },
  });
  return map;
}

interface SharedStrings {
  strings: string[];
  /** The font named in a rich string's first run, if any (a legacy font shows there). */
  fonts: (string | undefined)[];
}

function readSharedStrings(xml: string, max: number): SharedStrings {
  // Count the strings before building any (as the cells of a sheet): padding is refused at once.
  const si = /<(?:\w{1,16}:)?si[\s>/]/gu;
  for (let count = 0; si.exec(xml);) {
    if (++count > max) throw new WorkbookShapeError('too-many-strings', `more than ${max} shared strings`);
  }
  const strings: string[] = [];
  const fonts: (string | undefined)[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = '';
  let font: string | undefined;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'si') {
        inSi = true;
        current = '';
        font = undefined;
        if (selfClosing) {
          strings.push('');
          inSi = false;
        }
      } else if (name === 'rFont' && inSi && !phonetic) font ??= attrs.val;
      else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && inSi && !phonetic && !selfClosing) inT = true;
    },
    close(name) {
      if (name === 'si' && inSi) {
        strings.push(decodeOoxmlEscapes(current));
        if (font !== undefined) fonts[strings.length - 1] = font;
        inSi = false;
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 't') inT = false;
    },
    text(text) {
      if (inT) current += text;
    },
  });
  return { strings, fonts };
}

interface CellCounter {
  /** Cells built so far, in all sheets. */
  count: number;
  /** Row elements seen so far, in all sheets. */
  rows: number;
  /** The limit of each. */
  max: number;
}

function readSheet(
  xml: string,
  sheet: RawSheet,
  sharedStrings: SharedStrings,
  styles: CellStyles,
  counter: CellCounter,
): void {
  if (xml.includes('<!') && /<!\s*(DOCTYPE|ENTITY)/iu.test(xml)) {
    throw new XmlError('doctype', 'DOCTYPE in a sheet');
  }
  const dataStart = xml.search(/<(\w{1,16}:)?sheetData[\s>/]/u);
  if (dataStart < 0) return;
  const dataEnd = xml.lastIndexOf('sheetData>');
  const data =
    dataEnd > dataStart ? xml.slice(dataStart, dataEnd + 'sheetData>'.length) : xml.slice(dataStart);
  if (dataEnd > dataStart) sheet.merges = readMerges(xml, dataEnd);
  const cellTag = /<(?:\w{1,16}:)?(c|row)[\s>/]/gu;
  let tags = counter.count;
  let rows = counter.rows;
  for (let m = cellTag.exec(data); m; m = cellTag.exec(data)) {
    if (m[1] === 'row' ? ++rows > counter.max : ++tags > counter.max)
      throw new WorkbookShapeError('too-many-cells', `more than ${counter.max} cells or rows`);
  }
  counter.rows = rows;

  let row = 0;
  let col = 0;
  let rowCells: Map<number, RawCell> | undefined;
  // The cell being read: its place and attributes, then its first <v>, first <f> and inline text.
  let inCell = false;
  let cellRow = 0;
  let type = 'n';
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let inline: string | undefined;
  let into: 'v' | 'f' | 't' | '' = '';
  let seenV = false;
  let seenF = false;
  let phonetic = 0;

  const endCell = () => {
    inCell = false;
    const cell = makeCell(
      type,
      style,
      value,
      formula,
      type === 'inlineStr' ? inline : undefined,
      sharedStrings,
      styles,
    );
    if (!cell) return;
    if (++counter.count > counter.max)
      throw new WorkbookShapeError('too-many-cells', `${counter.count} cells`);
    if (!rowCells || cellRow !== row) {
      rowCells = sheet.rows.get(cellRow);
      if (!rowCells) sheet.rows.set(cellRow, (rowCells = new Map()));
    }
    rowCells.set(col, cell);
    if (cellRow > sheet.maxRow) sheet.maxRow = cellRow;
  };

  scanXml(data, {
    open(name, attrs, selfClosing) {
      if (name === 'row') {
        row = attrs.r ? Number(attrs.r) : row + 1;
        if (!Number.isInteger(row) || row < 1) throw new WorkbookShapeError('damaged', 'bad row number');
        col = 0;
        rowCells = undefined;
      } else if (name === 'c') {
        const parsed = attrs.r ? parseCellRef(attrs.r) : null;
        [cellRow, col] = parsed ?? [row || 1, col + 1];
        if (selfClosing) return;
        inCell = true;
        type = attrs.t ?? 'n';
        style = attrs.s ? Number(attrs.s) : 0;
        value = formula = inline = undefined;
        seenV = seenF = false;
        phonetic = 0;
        into = '';
      } else if (!inCell) return;
      else if (name === 'v' && !seenV) {
        seenV = true;
        if (!selfClosing) [value, into] = ['', 'v'];
      } else if (name === 'f' && !seenF) {
        // <f …/> is a formula shared from another cell: its text is there, not here.
        seenF = true;
        formula = '';
        if (!selfClosing) into = 'f';
      } else if (name === 'is') inline ??= '';
      else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && inline !== undefined && !phonetic && !selfClosing) into = 't';
    },
    close(name) {
      if (name === 'c') {
        if (inCell) endCell();
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'v' || name === 'f' || name === 't') into = '';
    },
    text(text) {
      if (into === 'v') value += text;
      else if (into === 'f') formula += text;
      else if (into === 't') inline += text;
    },
  });
  if (inCell) throw new XmlError('malformed', 'unterminated cell');
}

function makeCell(
  type: string,
  style: number,
  value: string | undefined,
  f: string | undefined,
  inline: string | undefined,
  sharedStrings: SharedStrings,
  styles: CellStyles,
): RawCell | undefined {
  let cell: RawCell | undefined;
  const font = styles.font[style];
  switch (type) {
    case 's': {
      if (value === undefined) break;
      const index = Number(value);
      const text = sharedStrings.strings[index];
      if (!Number.isInteger(index) || text === undefined) {
        throw new WorkbookShapeError('damaged', `shared string ${value} missing`);
      }
      cell = { type: 'string', text, formula: f, font: sharedStrings.fonts[index] ?? font };
      break;
    }
    case 'str':
      cell = { type: 'string', text: decodeOoxmlEscapes(value ?? ''), formula: f, font };
      break;
    case 'inlineStr':
      cell = { type: 'string', text: decodeOoxmlEscapes(inline ?? value ?? ''), formula: f, font };
      break;
    case 'b':
      if (value !== undefined) {
        cell = { type: 'bool', bool: value.trim() === '1' || value.trim() === 'true', formula: f };
      }
      break;
    case 'e':
      cell = { type: 'error', text: value ?? '#N/A', formula: f };
      break;
    case 'd':
      if (value !== undefined) cell = { type: 'date', iso: value.trim(), formula: f };
      break;
    default: {
      if (value === undefined || value.trim() === '') break;
      const number = Number(value);
      if (!Number.isFinite(number)) cell = { type: 'string', text: value, formula: f, font };
      else if (styles.date[style]) cell = { type: 'date', serial: number, formula: f };
      else cell = { type: 'number', number, formula: f };
    }
  }
  if (!cell && f !== undefined) cell = { type: 'empty', formula: f };
  return cell;
}

/**
 * Reads a workbook's cells. Throws ZipError (damaged, bomb, encrypted zip), XmlError (DOCTYPE,
 * malformed), NotWorkbookError (an .ods, a .docx, another zip) or WorkbookShapeError.
 */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): RawWorkbook {
  const zip = openZip(bytes, limits);
  const workbookPart = findWorkbookPart(zip);
  const workbookXml = readXml(zip, workbookPart);
  if (workbookXml === undefined) throw new NotWorkbookError('zip');
  const rels = readRelationships(zip, workbookPart);
  const declared: { name: string; state: RawSheet['state']; rid: string }[] = [];
  let date1904 = false;
  scanXml(workbookXml, {
    open(name, attrs) {
      if (name === 'sheet') {
        const state = attrs.state === 'hidden' || attrs.state === 'veryHidden' ? attrs.state : 'visible';
        declared.push({ name: attrs.name ?? '', state, rid: attrs.id ?? '' });
      } else if (name === 'workbookPr') {
        date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      }
    },
  });
  let sharedStrings: SharedStrings = { strings: [], fonts: [] };
  let stylesXml: string | undefined;
  for (const rel of rels.values()) {
    if (rel.type.endsWith('/sharedStrings'))
      sharedStrings = readSharedStrings(readXml(zip, rel.target, Infinity) ?? '', limits.maxSharedStrings);
    else if (rel.type.endsWith('/styles')) stylesXml = readXml(zip, rel.target);
  }
  const styles = readCellStyles(stylesXml);
  const counter: CellCounter = { count: 0, rows: 0, max: limits.maxCells };
  const sheets: RawSheet[] = [];
  for (const d of declared) {
    const rel = rels.get(d.rid);
    const sheet: RawSheet = { name: d.name, state: d.state, rows: new Map(), maxRow: 0, merges: [] };
    sheets.push(sheet);
    // Chart sheets and dialog sheets have no cells.
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = readXml(zip, rel.target, Infinity);
    if (xml === undefined) throw new WorkbookShapeError('damaged', `sheet ${d.name} missing`);
    readSheet(xml, sheet, sharedStrings, styles, counter);
  }
  return { sheets, date1904 };
}

/** The cell at a position, if any. */
export function cellAt(sheet: RawSheet, row: number, col: number): RawCell | undefined {
  return sheet.rows.get(row)?.get(col);
}

/** A cell's content as plain text (for labels and codes). */
export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  switch (cell.type) {
    case 'string':
    case 'error':
      return cell.text;
    case 'number':
      return String(cell.number);
    case 'bool':
      return cell.bool ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.iso ?? String(cell.serial ?? '');
    case 'empty':
      return '';
  }
}
