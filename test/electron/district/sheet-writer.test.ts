import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../electron/workbook/formulas';
import { WorkbookBuilder } from '../../../electron/workbook/sheet-writer';

describe('sheet writer (merged workbook)', () => {
  it('writes what exceljs reads back: text verbatim, numbers, formulas with cached results, styles, layout', async () => {
    const wb = new WorkbookBuilder({ name: 'Times New Roman', size: 12 }, 'test');
    const ws = wb.addSheet("Tổng hợp 'A' (1)");
    ws.setRow(1, ['Mô hình “A & B” <mới> "x"\u0007', 27_630, null], { bold: true, border: true });
    ws.set(2, 1, { formula: 'A3&"%"', result: '98,74%' }, { horizontal: 'right' });
    ws.set(2, 2, { formula: 'SUM(B1,B1)', result: 55_260 }, { numFmt: '#,##0' });
    ws.set(3, 1, 98.74);
    ws.set(2, 30, 'cột AD');
    ws.merge(4, 1, 4, 3);
    ws.set(4, 1, 'gộp');
    ws.frozen = { rows: 1, cols: 1 };
    ws.widths.set(1, 40);
    const hidden = wb.addSheet('meta');
    hidden.state = 'veryHidden';
    hidden.setRow(1, ['kind', 'merged']);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(wb.toBuffer(new Date('2024-01-02T03:04:05Z')) as unknown as ArrayBuffer);
    const sheet = read.getWorksheet("Tổng hợp 'A' (1)")!;
    expect(sheet.getCell('A1').value).toBe('Mô hình “A & B” <mới> "x"');
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 12 });
    expect(sheet.getCell('A1').border.top?.style).toBe('thin');
    expect(sheet.getCell('B1').value).toBe(27_630);
    expect(sheet.getCell('A2').value).toEqual({ formula: 'A3&"%"', result: '98,74%' });
    expect(sheet.getCell('B2').value).toEqual({ formula: 'SUM(B1,B1)', result: 55_260 });
    expect(sheet.getCell('B2').numFmt).toBe('#,##0');
    expect(sheet.getCell('AD2').value).toBe('cột AD');
    expect(sheet.getCell('C4').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(40);
    expect(read.getWorksheet('meta')!.state).toBe('veryHidden');
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
