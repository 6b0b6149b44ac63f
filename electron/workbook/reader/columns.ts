import { parseCount } from '../../../shared/format/numbers';
import { shownValue, workbookText } from '../../../shared/i18n/vi/workbook';
import { readerMessages } from '../../../shared/i18n/vi/workbook-reader';
import type { Indicator } from '../../../shared/template';
import { cellRef } from '../formulas';
import { cellText, type RawCell } from '../xlsx/read';
import { codeText, sortedRows, type IndicatorTable, type Place } from './locate';
import type { Checker } from './problems';

/**
 * The rest of an indicator's row: only its "Số liệu" cell is read, so a figure typed beside it
 * (in "Ghi chú", "Tỷ lệ dạng số" or any column further right, or over the unit) would be lost
 * without a word once the sheet's protection is removed. Each is named at its cell, saying where
 * the figure belongs. What the app wrote there (the unit, the notes of totals and rates) is not.
 * The rate's own number ("Tỷ lệ dạng số" of a rate row) is a computed cell: reader/rules.ts.
 */

export const OUTSIDE_COLUMN_KIND = 'value-outside-column';
const MAX_NAMED = 20;

/** A number, or a text that reads as one ("1.234"): what a clerk means as a figure. */
function looksLikeFigure(cell: RawCell, text: string): boolean {
  if (cell.type === 'number') return true;
  const parsed = parseCount(text.slice(0, 100));
  return parsed.ok && parsed.value !== null;
}

/** What the app writes in a column of an indicator's row, if anything. */
function written(table: IndicatorTable, indicator: Indicator, col: number): string | undefined {
  if (col === table.unitCol) {
    if (indicator.kind === 'rate') return workbookText.rateUnit;
    return indicator.kind === 'text' ? '' : indicator.unit;
  }
  if (col !== table.noteCol) return undefined;
  if (indicator.kind === 'total') return workbookText.totalNote(indicator.sumOf);
  if (indicator.kind === 'rate') return workbookText.rateNote(indicator.numerator, indicator.denominator);
  return '';
}

export function checkOutsideColumns(
  checker: Checker,
  table: IndicatorTable,
  indicators: ReadonlyMap<string, Indicator>,
  places: ReadonlyMap<string, Place>,
): void {
  const { sheet } = table;
  // The first cells are named one by one; past them, how many more (a sheet of 50.000 cells
  // typed beside the table is one long list no one reads, and a slow one).
  let named = 0;
  const add: Add = (kind, message, where) => {
    if (++named <= MAX_NAMED) checker.add('warning', kind, message(), where);
  };
  for (const row of sortedRows(sheet)) {
    if (row <= table.row) continue;
    const code = codeText(sheet.rows.get(row)!.get(table.codeCol));
    const indicator = indicators.get(code);
    const at = places.get(code);
    // Cells a merged range hides (all but its first): nothing a clerk sees there.
    // (The row's merges are looked up only when a cell there has something.)
    let merges: typeof sheet.merges | undefined;
    const hidden = (col: number) =>
      (merges ??= sheet.merges.filter((m) => row >= m.top && row <= m.bottom)).some(
        (m) => col >= m.left && col <= m.right && !(row === m.top && col === m.left),
      );
    // The first row of a known code (a second one is refused as a duplicate); a row whose code the
    // template does not know, or with none (its "Số liệu" cell: reader/inputs.ts).
    if (indicator && at?.sheet === sheet.name && at.row === row) {
      checkIndicatorRow(checker, table, row, indicator, hidden, add);
    } else if (!indicator) checkRowWithoutCode(checker, table, row, !!code, hidden, add);
  }
  if (named > MAX_NAMED) {
    const where = { sheet: sheet.name };
    checker.add(
      'warning',
      'value-without-code',
      readerMessages.moreCellsNotRead(checker.place(where), named - MAX_NAMED),
      where,
    );
  }
}

type Add = (
  kind: string,
  message: () => string,
  where: { sheet: string; cell: string; indicator?: string },
) => void;

function checkIndicatorRow(
  checker: Checker,
  table: IndicatorTable,
  row: number,
  indicator: Indicator,
  hidden: (col: number) => boolean,
  add: Add,
): void {
  const { sheet } = table;
  const code = indicator.code;
  for (const [col, cell] of sheet.rows.get(row)!) {
    // Left of the value: the number, code and label are the form's; the unit is checked.
    if (col === table.valueCol || (col < table.valueCol && col !== table.unitCol)) continue;
    if (col === table.rateNumberCol && indicator.kind === 'rate') continue;
    const text = cellText(cell).trim();
    if (!text || hidden(col)) continue;
    const wrote = written(table, indicator, col);
    if (wrote !== undefined && text === wrote) continue;
    const figure = looksLikeFigure(cell, text);
    // A reworded unit, or a total's or rate's note (worded otherwise by an older version of the
    // app), is no figure; a clerk's own note is said not to be read.
    if (!figure && (col === table.unitCol || (wrote !== undefined && wrote !== ''))) continue;
    const where = { sheet: sheet.name, cell: cellRef(row, col), indicator: code };
    const p = checker.place({ sheet: where.sheet, cell: where.cell, code, label: indicator.label });
    if (col === table.noteCol && !figure) {
      add('note-not-read', () => readerMessages.noteNotRead(p, shownValue(text)), where);
    } else {
      add(
        OUTSIDE_COLUMN_KIND,
        () => readerMessages.valueOutsideColumn(p, shownValue(text), code, cellRef(row, table.valueCol)),
        where,
      );
    }
  }
}

/**
 * A row without a known code: a figure anywhere right of the code (a clerk's own row, or a note
 * line under the table), or a text right of "Số liệu" on a row with no code at all, is in no
 * figure. The row's labels (a row the clerk added names itself) and the app's "(tiếp theo)" are not.
 */
function checkRowWithoutCode(
  checker: Checker,
  table: IndicatorTable,
  row: number,
  coded: boolean,
  hidden: (col: number) => boolean,
  add: Add,
): void {
  const { sheet } = table;
  for (const [col, cell] of sheet.rows.get(row)!) {
    if (col <= table.codeCol || col === table.valueCol) continue;
    const text = cellText(cell).trim();
    if (!text || hidden(col)) continue;
    const figure = looksLikeFigure(cell, text);
    // A row with a code (a newer template's, or the clerk's own) keeps its texts: its label, note.
    if (!figure && (col < table.valueCol || coded)) continue;
    const where = { sheet: sheet.name, cell: cellRef(row, col) };
    const message = figure ? readerMessages.valueWithoutCode : readerMessages.textWithoutCode;
    add('value-without-code', () => message(checker.place(where), shownValue(text)), where);
  }
}
