import path from 'node:path/posix';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipArchive, type ZipLimits } from './zip';
import {
  decodeOoxmlEscapes,
  NotWorkbookError,
  WorkbookShapeError,
  type RawSheet,
  type RawWorkbook,
  type SharedStrings,
} from './model';
import { readSheet, type CellCounter } from './sheet';
import { readCellStyles } from './styles';
import { scanXml, xmlText } from './xml';

export {
  cellAt,
  cellText,
  NotWorkbookError,
  WorkbookShapeError,
  type MergedRange,
  type RawCell,
  type RawSheet,
  type RawWorkbook,
} from './model';

/**
 * Reads the cells of an .xlsx into a plain model: sheet names and visibility, and per sheet the
 * non-empty cells with their type, cached value and formula. Only what checking a report needs:
 * no styles beyond "is this number shown as a date", no drawings, no macros are ever looked at.
 */

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
