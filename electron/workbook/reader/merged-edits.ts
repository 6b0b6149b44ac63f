/**
 * Hand edits of a merged workbook's visible sheets. The next level reads a merged workbook's data
 * from its very hidden units sheet only; so every visible cell that differs from what the writer
 * would write from that data again (a total typed over, a unit row added for a paper report, a
 * training figure or a narrative corrected, a "Cấp" retyped, a note typed beside the table) is
 * named, with what was typed, where, and what to do. One comparison for every sheet: the writer
 * writes the sheets again in memory (merged-writer.ts) and the cells are compared.
 *
 * Rows are matched by their key (the unit's code, the indicator's code, "Tổng cộng"; rows without
 * one follow the keyed row above), so an inserted row is named once, not every row below it.
 * A cell holding a formula is compared by its formula, not its value: recalculated after an edit,
 * it changes with the cell edited, which is named itself.
 */
import { mergedWorkbookText } from '../../../shared/i18n/vi/district';
import { formatCount } from '../../../shared/format/numbers';
import { cellRef } from '../formulas';
import type { MergedWorkbookInput } from '../merged/context';
import { visibleSheetCells } from '../merged-writer';
import type { CellValue } from '../sheet-writer';
import { cellAt, cellText, type RawCell, type RawSheet, type RawWorkbook } from '../xlsx/read';
import { findSheet } from './locate';

export interface VisibleEdit {
  sheet: string;
  /** The cell ("D11"), or the first cell of a row added or removed. */
  cell: string;
  kind: 'cell' | 'row-added' | 'row-removed';
  /** The unit whose row it is, when the row is one of the merged units'. */
  unitCode: string | null;
  /** What the file shows, and what the units' data would show (as text for the message). */
  typed: string;
  expected: string;
  /** The row's unit code and name or first texts: what a person recognises the row by. */
  row: string;
  /** The indicator of a "Theo đơn vị" count column, when the cell is one. */
  code?: string;
}

/** The column holding a row's key: "Mã số" on "Tổng hợp", "Mã đơn vị" elsewhere. */
const keyColumn = (sheet: string) => (sheet === mergedWorkbookText.sheets.summary ? 1 : 2);

type Reader = (row: number, col: number) => string;

/** Row number → key; rows at or above the header by position. */
function rowKeys(
  rows: Iterable<number>,
  text: Reader,
  headerRow: number,
  keyCol: number,
): Map<string, number> {
  const keys = new Map<string, number>();
  let last = '';
  let follow = 0;
  for (const row of [...rows].sort((a, b) => a - b)) {
    if (row <= headerRow) {
      keys.set(`#${row}`, row);
      continue;
    }
    const own = [keyCol, 1, 2, 3].map((c) => text(row, c).trim()).find((t) => t !== '') ?? '';
    let key = own ? own : `${last}+${++follow}`;
    if (own) {
      last = own;
      follow = 0;
    }
    for (let n = 2; keys.has(key); n++) key = `${own || last}#${n}`;
    keys.set(key, row);
  }
  return keys;
}

/**
 * Text as compared: LibreOffice reads "_xa_" in a text (as in a file name "…_xa_Tan_Ho_Co…") as
 * the escape of a line break and saves the line break; both sides are read that way.
 */
const normal = (text: string) =>
  text
    .replace(/_x([0-9A-Fa-f]{1,4})_/gu, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n?/gu, '\n')
    .trim();

/** A cell reference or range, with the sheet it names, if any. */
const REF = /((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?/gu;

/**
 * A formula with the rows of its own sheet's references mapped through `rows` (row in the file →
 * the row written there; a row not written, "?"), "$" and spaces dropped: a row inserted above
 * a formula moves it and the rows it names, which is no edit of the formula.
 */
function mappedFormula(formula: string, rows?: ReadonlyMap<number, number>): string {
  const row = (r: string) => (rows ? (rows.get(Number(r)) ?? `?${r}`) : r);
  return formula
    .replace(/^=/u, '')
    .replace(/\s/gu, '')
    .replace(REF, (_m, sheet: string | undefined, c1: string, r1: string, c2?: string, r2?: string) => {
      const own = !sheet;
      const a = `${c1}${own ? row(r1) : r1}`;
      return `${sheet ?? ''}${a}${c2 ? `:${c2}${own ? row(r2!) : r2}` : ''}`;
    })
    .replace(/\$/gu, '')
    .toUpperCase();
}

function sameValue(expected: string | number, cell: RawCell | undefined): boolean {
  if (typeof expected === 'number') {
    const n = cell?.type === 'number' ? cell.number : Number(normal(cellText(cell)));
    return cellText(cell).trim() !== '' && Math.abs(n - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return normal(cellText(cell)) === normal(expected);
}

function same(
  expected: CellValue | undefined,
  cell: RawCell | undefined,
  rows: ReadonlyMap<number, number>,
): boolean {
  if (expected === undefined || expected === null || expected === '') {
    return !cell || (!cell.formula && cellText(cell).trim() === '');
  }
  if (typeof expected === 'object') {
    if (cell?.formula) return mappedFormula(cell.formula, rows) === mappedFormula(expected.formula);
    return sameValue(expected.result, cell);
  }
  return cell?.formula ? false : sameValue(expected, cell);
}

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

function shownValue(value: CellValue | undefined): string {
  if (value === undefined || value === null || value === '') return '(trống)';
  if (typeof value === 'number')
    return Number.isInteger(value) ? formatCount(value) : String(value).replace('.', ',');
  if (typeof value === 'string') return quoted(value);
  return `${shownValue(value.result)}, là công thức =${value.formula}`;
}

function shownCell(cell: RawCell | undefined): string {
  if (!cell || (!cell.formula && cellText(cell).trim() === '')) return '(trống)';
  if (cell.formula) return `=${cell.formula}`;
  return cell.type === 'number' ? shownValue(cell.number) : quoted(normal(cellText(cell)));
}

/**
 * Every difference between the file's visible data sheets and the sheets written again from
 * `input` (the units' data and the metadata). `units`: the codes of the merged units.
 */
export function visibleEdits(
  wb: RawWorkbook,
  input: MergedWorkbookInput,
  headerRow: number,
  /** Files written before the metadata kept all the writer's input: the title rows and these sheets are not compared. */
  old?: { skipSheets: readonly string[] },
): VisibleEdit[] {
  const edits: VisibleEdit[] = [];
  const units = new Set((input.units ?? []).map((u) => u.code));
  const byUnit = mergedWorkbookText.sheets.byUnit;
  visibleSheetCells(input, (name, expectedRows) => {
    if (old?.skipSheets.includes(name)) return;
    const sheet = findSheet(wb, name);
    const raw = sheet ?? ({ rows: new Map() } as unknown as RawSheet);
    const keyCol = keyColumn(name);
    const expText: Reader = (r, c) => {
      const v = expectedRows.get(r)?.get(c);
      return v === null || v === undefined ? '' : typeof v === 'object' ? String(v.result) : String(v);
    };
    const rawText: Reader = (r, c) => cellText(cellAt(raw, r, c));
    const expected = rowKeys(expectedRows.keys(), expText, headerRow, keyCol);
    const found = rowKeys(raw.rows.keys(), rawText, headerRow, keyCol);
    const label = (text: Reader, row: number) =>
      [keyCol, keyCol + 1]
        .map((c) => text(row, c).trim())
        .filter(Boolean)
        .join(' ') ||
      [...(raw.rows.get(row)?.values() ?? [])].map((c) => cellText(c).trim()).find(Boolean) ||
      '';
    const countCodes = name === byUnit ? columnCodes(expectedRows, headerRow) : new Map<number, string>();
    const toExpected = new Map<number, number>();
    for (const [key, row] of found) {
      const at = expected.get(key);
      if (at !== undefined) toExpected.set(row, at);
    }
    for (const [key, row] of found) {
      if (old && row < headerRow) continue;
      const at = expected.get(key);
      const own = rawText(row, 2).trim();
      const unitCode = keyCol === 2 && units.has(own) ? own : null;
      if (at === undefined) {
        const cells = [...(raw.rows.get(row) ?? new Map<number, RawCell>())].filter(
          ([, c]) => c.formula || cellText(c).trim() !== '',
        );
        if (!cells.length) continue;
        const typed = cells
          .filter(([, c]) => !c.formula)
          .slice(0, 8)
          .map(([, c]) => shownCell(c))
          .join(', ');
        const rowLabel = label(rawText, row);
        edits.push({
          sheet: name,
          cell: cellRef(row, cells[0]![0]),
          kind: 'row-added',
          unitCode: null,
          typed,
          expected: '',
          row: rowLabel,
        });
        continue;
      }
      const cols = new Set([...(raw.rows.get(row)?.keys() ?? []), ...(expectedRows.get(at)?.keys() ?? [])]);
      for (const col of [...cols].sort((a, b) => a - b)) {
        const want = expectedRows.get(at)?.get(col);
        const cell = cellAt(raw, row, col);
        if (same(want, cell, toExpected)) continue;
        const code = countCodes.get(col);
        edits.push({
          sheet: name,
          cell: cellRef(row, col),
          kind: 'cell',
          unitCode,
          typed: shownCell(cell),
          expected: shownValue(want),
          row: label(rawText, row),
          ...(code ? { code } : {}),
        });
      }
    }
    for (const [key, at] of expected) {
      if (
        (old && at < headerRow) ||
        found.has(key) ||
        ![...(expectedRows.get(at)?.values() ?? [])].some((v) => v !== null && v !== '')
      )
        continue;
      edits.push({
        sheet: name,
        cell: cellRef(at, 1),
        kind: 'row-removed',
        unitCode: null,
        typed: '',
        expected: '',
        row: label(expText, at),
      });
    }
  });
  return edits;
}

/** "Theo đơn vị": the column of each indicator code in the header row. */
function columnCodes(rows: Map<number, Map<number, CellValue>>, headerRow: number): Map<number, string> {
  const codes = new Map<number, string>();
  for (const [col, v] of rows.get(headerRow) ?? []) if (typeof v === 'string') codes.set(col, v);
  return codes;
}
