/** The plain model of a workbook's cells that the reader builds, and what reading can throw. */

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

/** The shared-strings part: each string, and the font of its first run when it names one. */
export interface SharedStrings {
  strings: string[];
  /** The font named in a rich string's first run, if any (a legacy font shows there). */
  fonts: (string | undefined)[];
}

/** OOXML escapes characters XML cannot carry as _xHHHH_ ("_x000D_" is a carriage return). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
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
