/**
 * The receipt as a small workbook: a sheet a person reads and prints, and a very hidden sheet
 * holding the receipt as JSON, which the commune app reads back (through the same guarded .xlsx
 * reader as any received file: a receipt is an untrusted file too).
 */
import { receiptMessages as M } from '../../shared/i18n/vi/receipt';
import { problemLines, receiptRows, receiptSchema, type Receipt } from '../../shared/receipt/receipt';
import { WORKBOOK_FONT } from '../../shared/workbook/layout';
import { WorkbookBuilder } from './sheet-writer';
import { cellAt, cellText, readXlsx } from './xlsx/read';

const DATA_SHEET = '_cchc_receipt';
const MARK = 'cchc-receipt';
const TITLE = { bold: true, size: 14, horizontal: 'center' } as const;
const LABEL = { bold: true, vertical: 'top', border: true } as const;
const VALUE = { wrap: true, vertical: 'top', border: true } as const;

export function writeReceiptWorkbook(receipt: Receipt, created: Date): Buffer {
  const wb = new WorkbookBuilder({ name: WORKBOOK_FONT, size: 12 }, 'Báo cáo CCHC');
  const sheet = wb.addSheet(M.sheetName);
  sheet.landscape = false;
  sheet.set(1, 1, M.title, TITLE);
  sheet.merge(1, 1, 1, 2);
  let row = 3;
  for (const [label, value] of receiptRows(receipt)) {
    sheet.set(row, 1, label, LABEL);
    sheet.set(row++, 2, value, VALUE);
  }
  sheet.set(row, 1, M.labels.problems, LABEL);
  sheet.set(row, 2, problemLines(receipt).join('\n'), VALUE);
  sheet.widths.set(1, 24);
  sheet.widths.set(2, 80);
  const data = wb.addSheet(DATA_SHEET);
  data.state = 'veryHidden';
  data.set(1, 1, MARK);
  data.set(2, 1, JSON.stringify(receipt));
  return wb.toBuffer(created);
}

/** The receipt in a workbook, or null when the file is not a receipt (or not valid). */
export function readReceiptWorkbook(bytes: Uint8Array): Receipt | null {
  try {
    const sheet = readXlsx(bytes).sheets.find((s) => s.name === DATA_SHEET);
    if (!sheet || cellText(cellAt(sheet, 1, 1)) !== MARK) return null;
    const parsed = receiptSchema.safeParse(JSON.parse(cellText(cellAt(sheet, 2, 1))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
