import type ExcelJS from 'exceljs';
import { canonicalReportData } from '../../../shared/domain/canonical';
import type { ReportData } from '../../../shared/domain/report';
import type { Unit } from '../../../shared/domain/units';
import { nfc, stripControlCharacters } from '../../../shared/format/text';
import type { evaluateReport } from '../../../shared/rules/evaluate';
import type { FormTemplate } from '../../../shared/template';
import { WORKBOOK_FONT } from '../../../shared/workbook/layout';
import type { AddressMap } from './indicators';
import type { ListPlan } from './list';

/** What every sheet of the unit workbook shares: its input, styles and page set-up. */

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
export function writableData(data: ReportData): ReportData {
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

export const FONT = { name: WORKBOOK_FONT, size: 12 } as const;
export const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const COMPUTED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const COLUMN_WIDTHS = [6, 9, 46, 12, 16, 26];
export const HEADER_ROW = 4;
export const LIST_EXTRA_ROWS = 20;
export const LIST_BLANK_ROWS = 50;
export const EXCEL_MAX_CELL_TEXT = 32_767;
const PRINT_MARGINS = { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

export function styleCell(cell: ExcelJS.Cell, extra: Partial<ExcelJS.Style> = {}): void {
  cell.font = { ...FONT, ...(extra.font ?? {}) };
  if (extra.alignment) cell.alignment = extra.alignment;
  if (extra.border) cell.border = extra.border;
  if (extra.fill) cell.fill = extra.fill;
  if (extra.numFmt) cell.numFmt = extra.numFmt;
  if (extra.protection) cell.protection = extra.protection;
}

export function setupSheet(ws: ExcelJS.Worksheet, landscape: boolean, headerRow: number): void {
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
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&12Trang &P/&N' };
  if (headerRow > 0)
    ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0, activeCell: `A${headerRow + 1}` }];
}

export async function protect(ws: ExcelJS.Worksheet): Promise<void> {
  // No password: protection only keeps formulas and codes from being overwritten by mistake.
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

export function titleRows(ws: ExcelJS.Worksheet, lastColumn: string, title: string, subtitle: string): void {
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

export function headerCell(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  styleCell(cell, {
    font: { ...FONT, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: HEADER_FILL,
  });
}

export interface Context {
  input: UnitWorkbookInput;
  wb: ExcelJS.Workbook;
  addresses: AddressMap;
  evaluation: ReturnType<typeof evaluateReport>;
  /** Where each choice list lives on the lists sheet (planned once, before any sheet is written). */
  lists: ListPlan;
}
