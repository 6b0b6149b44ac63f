import { formatRate, ratePercent } from '../../../shared/format/numbers';
import { districtMessages } from '../../../shared/i18n/vi/district';
import type { CompletenessFile } from '../../../shared/merge/completeness';
import type { RateIndicator } from '../../../shared/template';
import { COUNT_NUMBER_FORMAT } from '../../../shared/workbook/layout';
import { percentTextFormula } from '../formulas';
import { lineHeight, rowHeightFor, type WrappedText } from '../row-height';
import type { CellStyle, SheetBuilder } from '../sheet-writer';

/** The cell styles and small layout pieces every sheet of the merged workbook uses. */

export const HEADER: CellStyle = {
  bold: true,
  wrap: true,
  horizontal: 'center',
  vertical: 'center',
  border: true,
  fill: 'FFE8EEF7',
};
export const TEXT: CellStyle = { border: true, vertical: 'top', wrap: true };
export const PLAIN: CellStyle = { border: true, vertical: 'top' };
export const COUNT: CellStyle = { border: true, vertical: 'top', numFmt: COUNT_NUMBER_FORMAT };
export const RATE: CellStyle = { border: true, vertical: 'top', horizontal: 'right' };
const BOLD = new Map<CellStyle, CellStyle>();
/** The bold variant of a style, one object per style (the writer caches styles by object). */
export const bold = (s: CellStyle): CellStyle => {
  let b = BOLD.get(s);
  if (!b) BOLD.set(s, (b = { ...s, bold: true }));
  return b;
};

/** The cached value Excel itself computes for a rate formula (blank cells count as 0). */
export function cachedRate(rate: RateIndicator, value: (code: string) => number): string {
  const numerator = rate.numerator.reduce((a, c) => a + value(c), 0);
  const denominator = rate.denominator.reduce((a, c) => a + value(c), 0);
  return formatRate(ratePercent(numerator, denominator));
}

/** A rate as Vietnamese text (`percentTextFormula`), as in the unit workbook. */
export function rateFormula(rate: RateIndicator, ref: (code: string) => string): string {
  return percentTextFormula(
    `SUM(${rate.numerator.map(ref).join(',')})`,
    `SUM(${rate.denominator.map(ref).join(',')})`,
  );
}

/** Title lines across the top, merged over the table's width. */
export function title(ws: SheetBuilder, lines: string[], width: number): void {
  lines.forEach((text, i) => {
    ws.set(i + 1, 1, text, {
      bold: i === 0,
      italic: i > 0,
      size: i === 0 ? 14 : 12,
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
    });
    ws.merge(i + 1, 1, i + 1, Math.max(width, 1));
  });
}

export function tableHeader(ws: SheetBuilder, row: number, values: string[]): void {
  ws.setRow(row, values, HEADER);
  ws.frozen = { rows: row, cols: 0 };
  ws.printTitleRow = row;
}

/**
 * Gives a row the height its wrapped texts need when that is more than one line (LibreOffice does
 * not grow rows when it opens a file: long names and narratives printed over the next row).
 */
export function fitRow(ws: SheetBuilder, row: number, texts: WrappedText[]): void {
  const height = rowHeightFor(texts);
  if (height > lineHeight() + 4.5) ws.heights.set(row, height);
}

/** The refusal reasons of files, one line per file. */
export function fileNote(files: CompletenessFile[]): string {
  return files
    .map(
      (f) =>
        `${f.fileName}: ` +
        f.problems
          .filter((p) => p.level === 'error')
          .map((p) => {
            // The reader's messages usually name the place already; add it only when they do not.
            const place = districtMessages.problemPlace(p);
            return place && !(p.cell && p.message.includes(p.cell)) ? `${place}: ${p.message}` : p.message;
          })
          .join(' '),
    )
    .join('\n');
}
