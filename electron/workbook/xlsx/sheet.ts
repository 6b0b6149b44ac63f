import { parseCellRef } from '../formulas';
import { readMerges } from './merges';
import {
  decodeOoxmlEscapes,
  WorkbookShapeError,
  type RawCell,
  type RawSheet,
  type SharedStrings,
} from './model';
import type { CellStyles } from './styles';
import { XmlError, scanXml } from './xml';

export interface CellCounter {
  /** Cells built so far, in all sheets. */
  count: number;
  /** Row elements seen so far, in all sheets. */
  rows: number;
  /** The limit of each. */
  max: number;
}

export function readSheet(
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
