/**
 * How a sheet of the small sheet writer prints: A4, fit to one page wide or a fixed scale, page
 * numbers at the top from page 2 (Nghị định 30), manual column breaks, and the rows and columns
 * repeated on every page. Kept out of sheet-writer.ts, which writes the cells.
 */
import { columnLetter, quoteSheet } from './formulas';

export interface PrintSetup {
  landscape: boolean;
  printScale: number | null;
  pageNumbers: boolean;
  columnBreaks: readonly number[];
  printTitleRow: number | null;
  printTitleRows: [number, number] | null;
  printTitleCols: [number, number] | null;
  /** The last row and column printed (from A1); null: everything filled. */
  printArea: [number, number] | null;
}

/** The worksheet's page set-up elements, in the order the schema wants them after the data. */
export function pageSetupXml(
  s: Pick<PrintSetup, 'landscape' | 'printScale' | 'pageNumbers' | 'columnBreaks'>,
): string[] {
  return [
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="9" orientation="${s.landscape ? 'landscape' : 'portrait'}"${
      s.printScale ? ` scale="${s.printScale}"` : ' fitToWidth="1" fitToHeight="0"'
    }/>`,
    s.pageNumbers
      ? '<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman"&amp;13&amp;P</oddHeader><firstHeader></firstHeader></headerFooter>'
      : '',
    s.columnBreaks.length
      ? `<colBreaks count="${s.columnBreaks.length}" manualBreakCount="${s.columnBreaks.length}">${s.columnBreaks
          .map((c) => `<brk id="${c - 1}" max="1048575" man="1"/>`)
          .join('')}</colBreaks>`
      : '',
  ];
}

/** The sheet's print titles ('Sheet'!$A:$C,'Sheet'!$5:$6), unescaped; null when it has none. */
export function printTitles(name: string, s: PrintSetup): string | null {
  const rows = s.printTitleRows ?? (s.printTitleRow ? [s.printTitleRow, s.printTitleRow] : null);
  const parts = [
    ...(s.printTitleCols
      ? [`${quoteSheet(name)}!$${columnLetter(s.printTitleCols[0])}:$${columnLetter(s.printTitleCols[1])}`]
      : []),
    ...(rows ? [`${quoteSheet(name)}!$${rows[0]}:$${rows[1]}`] : []),
  ];
  return parts.length ? parts.join(',') : null;
}

/** The sheet's print area ('Sheet'!$A$1:$K$40), unescaped; null when it prints everything. */
export function printArea(name: string, s: Pick<PrintSetup, 'printArea'>): string | null {
  return s.printArea ? `${quoteSheet(name)}!$A$1:$${columnLetter(s.printArea[1])}$${s.printArea[0]}` : null;
}
