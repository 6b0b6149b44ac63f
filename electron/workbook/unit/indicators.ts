import type ExcelJS from 'exceljs';
import { periodName } from '../../../shared/domain/periods';
import type { ReportData } from '../../../shared/domain/report';
import { unitHeaderName } from '../../../shared/domain/units';
import { formatRateFixed, rateFraction } from '../../../shared/format/numbers';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import type { evaluateReport } from '../../../shared/rules/evaluate';
import {
  type FormTemplate,
  type Indicator,
  type IndicatorSection,
  type RateIndicator,
  type TotalIndicator,
} from '../../../shared/template';
import {
  countNumberFormat,
  HEADER_WORDS,
  PERCENT_NUMBER_FORMAT,
  sectionSheetName,
} from '../../../shared/workbook/layout';
import { percentNumberFormula, percentTextFormula, quoteSheet } from '../formulas';
import { rowHeightFor } from '../row-height';
import {
  BORDER,
  cellSafeText,
  COLUMN_WIDTHS,
  COMPUTED_FILL,
  FONT,
  HEADER_ROW,
  headerCell,
  INPUT_FILL,
  setupSheet,
  styleCell,
  titleRows,
  type Context,
} from './base';
import { indicatorRows, styleTextInput, TEXT_VALUE_WIDTH, writeContinuationRows } from './text-rows';
import { SheetValidations } from './validations';

/** The sheets of indicator sections: one row per indicator, totals and rates as live formulas. */

/** Where each indicator's value sits, so formulas can refer to it across sheets. */
export type AddressMap = Map<string, { sheet: string; ref: string }>;

export function planAddresses(template: FormTemplate, data: ReportData | null = null): AddressMap {
  const map: AddressMap = new Map();
  for (const section of template.sections) {
    if (section.kind !== 'indicators') continue;
    // Rows in the screen's order, so the STT is the same in both (shared displayOrder); a long
    // text takes more than one row.
    for (const { indicator, row } of indicatorRows(section, data)) {
      map.set(indicator.code, { sheet: sectionSheetName(section), ref: `$E$${row}` });
    }
  }
  return map;
}

function refsOf(codes: string[], map: AddressMap, fromSheet: string): string[] {
  return codes.map((code) => {
    const at = map.get(code);
    if (!at) throw new Error(`Template error: code ${code} is not an indicator`);
    return at.sheet === fromSheet ? at.ref : `${quoteSheet(at.sheet)}!${at.ref}`;
  });
}

function totalFormula(total: TotalIndicator, map: AddressMap, sheet: string): string {
  const refs = refsOf(total.sumOf, map, sheet).join(',');
  return `IF(COUNT(${refs})=0,"",SUM(${refs}))`;
}

/** Rate as Vietnamese text (`percentTextFormula`), blank until every figure it uses is filled. */
function rateFormula(
  rate: RateIndicator,
  map: AddressMap,
  sheet: string,
  of: (numerator: string, denominator: string) => string = (n, d) => percentTextFormula(n, d, true),
): string {
  const num = refsOf(rate.numerator, map, sheet).join(',');
  const den = refsOf(rate.denominator, map, sheet).join(',');
  const distinct = [...new Set(refsOf([...rate.numerator, ...rate.denominator], map, sheet))];
  return `IF(COUNT(${distinct.join(',')})<${distinct.length},"",${of(`SUM(${num})`, `SUM(${den})`)})`;
}

/** Font size of the notes (how a total or rate is computed): 9 pt or more on paper. */
const NOTE_SIZE = 11;

/**
 * Column G of a sheet with rates: each rate again as a number (0,9874 shown "98,74%"), blank
 * when its text is, so it can be summed, sorted and charted. Outside the print area: the paper
 * shows the text, which reads the same on any PC.
 */
const RATE_NUMBER_COL = 7;
const RATE_NUMBER_WIDTH = 13;

export function writeIndicatorSection(ctx: Context, section: IndicatorSection): void {
  const { input, wb, evaluation } = ctx;
  const sheetName = sectionSheetName(section);
  const hasText = section.indicators.some((i) => i.kind === 'text');
  const hasRate = section.indicators.some((i) => i.kind === 'rate');
  const ws = wb.addWorksheet(sheetName, { properties: { defaultRowHeight: 18 } });
  const validations = new SheetValidations();
  const widths = [
    ...(hasText ? [6, 9, 22, 8, TEXT_VALUE_WIDTH, 12] : COLUMN_WIDTHS),
    ...(hasRate ? [RATE_NUMBER_WIDTH] : []),
  ];
  widths.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    column.font = FONT;
  });
  // Landscape: at A4 portrait the table printed at about 7 pt (fit to width).
  setupSheet(ws, true, HEADER_ROW);
  titleRows(
    ws,
    'F',
    section.title,
    workbookText.sectionSubtitle(unitHeaderName(input.unit), periodName(input.period)),
  );
  HEADER_WORDS.forEach((word, i) => headerCell(ws.getRow(HEADER_ROW).getCell(i + 1), word));
  if (hasRate) headerCell(ws.getRow(HEADER_ROW).getCell(RATE_NUMBER_COL), workbookText.header.rateNumber);
  ws.getRow(HEADER_ROW).height = 30;

  indicatorRows(section, input.data).forEach((at, index) => {
    const { indicator } = at;
    const row = ws.getRow(at.row);
    const computed = indicator.kind === 'total' || indicator.kind === 'rate';
    const base = { border: BORDER, fill: computed ? COMPUTED_FILL : undefined };
    const font = { ...FONT, bold: computed };
    styleCell(row.getCell(1), { ...base, font, alignment: { horizontal: 'center', vertical: 'top' } });
    row.getCell(1).value = index + 1;
    styleCell(row.getCell(2), { ...base, font, alignment: { horizontal: 'center', vertical: 'top' } });
    row.getCell(2).value = indicator.code;
    styleCell(row.getCell(3), {
      ...base,
      font: { ...font, italic: indicator.kind === 'count' && (indicator.indent ?? 0) > 0 },
      alignment: {
        vertical: 'top',
        wrapText: true,
        indent: indicator.kind === 'count' ? (indicator.indent ?? 0) * 2 : 0,
      },
    });
    row.getCell(3).value = indicator.label;
    styleCell(row.getCell(4), { ...base, font, alignment: { horizontal: 'center', vertical: 'top' } });
    row.getCell(4).value = unitOf(indicator);
    const value = row.getCell(5);
    const note = row.getCell(6);
    styleCell(note, {
      ...base,
      font: { ...FONT, size: NOTE_SIZE, italic: true },
      alignment: { vertical: 'top', wrapText: true },
    });
    writeIndicatorValue(ctx, indicator, value, note, sheetName, evaluation, validations);
    if (at.pieces.length > 1) {
      value.value = at.pieces[0]!;
      writeContinuationRows(ws, at, widths[2]!, (cell) =>
        styleTextInput(cell, indicator as Indicator & { kind: 'text' }, validations),
      );
    }
    if (hasRate) writeRateNumber(ctx, indicator, row.getCell(RATE_NUMBER_COL), sheetName);
    // LibreOffice keeps the written height: size the row for its label, its note (the rate and
    // total notes) and, for a narrative, its text; a narrative keeps room to write in by hand.
    const indent = indicator.kind === 'count' ? (indicator.indent ?? 0) * 2 : 0;
    row.height = rowHeightFor(
      [
        { text: indicator.label, width: widths[2]! - indent * 1.5 },
        { text: typeof note.value === 'string' ? note.value : null, width: widths[5]!, size: NOTE_SIZE },
        ...(indicator.kind === 'text'
          ? [{ text: typeof value.value === 'string' ? value.value : null, width: widths[4]! }]
          : []),
      ],
      indicator.kind === 'text' ? 150 : 18,
    );
  });
  validations.writeTo(ws);
  // Last, so every row written above prints; the numbers' column does not.
  if (hasRate) ws.pageSetup.printArea = `A$1:F$${ws.rowCount}`;
}

function writeRateNumber(ctx: Context, indicator: Indicator, cell: ExcelJS.Cell, sheetName: string): void {
  const rate = indicator.kind === 'rate';
  styleCell(cell, {
    border: BORDER,
    fill: rate ? COMPUTED_FILL : undefined,
    font: { ...FONT, bold: rate },
    numFmt: rate ? PERCENT_NUMBER_FORMAT : undefined,
    alignment: { horizontal: 'right', vertical: 'top' },
  });
  if (!rate) return;
  const result = rateFraction(ctx.evaluation.rates[indicator.code]?.percent ?? null);
  cell.value = {
    formula: rateFormula(indicator, ctx.addresses, sheetName, percentNumberFormula),
    result: result ?? '',
  };
}

function unitOf(indicator: Indicator): string {
  if (indicator.kind === 'rate') return workbookText.rateUnit;
  if (indicator.kind === 'text') return '';
  return indicator.unit;
}

function writeIndicatorValue(
  ctx: Context,
  indicator: Indicator,
  value: ExcelJS.Cell,
  note: ExcelJS.Cell,
  sheetName: string,
  evaluation: ReturnType<typeof evaluateReport>,
  validations: SheetValidations,
): void {
  const { input, addresses } = ctx;
  const data = input.data;
  switch (indicator.kind) {
    case 'count': {
      styleCell(value, {
        border: BORDER,
        fill: INPUT_FILL,
        numFmt: countNumberFormat(data?.counts[indicator.code]),
        alignment: { horizontal: 'right', vertical: 'top' },
        protection: { locked: false },
      });
      const v = data?.counts[indicator.code];
      value.value = v === null || v === undefined ? null : v;
      validations.set(value, {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, input.template.maxCount],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: workbookText.validation.countTitle,
        error: workbookText.validation.count,
        showInputMessage: false,
      });
      return;
    }
    case 'total': {
      styleCell(value, {
        border: BORDER,
        fill: COMPUTED_FILL,
        font: { ...FONT, bold: true },
        numFmt: countNumberFormat(evaluation.figures[indicator.code]),
        alignment: { horizontal: 'right', vertical: 'top' },
      });
      const figure = evaluation.figures[indicator.code];
      value.value = {
        formula: totalFormula(indicator, addresses, sheetName),
        result: figure === null || figure === undefined ? '' : figure,
      };
      note.value = workbookText.totalNote(indicator.sumOf);
      return;
    }
    case 'rate': {
      styleCell(value, {
        border: BORDER,
        fill: COMPUTED_FILL,
        font: { ...FONT, bold: true },
        alignment: { horizontal: 'right', vertical: 'top' },
      });
      const rate = evaluation.rates[indicator.code];
      value.value = {
        formula: rateFormula(indicator, addresses, sheetName),
        result: rate === undefined ? '' : formatRateFixed(rate.percent),
      };
      note.value = workbookText.rateNote(indicator.numerator, indicator.denominator);
      return;
    }
    case 'text': {
      styleTextInput(value, indicator, validations);
      const text = data?.texts[indicator.code];
      value.value = text ? cellSafeText(text) : null;
      return;
    }
  }
}
