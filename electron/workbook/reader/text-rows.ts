import { shownValue, workbookText } from '../../../shared/i18n/vi/workbook';
import { readerMessages } from '../../../shared/i18n/vi/workbook-reader';
import type { Indicator } from '../../../shared/template';
import { cellRef } from '../formulas';
import { cellAt, cellText, type RawWorkbook } from '../xlsx/read';
import { readText } from './cells';
import type { Place } from './locate';
import type { Checker } from './problems';

/**
 * A text read with the rows that go on with it (a long E01 over several rows, unit/text-rows.ts):
 * each cell as typed, with the spaces and line breaks the writer kept at its end, joined, then
 * trimmed, so the text read is the text written. A value a clerk typed in a row without a code
 * under a text is read as more of that text, and said so unless the row is one the app wrote
 * ("… (tiếp theo)").
 */
export function readTextOverRows(
  checker: Checker,
  wb: RawWorkbook,
  indicator: Indicator,
  places: readonly Place[],
): string {
  let text = '';
  places.forEach((at, i) => {
    const sheet = wb.sheets.find((s) => s.name === at.sheet)!;
    const where = { sheet: at.sheet, cell: cellRef(at.row, at.col) };
    const p = checker.place({ ...where, code: indicator.code, label: indicator.label });
    const piece = readText(
      checker,
      cellAt(sheet, at.row, at.col),
      p,
      { ...where, indicator: indicator.code },
      wb.date1904,
      false,
    );
    if (!piece) return;
    if (i > 0 && piece.trim() && !marked(sheet.rows.get(at.row), at.col)) {
      checker.add(
        'warning',
        'text-continued',
        readerMessages.textContinuedRead(p, indicator.code, shownValue(piece)),
        { ...where, indicator: indicator.code },
      );
    }
    // Pieces the app wrote end with their spaces; a clerk's own row starts a new line.
    text += text && !/\s$/u.test(text) && !/^\s/u.test(piece) ? `\n${piece}` : piece;
  });
  return text.trim();
}

/** The row is one the app wrote to go on with a text: its label says "(tiếp theo)". */
function marked(cells: ReadonlyMap<number, Parameters<typeof cellText>[0]> | undefined, valueCol: number) {
  return [...(cells ?? [])].some(
    ([col, cell]) =>
      col !== valueCol &&
      cellText(cell).length < 300 &&
      cellText(cell).includes(workbookText.textContinuedMark),
  );
}
