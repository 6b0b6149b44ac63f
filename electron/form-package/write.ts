/**
 * Writes a form package: the template as five sheets the province edits in Excel or LibreOffice
 * (see shared/template/package/to-sheets.ts for what goes where).
 */
import ExcelJS from 'exceljs';
import { PACKAGE_WORDS as W } from '../../shared/i18n/vi/form-package';
import { packageSheets } from '../../shared/template/package/to-sheets';
import type { FormPackage } from '../../shared/template/package/types';
import { WORKBOOK_FONT } from '../../shared/workbook/layout';

const FONT = { name: WORKBOOK_FONT, size: 12 };
/** Column widths per sheet, in characters, so labels and formulas read without resizing. */
const WIDTHS: Record<string, number[]> = {
  [W.sheets.info]: [30, 60],
  [W.sheets.indicators]: [7, 9, 60, 12, 11, 28, 10, 15],
  [W.sheets.rules]: [16, 30, 80, 10],
  [W.sheets.lists]: [7, 9, 40, 20, 10, 14, 50, 24],
  [W.sheets.mapping]: [10, 10, 16],
};
/** The words a column accepts, offered as a drop-down (the reader still checks every cell). */
const CHOICES: Record<string, { column: string; words: string[] }[]> = {
  [W.sheets.indicators]: [
    { column: 'E', words: [...Object.values(W.kinds), W.sectionTitle, W.sectionShort] },
    { column: 'G', words: [W.yes, W.no] },
  ],
  [W.sheets.rules]: [{ column: 'D', words: Object.values(W.levels) }],
  [W.sheets.mapping]: [{ column: 'C', words: Object.values(W.mappings) }],
};

export async function writeFormPackage(pkg: FormPackage, now: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Báo cáo CCHC';
  wb.created = now;
  wb.modified = now;
  for (const sheet of packageSheets(pkg)) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = (WIDTHS[sheet.name] ?? []).map((width) => ({ width }));
    for (const row of sheet.rows) ws.addRow(row.map((c) => c ?? undefined));
    ws.eachRow((row, n) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cell.font = { ...FONT, bold: n === 1 };
        cell.alignment = { vertical: 'top', wrapText: true };
      });
    });
    for (const choice of CHOICES[sheet.name] ?? []) {
      for (let r = 2; r <= Math.max(sheet.rows.length + 50, 200); r++) {
        ws.getCell(`${choice.column}${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${choice.words.join(',')}"`],
        };
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
