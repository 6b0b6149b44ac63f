/**
 * The official parts of a unit workbook's cover, as Nghị định 30 lays out a report: "Số: …/BC-UBND"
 * under the unit, a place-and-date line that follows "Ngày lập", and the signer block beside
 * "Nơi nhận". Kept apart from unit-writer.ts, which lays out the rest of the cover.
 */
import type ExcelJS from 'exceljs';
import { reportText } from '../../shared/i18n/vi/report';
import { workbookText } from '../../shared/i18n/vi/workbook';

const quote = (text: string) => `"${text.replace(/"/gu, '""')}"`;

/**
 * The place-and-date line as a formula of the "Ngày lập" cell, so a blank template filled in
 * Excel prints its own date: "Thông Bình, ngày 05 tháng 01 năm 2024" (days below 10 and months
 * 01-02 padded, as Nghị định 30 writes dates), or the dotted line while the date is empty or
 * unreadable. Accepts a date typed as text (05/01/2024, 5.1.2024, 5-1-2024) or a real Excel date.
 */
export function placeDateFormula(place: string, dateCell: string): string {
  const s = `SUBSTITUTE(SUBSTITUTE(TRIM(${dateCell}),".","/"),"-","/")`;
  const p1 = `FIND("/",${s})`;
  const p2 = `FIND("/",${s},${p1}+1)`;
  const isDate = `ISNUMBER(${dateCell})`;
  const day = `IF(${isDate},DAY(${dateCell}),VALUE(LEFT(${s},${p1}-1)))`;
  const month = `IF(${isDate},MONTH(${dateCell}),VALUE(MID(${s},${p1}+1,${p2}-${p1}-1)))`;
  const year = `IF(${isDate},YEAR(${dateCell}),VALUE(MID(${s},${p2}+1,4)))`;
  const blank = quote(workbookText.placeDateBlank(place));
  const W = workbookText.placeDateWords;
  const line = `${quote(`${place}, ${W.day} `)}&TEXT(${day},"00")&${quote(` ${W.month} `)}&IF(${month}<3,TEXT(${month},"00"),${month})&${quote(` ${W.year} `)}&${year}`;
  return `IF(TRIM(${dateCell})="",${blank},IFERROR(${line},${blank}))`;
}

type Put = (range: string, text: string, style: Partial<ExcelJS.Style>) => void;

/**
 * "Nơi nhận:" with its list on the left and "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", room to sign and a
 * line for the name on the right, from `row`. Returns the last row used.
 */
export function writeSignerBlock(put: Put, font: Partial<ExcelJS.Font>, row: number): number {
  const T = reportText;
  const right = (r: number, text: string, style: Partial<ExcelJS.Font> = {}) =>
    put(`D${r}:F${r}`, text, {
      font: { ...font, bold: true, ...style },
      alignment: { horizontal: 'center' },
    });
  put(`A${row}:C${row}`, T.recipientsTitle, { font: { ...font, size: 12, bold: true, italic: true } });
  put(`A${row + 1}:C${row + 1}`, workbookText.coverRecipient, { font: { ...font, size: 11 } });
  put(`A${row + 2}:C${row + 2}`, T.archive, { font: { ...font, size: 11 } });
  right(row, T.onBehalf);
  right(row + 1, T.chair);
  right(row + 2, workbookText.signHint, { bold: false, italic: true, size: 11 });
  right(row + 6, workbookText.signerNameBlank, { bold: false });
  return row + 6;
}
