/**
 * The parts of a worksheet's XML around its rows (sheet-writer.ts writes the rows): the head must
 * be known before the first rows are deflated, the tail only at the end.
 */
import { columnLetter } from './formulas';
import { pageSetupXml } from './print-setup';

/** What the head and tail are made of. */
export interface SheetLayout {
  readonly widths: ReadonlyMap<number, number>;
  /** Columns hidden on screen and paper (each needs a width too). */
  readonly hiddenCols?: ReadonlySet<number>;
  readonly merges: readonly string[];
  readonly frozen: { rows: number; cols: number } | null;
  readonly landscape: boolean;
  readonly printScale: number | null;
  readonly pageNumbers: boolean;
  readonly columnBreaks: readonly number[];
}

/** Everything before a sheet's rows: views, frozen panes, column widths. */
export function sheetHeadXml(sheet: SheetLayout, selected: boolean): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<sheetPr><pageSetUpPr fitToPage="${sheet.printScale ? 0 : 1}"/></sheetPr>`,
  ];
  const view = [`<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>`];
  if (sheet.frozen && (sheet.frozen.rows || sheet.frozen.cols)) {
    const { rows, cols } = sheet.frozen;
    const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
    view.push(
      `<pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${columnLetter(cols + 1)}${rows + 1}" activePane="${pane}" state="frozen"/>`,
    );
  }
  view.push('</sheetView>');
  out.push(`<sheetViews>${view.join('')}</sheetViews>`, '<sheetFormatPr defaultRowHeight="15.75"/>');
  if (sheet.widths.size) {
    out.push('<cols>');
    for (const [col, width] of [...sheet.widths].sort((a, b) => a[0] - b[0])) {
      out.push(`<col min="${col}" max="${col}" width="${width}" customWidth="1"${sheet.hiddenCols?.has(col) ? ' hidden="1"' : ''}/>`);
    }
    out.push('</cols>');
  }
  out.push('<sheetData>');
  return out.join('');
}

/** Everything after a sheet's rows: merged ranges, margins, page setup. */
export function sheetTailXml(sheet: SheetLayout): string {
  const out = ['</sheetData>'];
  if (sheet.merges.length) {
    out.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) out.push(`<mergeCell ref="${m}"/>`);
    out.push('</mergeCells>');
  }
  out.push(...pageSetupXml(sheet), '</worksheet>');
  return out.join('');
}
