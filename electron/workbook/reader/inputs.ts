import type { ReportData } from '../../../shared/domain/report';
import { readerMessages } from '../../../shared/i18n/vi/workbook-reader';
import { shownValue } from '../../../shared/i18n/vi/workbook';
import type { Indicator } from '../../../shared/template';
import { BLANK_COUNTS_KIND } from '../../../shared/workbook/import-types';
import { cellRef } from '../formulas';
import { parseCount } from '../../../shared/format/numbers';
import { cellAt, cellText, type MergedRange, type RawSheet } from '../xlsx/read';
import { checkOutsideColumns, OUTSIDE_COLUMN_KIND } from './columns';
import { codeText, sortedRows, type IndicatorTable, type ListTable, type Place } from './locate';
import type { Checker } from './problems';

/**
 * The rule of issue 8 on what is around the figures read: every non-empty cell of an input area is
 * read into the data or named in a problem. Here: values on rows whose code the template does not
 * know (or with no code), merged ranges over input cells (Excel keeps only the first cell's value),
 * and the counts left blank (one warning listing them, also carried to completeness).
 */

export function checkInputAreas(
  checker: Checker,
  tables: readonly IndicatorTable[],
  indicators: ReadonlyMap<string, Indicator>,
  places: ReadonlyMap<string, Place>,
  listTable: ListTable | undefined,
  data: ReportData,
  continuations: ReadonlyMap<string, readonly Place[]> = new Map(),
): void {
  // A long text's rows without a code are read with it (reader/text-rows.ts): input cells too.
  const more = [...continuations.values()].flat();
  const read = new Set(more.map((p) => `${p.sheet}!${p.row}`));
  for (const table of tables) {
    checkStrayValues(checker, table, indicators, read);
    checkOutsideColumns(checker, table, indicators, places);
  }
  const inputs = new Map([...places, ...more.map((p, i) => [`\u0000${i}`, p] as const)]);
  checkMergedInputs(checker, tables, inputs, listTable);
  checkBlankCounts(checker, indicators, places, data);
}

/** A value typed on a row without a known code is in no figure: say so at its cell. */
function checkStrayValues(
  checker: Checker,
  table: IndicatorTable,
  indicators: ReadonlyMap<string, Indicator>,
  read: ReadonlySet<string>,
): void {
  const { sheet } = table;
  for (const row of sortedRows(sheet)) {
    if (row <= table.row || read.has(`${sheet.name}!${row}`)) continue;
    const value = cellAt(sheet, row, table.valueCol);
    const shown = shownValue(cellText(value));
    if (!value || !shown) continue;
    const codeCell = cellAt(sheet, row, table.codeCol);
    const code = codeText(codeCell);
    if (indicators.has(code)) continue;
    const where = { sheet: sheet.name, cell: cellRef(row, table.valueCol) };
    if (code) {
      checker.add(
        'warning',
        'unknown-code',
        readerMessages.unknownCode(checker.place(where), cellText(codeCell).trim(), shown),
        where,
      );
    } else {
      // A text is no figure: say what it is.
      const figure = value.type === 'number' || parseCount(shown).ok;
      checker.add(
        'warning',
        'value-without-code',
        (figure ? readerMessages.valueWithoutCode : readerMessages.textWithoutCode)(
          checker.place(where),
          shown,
        ),
        where,
      );
    }
  }
}

const covers = (m: MergedRange, row: number, col: number) =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

/**
 * How many input cells a merged range covers: the value cells of the indicators (and the rows of
 * a long text), and the list's cells from its first row. Counted, never enumerated (a hostile
 * range may span a million rows).
 */
function inputCellsOf(
  sheet: RawSheet,
  places: ReadonlyMap<string, Place>,
  listTable: ListTable | undefined,
): (m: MergedRange) => { count: number; first: boolean } {
  const cells = [...places.values()].filter((p) => p.sheet === sheet.name);
  const listCols = listTable?.sheet === sheet ? [...listTable.columns.values()] : [];
  return (m) => {
    let count = cells.filter((p) => covers(m, p.row, p.col)).length;
    const listRows = listTable ? m.bottom - Math.max(m.top, listTable.firstDataRow) + 1 : 0;
    if (listRows > 0) count += listCols.filter((c) => c >= m.left && c <= m.right).length * listRows;
    const first =
      cells.some((p) => p.row === m.top && p.col === m.left) ||
      (listCols.includes(m.left) && !!listTable && m.top >= listTable.firstDataRow);
    return { count, first };
  };
}

/**
 * A merged range over an input cell hides the values of every cell but its first: the total of
 * the district would be short by them and no one would know. An error naming the range. A range
 * that starts at an input cell and only widens it along its row (E5:F5, to show a long text)
 * hides nothing read: it is read as its first cell.
 */
function checkMergedInputs(
  checker: Checker,
  tables: readonly IndicatorTable[],
  places: ReadonlyMap<string, Place>,
  listTable: ListTable | undefined,
): void {
  const sheets = new Set([...tables.map((t) => t.sheet), ...(listTable ? [listTable.sheet] : [])]);
  for (const sheet of sheets) {
    const inputsIn = inputCellsOf(sheet, places, listTable);
    for (const m of sheet.merges) {
      if (m.top === m.bottom && m.left === m.right) continue;
      const { count, first } = inputsIn(m);
      if (count === 0 || (count === 1 && first && m.top === m.bottom)) continue;
      const range = `${cellRef(m.top, m.left)}:${cellRef(m.bottom, m.right)}`;
      const where = { sheet: sheet.name, cell: range };
      checker.add('error', 'merged-input', readerMessages.mergedInput(checker.place(where), range), where);
    }
  }
}

/** One warning listing every count left blank (with its cell), unless nothing at all was filled. */
function checkBlankCounts(
  checker: Checker,
  indicators: ReadonlyMap<string, Indicator>,
  places: ReadonlyMap<string, Place>,
  data: ReportData,
): void {
  const counts = [...indicators.values()].filter((i) => i.kind === 'count');
  const blank = counts.filter((i) => places.has(i.code) && (data.counts[i.code] ?? null) === null);
  // A file with no figure at all is refused as an unfilled template; its blanks need no list. A
  // count refused for its content (a date, text) is named already.
  // A figure typed beside its cell is named there, with the cell it belongs in.
  const named = new Set(
    checker.problems
      .filter((p) => p.level === 'error' || p.kind === OUTSIDE_COLUMN_KIND)
      .map((p) => p.indicator),
  );
  const unnamed = blank.filter((i) => !named.has(i.code));
  if (!unnamed.length || blank.length === counts.length) return;
  const first = places.get(unnamed[0]!.code)!;
  const where = { sheet: first.sheet, cell: cellRef(first.row, first.col) };
  // Grouped by sheet, so 28 blank cells read as a few short runs rather than one long sentence.
  const bySheet = new Map<string, { code: string; cell: string }[]>();
  for (const i of unnamed) {
    const at = places.get(i.code)!;
    const cells = bySheet.get(at.sheet) ?? [];
    cells.push({ code: i.code, cell: cellRef(at.row, at.col) });
    bySheet.set(at.sheet, cells);
  }
  const list = [...bySheet].map(([sheet, cells]) => readerMessages.blankCellsOfSheet(sheet, cells));
  checker.add(
    'warning',
    BLANK_COUNTS_KIND,
    readerMessages.countsBlank(checker.place(), list.join('; '), unnamed.length),
    where,
  );
  checker.problems.at(-1)!.indicators = unnamed.map((i) => i.code);
}
