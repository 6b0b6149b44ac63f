import type ExcelJS from 'exceljs';
import type { ReportData } from '../../../shared/domain/report';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { displayOrder, type Indicator, type IndicatorSection } from '../../../shared/template';
import { splitKeepingBreaks } from '../long-text';
import { rowHeightFor } from '../row-height';
import { HEADER_WORDS, TEXT_NUMBER_FORMAT } from '../../../shared/workbook/layout';
import { BORDER, cellSafeText, EXCEL_MAX_CELL_TEXT, FONT, HEADER_ROW, INPUT_FILL, styleCell } from './base';
import type { SheetValidations } from './validations';

/**
 * A long text (E01 of 4.000 characters) on the unit workbook goes on over rows below its own, each
 * under Excel's 409 pt row limit, so none of it is cut on paper. A continuation row has no code
 * (the reader takes every row without a code under a text as its continuation) and says in its
 * label which text it continues. The pieces keep the spaces and line breaks between them: the
 * reader joins them back to the very text written.
 */

/** Width of the "Số liệu" column on a sheet with texts (characters). */
export const TEXT_VALUE_WIDTH = 72;

export interface IndicatorRow {
  indicator: Indicator;
  /** The indicator's own row (with its code). */
  row: number;
  /** Its text as written: the first piece in its own row, the others in the rows below. */
  pieces: string[];
}

/** The rows of a section's indicators, in the screen's order, with room for the long texts. */
export function indicatorRows(section: IndicatorSection, data: ReportData | null): IndicatorRow[] {
  let row = HEADER_ROW + 1;
  return displayOrder(section).map((indicator) => {
    const text = indicator.kind === 'text' ? data?.texts[indicator.code] : undefined;
    const pieces = text ? splitKeepingBreaks(cellSafeText(text), TEXT_VALUE_WIDTH) : [];
    const at = { indicator, row, pieces };
    row += Math.max(1, pieces.length);
    return at;
  });
}

/**
 * Writes a text's continuation rows under its own (`row`): the label says "(tiếp theo)", the value
 * cell is styled and validated as the first one (`styleValue`).
 */
export function writeContinuationRows(
  ws: ExcelJS.Worksheet,
  at: IndicatorRow,
  labelWidth: number,
  styleValue: (cell: ExcelJS.Cell) => void,
): void {
  at.pieces.slice(1).forEach((piece, i) => {
    const row = ws.getRow(at.row + 1 + i);
    for (let col = 1; col <= HEADER_WORDS.length; col++) styleCell(row.getCell(col), { border: BORDER });
    const label = row.getCell(3);
    styleCell(label, {
      border: BORDER,
      font: { ...FONT, italic: true },
      alignment: { vertical: 'top', wrapText: true },
    });
    const labelText = workbookText.textContinued(at.indicator.label);
    label.value = labelText;
    const value = row.getCell(5);
    styleValue(value);
    value.value = piece;
    row.height = rowHeightFor([
      { text: labelText, width: labelWidth },
      { text: piece, width: TEXT_VALUE_WIDTH },
    ]);
  });
}

/** A text's input cell (its own or a continuation): yellow, unlocked, kept as text, length-checked. */
export function styleTextInput(
  cell: ExcelJS.Cell,
  indicator: Indicator & { kind: 'text' },
  validations: SheetValidations,
): void {
  styleCell(cell, {
    border: BORDER,
    fill: INPUT_FILL,
    numFmt: TEXT_NUMBER_FORMAT,
    alignment: { vertical: 'top', wrapText: true },
    protection: { locked: false },
  });
  validations.set(cell, {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [Math.min(indicator.maxLength, EXCEL_MAX_CELL_TEXT)],
    showErrorMessage: true,
    errorTitle: workbookText.validation.textTitle,
    error: workbookText.validation.text(indicator.maxLength),
  });
}
