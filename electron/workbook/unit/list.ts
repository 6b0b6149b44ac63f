import type ExcelJS from 'exceljs';
import { periodName } from '../../../shared/domain/periods';
import { unitHeaderName } from '../../../shared/domain/units';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import type { FormTemplate, ListColumn, ListSection } from '../../../shared/template';
import {
  LISTS_SHEET_NAME,
  MODEL_ROW_ID_HEADER,
  TEXT_NUMBER_FORMAT,
  sectionSheetName,
} from '../../../shared/workbook/layout';
import { columnLetter, columnRange } from '../formulas';
import { rowHeightFor } from '../row-height';
import {
  BORDER,
  cellSafeText,
  EXCEL_MAX_CELL_TEXT,
  FONT,
  HEADER_FILL,
  HEADER_ROW,
  headerCell,
  INPUT_FILL,
  LIST_BLANK_ROWS,
  LIST_EXTRA_ROWS,
  setupSheet,
  styleCell,
  titleRows,
  type Context,
} from './base';
import { SheetValidations } from './validations';

/** The list section's sheet (one row per model) and the hidden sheet of its choice lists. */

/**
 * Narrow enough for A4 landscape at 9 pt or more (the texts wrap, the rows grow): at 36 and 40 a
 * text and 30 a choice, the sheet printed at about 7 pt.
 */
function listColumnWidth(column: ListColumn): number {
  if (column.type === 'enum')
    return Math.min(20, Math.max(11, Math.ceil(Math.max(...column.options.map((o) => o.length)) * 0.45)));
  if (column.type === 'date') return 12;
  return column.code === 'B01' ? 30 : column.maxLength > 1500 ? 26 : column.maxLength > 300 ? 22 : 18;
}

/** The help line and the column codes print at the body's size (10 pt printed under 9). */
const SMALL_FONT = { ...FONT, italic: true };

export function writeListSection(ctx: Context, section: ListSection): void {
  const { input, wb, lists } = ctx;
  const ws = wb.addWorksheet(sectionSheetName(section), { properties: { defaultRowHeight: 18 } });
  const validations = new SheetValidations();
  const columns = section.columns;
  const idColumn = columns.length + 2;
  const lastLetter = columnLetter(columns.length + 1);
  ws.getColumn(1).width = 6;
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 2);
    col.width = listColumnWidth(c);
    col.font = FONT;
  });
  ws.getColumn(idColumn).hidden = true;
  ws.getColumn(idColumn).width = 12;
  const headerRow = HEADER_ROW;
  const codeRow = HEADER_ROW + 1;
  setupSheet(ws, true, codeRow);
  // Every printed page repeats the labels and the column codes.
  ws.pageSetup.printTitlesRow = `${headerRow}:${codeRow}`;
  titleRows(
    ws,
    lastLetter,
    section.title,
    workbookText.sectionSubtitle(unitHeaderName(input.unit), periodName(input.period)),
  );
  ws.mergeCells(`A3:${lastLetter}3`);
  styleCell(ws.getCell('A3'), { font: SMALL_FONT, alignment: { wrapText: true } });
  ws.getCell('A3').value = workbookText.listHelp(section.rowNoun);
  ws.getRow(3).height = 30;
  headerCell(ws.getRow(headerRow).getCell(1), workbookText.header.stt);
  columns.forEach((c, i) => headerCell(ws.getRow(headerRow).getCell(i + 2), c.label));
  headerCell(ws.getRow(headerRow).getCell(idColumn), MODEL_ROW_ID_HEADER);
  ws.getRow(headerRow).height = 32;
  // The column-code row, as official statistical forms number their columns: import finds each
  // column by this code even if a label is reworded.
  styleCell(ws.getRow(codeRow).getCell(1), { border: BORDER, fill: HEADER_FILL });
  columns.forEach((c, i) => {
    const cell = ws.getRow(codeRow).getCell(i + 2);
    cell.value = c.code;
    styleCell(cell, {
      font: SMALL_FONT,
      alignment: { horizontal: 'center' },
      border: BORDER,
      fill: HEADER_FILL,
    });
  });

  const models = input.data?.models ?? [];
  // A filled report prints its models and any typed below them in Excel: no fixed print area, and
  // the empty rows carry no border or fill of their own (those would print a page of empty rows);
  // conditional formatting paints them on screen. A blank template prints its rows to fill by hand.
  const quiet = input.data !== null;
  if (quiet) {
    const first = codeRow + 1 + models.length;
    const last = codeRow + Math.max(LIST_BLANK_ROWS, models.length + LIST_EXTRA_ROWS);
    ws.addConditionalFormatting({
      ref: `A${first}:${lastLetter}${last}`,
      rules: [emptyInputRowsRule(first)],
    });
  }
  const rowCount = input.data
    ? Math.min(
        Math.max(models.length + LIST_EXTRA_ROWS, LIST_BLANK_ROWS),
        Math.max(section.maxRows, models.length),
      )
    : LIST_BLANK_ROWS;
  for (let i = 0; i < rowCount; i++) {
    const model = models[i];
    const row = ws.getRow(codeRow + 1 + i);
    const plain = quiet && !model;
    const stt = row.getCell(1);
    styleCell(stt, plain ? {} : { border: BORDER, alignment: { horizontal: 'center', vertical: 'top' } });
    stt.value = model ? i + 1 : null;
    columns.forEach((column, c) => {
      const cell = row.getCell(c + 2);
      styleCell(cell, {
        ...(plain ? {} : { border: BORDER, fill: INPUT_FILL }),
        numFmt: TEXT_NUMBER_FORMAT,
        // Wrapped, so a long name or "Xây dựng chính quyền điện tử, …" is printed whole.
        alignment: { vertical: 'top', wrapText: column.type !== 'date' },
        protection: { locked: false },
      });
      const text = model?.values[column.code];
      cell.value = text ? cellSafeText(text) : null;
      validations.set(cell, listValidation(column, lists));
    });
    const id = row.getCell(idColumn);
    styleCell(id, { numFmt: TEXT_NUMBER_FORMAT });
    id.value = model ? cellSafeText(model.id) : null;
    // A long model name or description wraps: give the row the lines it needs (LibreOffice does
    // not grow it when it opens the file, and the sheet's default height would cut it off).
    if (model) {
      row.height = rowHeightFor(
        columns
          .filter((c) => c.type !== 'date')
          .map((c) => ({ text: model.values[c.code], width: listColumnWidth(c) })),
        18,
      );
    }
  }
  validations.writeTo(ws);
}

/** The look of an input row (yellow, bordered) for the empty rows of a filled report, on screen only. */
function emptyInputRowsRule(firstRow: number): ExcelJS.ConditionalFormattingRule {
  return {
    type: 'expression',
    priority: 1,
    formulae: [`ROW()>=${firstRow}`],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFF2CC' } },
      border: BORDER,
    },
  };
}

function listValidation(column: ListColumn, lists: ListPlan): ExcelJS.DataValidation {
  if (column.type === 'enum') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [lists.get(column.code)!.range],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: workbookText.validation.listTitle,
      error: workbookText.validation.list,
    };
  }
  const max = column.type === 'text' ? Math.min(column.maxLength, EXCEL_MAX_CELL_TEXT) : 10;
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [max],
    showErrorMessage: true,
    errorTitle: workbookText.validation.textTitle,
    error: workbookText.validation.text(max),
  };
}

/** The hidden sheet of choice lists, each in the column planned for it. */
export function writeLists(ctx: Context): ExcelJS.Worksheet {
  const ws = ctx.wb.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
  for (const section of ctx.input.template.sections) {
    if (section.kind !== 'list') continue;
    for (const column of section.columns) {
      const at = ctx.lists.get(column.code);
      if (column.type !== 'enum' || !at) continue;
      ws.getRow(1).getCell(at.col).value = column.code;
      column.options.forEach((option, i) => (ws.getRow(i + 2).getCell(at.col).value = option));
      ws.getColumn(at.col).width = 40;
    }
  }
  return ws;
}

/** Where each choice list lives on the lists sheet: its column, and the range validations use. */
export type ListPlan = Map<string, { col: number; range: string }>;

export function planLists(template: FormTemplate): ListPlan {
  const plan: ListPlan = new Map();
  let col = 1;
  for (const section of template.sections) {
    if (section.kind !== 'list') continue;
    for (const column of section.columns) {
      if (column.type !== 'enum') continue;
      plan.set(column.code, { col, range: columnRange(LISTS_SHEET_NAME, col, 2, column.options.length + 1) });
      col++;
    }
  }
  return plan;
}
