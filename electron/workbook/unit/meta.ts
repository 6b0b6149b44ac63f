import type ExcelJS from 'exceljs';
import { shownValue, workbookText } from '../../../shared/i18n/vi/workbook';
import { META_FORMAT, META_KEYS, META_SHEET_NAME, TEXT_NUMBER_FORMAT } from '../../../shared/workbook/layout';
import {
  fieldFingerprint,
  reportFields,
  WRITTEN_FIELD_PREFIX,
} from '../../../shared/workbook/written-fields';
import { reportChecksum } from '../checksum';
import { cellSafeText, type Context } from './base';

/** The very hidden sheet that says what the file is: template, unit, period, revision, checksum. */

/** How much of each written value the sheet keeps to show (the fingerprint tells any change). */
export const WRITTEN_SHOWN_MAX = 60;

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
  // Each value as written (shortened) and its fingerprint: a reader whose checksum differs names
  // the cells edited by hand, with the value before and now.
  let n = Object.keys(values).length + 1;
  for (const [key, text] of input.data ? reportFields(input.data) : []) {
    const row = ws.getRow(++n);
    row.getCell(1).value = WRITTEN_FIELD_PREFIX + key;
    row.getCell(2).numFmt = TEXT_NUMBER_FORMAT;
    row.getCell(2).value = cellSafeText(shownValue(text, WRITTEN_SHOWN_MAX));
    row.getCell(3).value = fieldFingerprint(text);
  }
  return ws;
}
