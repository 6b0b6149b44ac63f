import type ExcelJS from 'exceljs';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { META_FORMAT, META_KEYS, META_SHEET_NAME, TEXT_NUMBER_FORMAT } from '../../../shared/workbook/layout';
import { reportChecksum } from '../checksum';
import { cellSafeText, type Context } from './base';

/** The very hidden sheet that says what the file is: template, unit, period, revision, checksum. */

export function writeMeta(ctx: Context): ExcelJS.Worksheet {
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
