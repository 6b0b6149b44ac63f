import ExcelJS from 'exceljs';
import { canonicalReportData } from '../../shared/domain/canonical';
import { periodName } from '../../shared/domain/periods';
import type { ReportData } from '../../shared/domain/report';
import { unitHeaderName, type Unit } from '../../shared/domain/units';
import { formatLongDate, fromJsDate, parseDate } from '../../shared/format/dates';
import { formatRate } from '../../shared/format/numbers';
import { nfc, stripControlCharacters } from '../../shared/format/text';
import { workbookText } from '../../shared/i18n/vi/workbook';
import { evaluateReport } from '../../shared/rules/evaluate';
import type {
  FormTemplate,
  Indicator,
  IndicatorSection,
  ListColumn,
  ListSection,
  RateIndicator,
  TotalIndicator,
} from '../../shared/template';
import { displayOrder } from '../../shared/template';
import {
  COUNT_NUMBER_FORMAT,
  COVER_LABELS,
  COVER_SHEET_NAME,
  HEADER_WORDS,
  LISTS_SHEET_NAME,
  META_FORMAT,
  META_KEYS,
  META_SHEET_NAME,
  MODEL_ROW_ID_HEADER,
  TEXT_NUMBER_FORMAT,
  WORKBOOK_FONT,
  placeName,
  sectionSheetName,
} from '../../shared/workbook/layout';
import { reportChecksum } from './checksum';
import { columnLetter, columnRange, percentTextFormula, quoteSheet } from './formulas';
import { rowHeightFor } from './row-height';

/**
 * Writes a unit's workbook (or a blank template) by iterating the template: adding an indicator
 * to the template adds its row here with no code change. Totals and rates are live formulas with
 * their values cached (computed by the one evaluator), input cells are unlocked and validated,
 * everything else is protected without a password, and a very hidden sheet says what the file is.
 */

export interface UnitWorkbookInput {
  template: FormTemplate;
  unit: Unit;
  period: string;
  /** null: a blank template, to be filled in by hand. */
  data: ReportData | null;
  /** 0 for a blank template. */
  revision: number;
  reportId?: number;
  exportedAt: Date;
  appVersion: string;
}

export { reportChecksum };

/** Replaces lone surrogates (which UTF-8 cannot encode) with U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
}

/**
 * Text as it can live in a cell: NFC, no control characters (XML cannot carry them), no lone
 * surrogates, and a literal "_x000D_" escaped as Excel does ("_x005F_x000D_"), since OOXML reads
 * _xHHHH_ as a character code.
 */
export function cellSafeText(text: string): string {
  return stripControlCharacters(wellFormed(nfc(text))).replace(/_x([0-9A-Fa-f]{4})_/gu, '_x005F_x$1_');
}

/** The report as the workbook can hold it: what is written, checksummed and read back. */
function writableData(data: ReportData): ReportData {
  const clean = (text: string) => stripControlCharacters(wellFormed(nfc(text)));
  const map = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, clean(v)]));
  return canonicalReportData({
    counts: data.counts,
    texts: map(data.texts),
    models: data.models.map((m) => ({ id: clean(m.id).trim() || m.id, values: map(m.values) })),
    preparer: {
      name: clean(data.preparer.name),
      position: clean(data.preparer.position),
      phone: clean(data.preparer.phone),
      preparedOn: clean(data.preparer.preparedOn),
    },
  });
}

const FONT = { name: WORKBOOK_FONT, size: 12 } as const;
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const COMPUTED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COLUMN_WIDTHS = [6, 9, 52, 12, 16, 30];
const HEADER_ROW = 4;
const LIST_EXTRA_ROWS = 20;
const LIST_BLANK_ROWS = 50;
const EXCEL_MAX_CELL_TEXT = 32_767;
const PRINT_MARGINS = { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Where each indicator's value sits, so formulas can refer to it across sheets. */
type AddressMap = Map<string, { sheet: string; ref: string }>;

function planAddresses(template: FormTemplate): AddressMap {
  const map: AddressMap = new Map();
  for (const section of template.sections) {
    if (section.kind !== 'indicators') continue;
    // Rows in the screen's order, so the STT is the same in both (shared displayOrder).
    displayOrder(section).forEach((indicator, index) => {
      map.set(indicator.code, { sheet: sectionSheetName(section), ref: `$E$${HEADER_ROW + 1 + index}` });
    });
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
function rateFormula(rate: RateIndicator, map: AddressMap, sheet: string): string {
  const num = refsOf(rate.numerator, map, sheet).join(',');
  const den = refsOf(rate.denominator, map, sheet).join(',');
  const distinct = [...new Set(refsOf([...rate.numerator, ...rate.denominator], map, sheet))];
  return `IF(COUNT(${distinct.join(',')})<${distinct.length},"",${percentTextFormula(`SUM(${num})`, `SUM(${den})`)})`;
}

function styleCell(cell: ExcelJS.Cell, extra: Partial<ExcelJS.Style> = {}): void {
  cell.font = { ...FONT, ...(extra.font ?? {}) };
  if (extra.alignment) cell.alignment = extra.alignment;
  if (extra.border) cell.border = extra.border;
  if (extra.fill) cell.fill = extra.fill;
  if (extra.numFmt) cell.numFmt = extra.numFmt;
  if (extra.protection) cell.protection = extra.protection;
}

function setupSheet(ws: ExcelJS.Worksheet, landscape: boolean, headerRow: number): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: PRINT_MARGINS,
    printTitlesRow: headerRow > 0 ? `${headerRow}:${headerRow}` : undefined,
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
  if (headerRow > 0)
    ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0, activeCell: `A${headerRow + 1}` }];
}

async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  // No password: protection only keeps formulas and codes from being overwritten by mistake.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function titleRows(ws: ExcelJS.Worksheet, lastColumn: string, title: string, subtitle: string): void {
  ws.mergeCells(`A1:${lastColumn}1`);
  ws.mergeCells(`A2:${lastColumn}2`);
  styleCell(ws.getCell('A1'), {
    font: { ...FONT, bold: true, size: 13 },
    alignment: { horizontal: 'center' },
  });
  ws.getCell('A1').value = title;
  styleCell(ws.getCell('A2'), { font: { ...FONT, italic: true }, alignment: { horizontal: 'center' } });
  ws.getCell('A2').value = subtitle;
  ws.getRow(1).height = 22;
}

function headerCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  styleCell(cell, {
    font: { ...FONT, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: HEADER_FILL,
  });
}

interface Context {
  input: UnitWorkbookInput;
  wb: ExcelJS.Workbook;
  addresses: AddressMap;
  evaluation: ReturnType<typeof evaluateReport>;
  listRanges: Map<string, string>;
}

function writeIndicatorSection(ctx: Context, section: IndicatorSection): void {
  const { input, wb, evaluation } = ctx;
  const sheetName = sectionSheetName(section);
  const hasText = section.indicators.some((i) => i.kind === 'text');
  const ws = wb.addWorksheet(sheetName, { properties: { defaultRowHeight: 18 } });
  const widths = hasText ? [6, 9, 26, 8, 80, 14] : COLUMN_WIDTHS;
  widths.forEach((w, i) => {
    const column = ws.getColumn(i + 1);
    column.width = w;
    column.font = FONT;
  });
  setupSheet(ws, false, HEADER_ROW);
  titleRows(
    ws,
    'F',
    section.title,
    workbookText.sectionSubtitle(unitHeaderName(input.unit), periodName(input.period)),
  );
  HEADER_WORDS.forEach((word, i) => headerCell(ws.getRow(HEADER_ROW).getCell(i + 1), word));
  ws.getRow(HEADER_ROW).height = 30;

  displayOrder(section).forEach((indicator, index) => {
    const row = ws.getRow(HEADER_ROW + 1 + index);
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
      font: { ...FONT, size: 10, italic: true },
      alignment: { vertical: 'top', wrapText: true },
    });
    writeIndicatorValue(ctx, indicator, value, note, sheetName, evaluation);
    // LibreOffice keeps the written height: size the row for its label, its note (the rate and
    // total notes) and, for a narrative, its text; a narrative keeps room to write in by hand.
    const indent = indicator.kind === 'count' ? (indicator.indent ?? 0) * 2 : 0;
    row.height = rowHeightFor(
      [
        { text: indicator.label, width: widths[2]! - indent * 1.5 },
        { text: typeof note.value === 'string' ? note.value : null, width: widths[5]!, size: 10 },
        ...(indicator.kind === 'text'
          ? [{ text: typeof value.value === 'string' ? value.value : null, width: widths[4]! }]
          : []),
      ],
      indicator.kind === 'text' ? 150 : 18,
    );
  });
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
): void {
  const { input, addresses } = ctx;
  const data = input.data;
  switch (indicator.kind) {
    case 'count': {
      styleCell(value, {
        border: BORDER,
        fill: INPUT_FILL,
        numFmt: COUNT_NUMBER_FORMAT,
        alignment: { horizontal: 'right', vertical: 'top' },
        protection: { locked: false },
      });
      const v = data?.counts[indicator.code];
      value.value = v === null || v === undefined ? null : v;
      value.dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [0, input.template.maxCount],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: workbookText.validation.countTitle,
        error: workbookText.validation.count,
        showInputMessage: false,
      };
      return;
    }
    case 'total': {
      styleCell(value, {
        border: BORDER,
        fill: COMPUTED_FILL,
        font: { ...FONT, bold: true },
        numFmt: COUNT_NUMBER_FORMAT,
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
        result: rate === undefined ? '' : formatRate(rate.percent),
      };
      note.value = workbookText.rateNote(indicator.numerator, indicator.denominator);
      return;
    }
    case 'text': {
      styleCell(value, {
        border: BORDER,
        fill: INPUT_FILL,
        numFmt: TEXT_NUMBER_FORMAT,
        alignment: { vertical: 'top', wrapText: true },
        protection: { locked: false },
      });
      const text = data?.texts[indicator.code];
      value.value = text ? cellSafeText(text) : null;
      value.dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [Math.min(indicator.maxLength, EXCEL_MAX_CELL_TEXT)],
        showErrorMessage: true,
        errorTitle: workbookText.validation.textTitle,
        error: workbookText.validation.text(indicator.maxLength),
      };
      return;
    }
  }
}

function listColumnWidth(column: ListColumn): number {
  if (column.type === 'enum') return Math.min(30, Math.max(12, ...column.options.map((o) => o.length * 0.7)));
  if (column.type === 'date') return 13;
  return column.maxLength > 800 ? 40 : column.code === 'B01' || column.maxLength > 300 ? 36 : 20;
}

function writeListSection(ctx: Context, section: ListSection): void {
  const { input, wb, listRanges } = ctx;
  const ws = wb.addWorksheet(sectionSheetName(section), { properties: { defaultRowHeight: 18 } });
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
  titleRows(
    ws,
    lastLetter,
    section.title,
    workbookText.sectionSubtitle(unitHeaderName(input.unit), periodName(input.period)),
  );
  ws.mergeCells(`A3:${lastLetter}3`);
  styleCell(ws.getCell('A3'), { font: { ...FONT, size: 10, italic: true }, alignment: { wrapText: true } });
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
      font: { ...FONT, size: 10, italic: true },
      alignment: { horizontal: 'center' },
      border: BORDER,
      fill: HEADER_FILL,
    });
  });

  const models = input.data?.models ?? [];
  // A filled report prints its models only; a blank template prints its empty rows to fill by hand.
  // exceljs puts a "$" before each part it is given: "A$1" becomes "$A$1". Given "A1" it would
  // write "$A1", which LibreOffice ignores (it then prints every empty row on an extra page).
  if (input.data) {
    ws.pageSetup.printArea = `A$1:${lastLetter}$${codeRow + Math.max(1, models.length)}`;
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
    const stt = row.getCell(1);
    styleCell(stt, { border: BORDER, alignment: { horizontal: 'center', vertical: 'top' } });
    stt.value = model ? i + 1 : null;
    columns.forEach((column, c) => {
      const cell = row.getCell(c + 2);
      styleCell(cell, {
        border: BORDER,
        fill: INPUT_FILL,
        numFmt: TEXT_NUMBER_FORMAT,
        alignment: { vertical: 'top', wrapText: column.type === 'text' },
        protection: { locked: false },
      });
      const text = model?.values[column.code];
      cell.value = text ? cellSafeText(text) : null;
      cell.dataValidation = listValidation(column, listRanges);
    });
    const id = row.getCell(idColumn);
    styleCell(id, { numFmt: TEXT_NUMBER_FORMAT });
    id.value = model ? cellSafeText(model.id) : null;
    // A long model name or description wraps: give the row the lines it needs (LibreOffice does
    // not grow it when it opens the file, and the sheet's default height would cut it off).
    if (model) {
      row.height = rowHeightFor(
        columns
          .filter((c) => c.type === 'text')
          .map((c) => ({ text: model.values[c.code], width: listColumnWidth(c) })),
        18,
      );
    }
  }
}

function listValidation(column: ListColumn, listRanges: Map<string, string>): ExcelJS.DataValidation {
  if (column.type === 'enum') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [listRanges.get(column.code)!],
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

function writeLists(ctx: Context): ExcelJS.Worksheet {
  const ws = ctx.wb.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
  let col = 1;
  for (const section of ctx.input.template.sections) {
    if (section.kind !== 'list') continue;
    for (const column of section.columns) {
      if (column.type !== 'enum') continue;
      ws.getRow(1).getCell(col).value = column.code;
      column.options.forEach((option, i) => (ws.getRow(i + 2).getCell(col).value = option));
      ctx.listRanges.set(column.code, columnRange(LISTS_SHEET_NAME, col, 2, column.options.length + 1));
      ws.getColumn(col).width = 40;
      col++;
    }
  }
  return ws;
}

function writeCover(ctx: Context): ExcelJS.Worksheet {
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
  const preparedOn = input.data ? parseDate(input.data.preparer.preparedOn) : null;
  const date = preparedOn?.ok && preparedOn.value ? preparedOn.value : fromJsDate(input.exportedAt);
  const place = placeName(input.unit.name);
  merged(
    'C4:F4',
    input.data ? workbookText.placeDate(place, formatLongDate(date)) : workbookText.placeDateBlank(place),
    { font: { ...FONT, italic: true }, alignment: { horizontal: 'right' } },
  );
  merged('A7:F7', workbookText.reportWord, { font: { ...FONT, bold: true, size: 16 }, alignment: center });
  // "BÁO CÁO" then what it reports on, as Nghị định 30 sets a title (no second "Báo cáo").
  const subject = input.template.title.replace(/^báo cáo\s+/iu, '');
  merged('A8:F8', subject.charAt(0).toLocaleUpperCase('vi') + subject.slice(1), {
    font: { ...FONT, bold: true, size: 14 },
    alignment: center,
  });
  merged('A9:F9', periodName(input.period), { font: { ...FONT, bold: true, size: 13 }, alignment: center });
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
    const r = 12 + i;
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
  merged('A21:F23', input.data ? workbookText.coverHelp : workbookText.blankHelp, {
    font: { ...FONT, size: 11, italic: true },
    alignment: { wrapText: true, vertical: 'top' },
  });
  merged(
    'A26:F26',
    workbookText.coverFooter(input.template.id, input.template.version, input.unit.code, input.period),
    { font: { ...FONT, size: 9, color: { argb: 'FF808080' } }, alignment: { horizontal: 'left' } },
  );
  return ws;
}

function writeMeta(ctx: Context): ExcelJS.Worksheet {
  const { input } = ctx;
  const ws = ctx.wb.addWorksheet(META_SHEET_NAME, { state: 'veryHidden' });
  const values: Record<string, string> = {
    [META_KEYS.format]: META_FORMAT,
    [META_KEYS.templateId]: input.template.id,
    [META_KEYS.templateVersion]: String(input.template.version),
    [META_KEYS.unitCode]: input.unit.code,
    [META_KEYS.unitName]: cellSafeText(input.unit.name),
    [META_KEYS.period]: input.period,
    [META_KEYS.reportId]: input.reportId === undefined ? '' : String(input.reportId),
    [META_KEYS.revision]: String(input.revision),
    [META_KEYS.exportedAt]: input.exportedAt.toISOString(),
    [META_KEYS.appVersion]: input.appVersion,
    [META_KEYS.checksum]: input.data ? reportChecksum(input.data) : '',
    [META_KEYS.origin]: input.data ? 'app' : 'blank',
  };
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 70;
  ws.getColumn(3).width = 50;
  Object.entries(values).forEach(([key, value], i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = key;
    // Stored as text, so no office suite turns "1" into a number or a date.
    row.getCell(2).numFmt = TEXT_NUMBER_FORMAT;
    row.getCell(2).value = value;
    row.getCell(3).value = workbookText.metaDescriptions[key] ?? '';
  });
  return ws;
}

export async function writeUnitWorkbook(original: UnitWorkbookInput): Promise<Buffer> {
  const input = { ...original, data: original.data ? writableData(original.data) : null };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Báo cáo CCHC ' + input.appVersion;
  wb.title = `${input.template.title} — ${periodName(input.period)}`;
  wb.subject = input.unit.name;
  wb.created = input.exportedAt;
  wb.modified = input.exportedAt;
  const ctx: Context = {
    input,
    wb,
    addresses: planAddresses(input.template),
    evaluation: evaluateReport(input.template, input.data ?? emptyData(), input.period),
    listRanges: new Map(),
  };
  const sheetsToProtect: ExcelJS.Worksheet[] = [writeCover(ctx)];
  // The lists sheet is written after the sections but its ranges are needed first.
  const listsPlaceholder = new Map<string, string>();
  planListRanges(input.template, listsPlaceholder);
  ctx.listRanges = listsPlaceholder;
  for (const section of input.template.sections) {
    if (section.kind === 'indicators') writeIndicatorSection(ctx, section);
    else writeListSection(ctx, section);
    const ws = wb.getWorksheet(sectionSheetName(section))!;
    validationsByColumn(ws);
    sheetsToProtect.push(ws);
  }
  sheetsToProtect.push(writeLists(ctx));
  sheetsToProtect.push(writeMeta(ctx));
  for (const ws of sheetsToProtect) await protect(ws);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/**
 * Rewrites the sheet's per-cell data validations as one range per run of alike cells in a column.
 * Left per cell, exceljs squeezes them into ranges itself, but sorts the addresses as text ("E10"
 * before "E5") and so writes overlapping ranges (E10 and E5:E10), which LibreOffice and Excel may
 * resolve either way. A range address is written as given.
 */
function validationsByColumn(ws: ExcelJS.Worksheet): void {
  const model = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }
  ).dataValidations.model;
  const byColumn = new Map<string, { row: number; validation: ExcelJS.DataValidation; key: string }[]>();
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue;
    const m = /^([A-Z]+)(\d+)$/u.exec(address);
    if (!m) continue;
    const cells = byColumn.get(m[1]!) ?? [];
    cells.push({ row: Number(m[2]), validation, key: JSON.stringify(validation) });
    byColumn.set(m[1]!, cells);
    delete model[address];
  }
  for (const [letter, cells] of byColumn) {
    cells.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      const run = cells[start]!;
      const next = cells[i];
      if (next && next.key === run.key && next.row === cells[i - 1]!.row + 1) continue;
      model[`${letter}${run.row}:${letter}${cells[i - 1]!.row}`] = run.validation;
      start = i;
    }
  }
}

function planListRanges(template: FormTemplate, into: Map<string, string>): void {
  let col = 1;
  for (const section of template.sections) {
    if (section.kind !== 'list') continue;
    for (const column of section.columns) {
      if (column.type !== 'enum') continue;
      into.set(column.code, columnRange(LISTS_SHEET_NAME, col, 2, column.options.length + 1));
      col++;
    }
  }
}

function emptyData(): ReportData {
  return {
    counts: {},
    texts: {},
    models: [],
    preparer: { name: '', position: '', phone: '', preparedOn: '' },
  };
}
