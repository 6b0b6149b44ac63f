import type ExcelJS from 'exceljs';
import { periodCutOff } from '../../../shared/domain/period-cutoff';
import { periodName } from '../../../shared/domain/periods';
import { unitHeaderName } from '../../../shared/domain/units';
import { fromJsDate, parseDate } from '../../../shared/format/dates';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { placeAndDate } from '../../../shared/report/phrases';
import {
  COVER_LABELS,
  COVER_SHEET_NAME,
  TEXT_NUMBER_FORMAT,
  placeName,
} from '../../../shared/workbook/layout';
import { placeDateFormula, writeSignerBlock } from '../cover-official';
import { BORDER, cellSafeText, FONT, INPUT_FILL, setupSheet, styleCell, type Context } from './base';

/** The cover: the unit, the period, the preparer, and the line that says which form this is. */

/** The cover's labelled rows start here; "Ngày lập" is the last of the seven. */
const COVER_FIRST_ROW = 12;
const COVER_DATE_ROW = COVER_FIRST_ROW + 6;

export function writeCover(ctx: Context): ExcelJS.Worksheet {
  const { input, wb } = ctx;
  const ws = wb.addWorksheet(COVER_SHEET_NAME, { properties: { defaultRowHeight: 20 } });
  [6, 22, 18, 16, 18, 20].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
    ws.getColumn(i + 1).font = FONT;
  });
  setupSheet(ws, false, 0);
  const merged = (range: string, text: string, style: Partial<ExcelJS.Style>) => {
    ws.mergeCells(range);
    const cell = ws.getCell(range.split(':')[0]!);
    cell.value = text;
    styleCell(cell, style);
  };
  const center = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
  merged('A1:C2', unitHeaderName(input.unit), { font: { ...FONT, bold: true }, alignment: center });
  merged('D1:F1', workbookText.nationalName, { font: { ...FONT, bold: true }, alignment: center });
  merged('D2:F2', workbookText.nationalMotto, {
    font: { ...FONT, bold: true, size: 13, underline: true },
    alignment: center,
  });
  merged('A3:C3', workbookText.coverNumber, { font: { ...FONT, size: 13 }, alignment: center });
  const preparedOn = input.data ? parseDate(input.data.preparer.preparedOn) : null;
  const date = preparedOn?.ok && preparedOn.value ? preparedOn.value : fromJsDate(input.exportedAt);
  const place = placeName(input.unit.name);
  // A formula of "Ngày lập", so a blank template filled in Excel prints its own date.
  merged('C4:F4', '', { font: { ...FONT, italic: true }, alignment: { horizontal: 'right' } });
  ws.getCell('C4').value = {
    formula: placeDateFormula(place, `D${COVER_DATE_ROW}`),
    result: input.data ? placeAndDate(place, date) : workbookText.placeDateBlank(place),
  };
  merged('A7:F7', workbookText.reportWord, { font: { ...FONT, bold: true, size: 16 }, alignment: center });
  // "BÁO CÁO" then what it reports on, as Nghị định 30 sets a title (no second "Báo cáo").
  const subject = input.template.title.replace(/^báo cáo\s+/iu, '');
  merged('A8:F8', subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1), {
    font: { ...FONT, bold: true, size: 14 },
    alignment: center,
  });
  merged('A9:F9', periodName(input.period), { font: { ...FONT, bold: true, size: 13 }, alignment: center });
  merged('A10:F10', `(${periodCutOff(input.period) ?? ''})`, {
    font: { ...FONT, italic: true },
    alignment: center,
  });
  ws.getRow(8).height = 38;

  const preparer = input.data?.preparer;
  const rows: [string, string, boolean][] = [
    [COVER_LABELS.unitName, input.unit.name, false],
    [COVER_LABELS.unitCode, input.unit.code, false],
    [COVER_LABELS.period, periodName(input.period), false],
    [COVER_LABELS.preparerName, preparer?.name ?? '', true],
    [COVER_LABELS.position, preparer?.position ?? '', true],
    [COVER_LABELS.phone, preparer?.phone ?? '', true],
    [COVER_LABELS.preparedOn, preparer?.preparedOn ?? '', true],
  ];
  rows.forEach(([label, value, input], i) => {
    const r = COVER_FIRST_ROW + i;
    ws.mergeCells(`B${r}:C${r}`);
    ws.mergeCells(`D${r}:F${r}`);
    const labelCell = ws.getCell(`B${r}`);
    labelCell.value = label;
    styleCell(labelCell, { font: { ...FONT, bold: true }, alignment: { vertical: 'middle' } });
    const valueCell = ws.getCell(`D${r}`);
    valueCell.value = value ? cellSafeText(value) : null;
    styleCell(valueCell, {
      alignment: { vertical: 'middle' },
      numFmt: TEXT_NUMBER_FORMAT,
      ...(input ? { fill: INPUT_FILL, border: BORDER, protection: { locked: false } } : {}),
    });
    ws.getRow(r).height = 22;
  });
  const signed = writeSignerBlock(merged, FONT, 21);
  const footer = signed + 2;
  merged(
    `A${footer}:F${footer}`,
    workbookText.coverFooter(input.template.id, input.template.version, input.unit.code, input.period),
    { font: { ...FONT, size: 9, color: { argb: 'FF808080' } }, alignment: { horizontal: 'left' } },
  );
  // The instruction is for the screen: below the print area, so the paper shows the report only.
  merged(`A${footer + 2}:F${footer + 4}`, input.data ? workbookText.coverHelp : workbookText.blankHelp, {
    font: { ...FONT, size: 11, italic: true },
    alignment: { wrapText: true, vertical: 'top' },
  });
  ws.pageSetup.printArea = `A$1:F$${footer}`;
  return ws;
}
