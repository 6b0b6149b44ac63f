import { formatRateFixed, rateFraction, ratePercent } from '../../../shared/format/numbers';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import type { CompletenessFile } from '../../../shared/merge/completeness';
import type { RateIndicator } from '../../../shared/template';
import {
  COUNT_NUMBER_FORMAT,
  LARGE_COUNT_NUMBER_FORMAT,
  PERCENT_NUMBER_FORMAT,
} from '../../../shared/workbook/layout';
import { percentNumberFormula, percentTextFormula } from '../formulas';
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
const LARGE_COUNT: CellStyle = { border: true, vertical: 'top', numFmt: LARGE_COUNT_NUMBER_FORMAT };
/** COUNT, or its variant that groups a billion or more right ("1.234.567.890"). */
export const countStyle = (value: number | null | undefined): CellStyle =>
  value !== null && value !== undefined && Math.abs(value) >= 1e9 ? LARGE_COUNT : COUNT;
export const RATE: CellStyle = { border: true, vertical: 'top', horizontal: 'right' };
/** A rate as a number beside its text (0.9874 shown "98,74%"). */
export const RATE_NUMBER: CellStyle = { border: true, vertical: 'top', numFmt: PERCENT_NUMBER_FORMAT };
/** A change from the previous period, signed: "+1234", "-56", "0". */
export const CHANGE: CellStyle = { border: true, vertical: 'top', numFmt: '+0;-0;0' };
const BOLD = new Map<CellStyle, CellStyle>();
/** The bold variant of a style, one object per style (the writer caches styles by object). */
export const bold = (s: CellStyle): CellStyle => {
  let b = BOLD.get(s);
  if (!b) BOLD.set(s, (b = { ...s, bold: true }));
  return b;
};

function percentOf(rate: RateIndicator, value: (code: string) => number): number | null {
  const numerator = rate.numerator.reduce((a, c) => a + value(c), 0);
  const denominator = rate.denominator.reduce((a, c) => a + value(c), 0);
  return ratePercent(numerator, denominator);
}

/** The cached value Excel itself computes for a rate formula (blank cells count as 0). */
export function cachedRate(rate: RateIndicator, value: (code: string) => number): string {
  return formatRateFixed(percentOf(rate, value));
}

/** The same for the rate's number (`rateNumberFormula`): blank where nothing arises. */
export function cachedRateNumber(rate: RateIndicator, value: (code: string) => number): number | string {
  return rateFraction(percentOf(rate, value)) ?? '';
}

const sums = (rate: RateIndicator, ref: (code: string) => string): [string, string] => [
  `SUM(${rate.numerator.map(ref).join(',')})`,
  `SUM(${rate.denominator.map(ref).join(',')})`,
];

/** A rate as Vietnamese text (`percentTextFormula`), as in the unit workbook. */
export function rateFormula(rate: RateIndicator, ref: (code: string) => string): string {
  return percentTextFormula(...sums(rate, ref), true);
}

/** The same rate as a number (`percentNumberFormula`), from the same cells. */
export function rateNumberFormula(rate: RateIndicator, ref: (code: string) => string): string {
  return percentNumberFormula(...sums(rate, ref));
}

/** The Nghị định 30 header of every sheet: the issuing body at left, Quốc hiệu and tiêu ngữ at right. */
export interface OfficialHeader {
  /** "ỦY BAN NHÂN DÂN", "HUYỆN TÂN HỒNG"; empty when the merging office is not known. */
  issuer: string[];
  /** "Tân Hồng, ngày 05 tháng 01 năm 2024"; empty when not known. */
  placeDate: string;
}

/** Rows the official header takes above a sheet's title (three, then one empty). */
const OFFICIAL_ROWS = 4;

/** The row of a sheet's table header, below the official header and `lines` of title. */
export function headerRowAfter(lines: readonly string[]): number {
  return OFFICIAL_ROWS + lines.length + 2;
}

/**
 * The official header (issuing body, Quốc hiệu, tiêu ngữ, place and date), then the sheet's own
 * title lines, merged over the table's width.
 */
export function title(
  ws: SheetBuilder,
  lines: string[],
  width: number,
  official: OfficialHeader,
  /** The first column: right of columns repeated on every page, so the header prints once. */
  from = 1,
): void {
  const w = from - 1 + Math.max(width, 2);
  const split = from - 1 + Math.max(1, Math.floor(Math.max(width, 2) * 0.4));
  const left = { bold: true, size: 12, horizontal: 'center', vertical: 'center', wrap: true } as const;
  const right = { bold: true, horizontal: 'center', vertical: 'center' } as const;
  if (official.issuer.length) {
    ws.set(1, from, official.issuer.join('\n'), left);
    ws.merge(1, from, 2, split);
  }
  ws.set(1, split + 1, workbookText.nationalName, { ...right, size: 12 });
  ws.merge(1, split + 1, 1, w);
  ws.set(2, split + 1, workbookText.nationalMotto, { ...right, size: 13 });
  ws.merge(2, split + 1, 2, w);
  if (official.placeDate) {
    ws.set(3, split + 1, official.placeDate, { italic: true, size: 13, horizontal: 'center' });
    ws.merge(3, split + 1, 3, w);
  }
  ws.heights.set(1, 33);
  lines.forEach((text, i) => {
    const row = OFFICIAL_ROWS + 1 + i;
    ws.set(row, from, text, {
      bold: i === 0,
      italic: i > 0,
      size: i === 0 ? 14 : 12,
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
    });
    ws.merge(row, from, row, w);
  });
  // Numbered pages, as Nghị định 30 numbers them: centred at the top from page 2.
  ws.pageNumbers = true;
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
