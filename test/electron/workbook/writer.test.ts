import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, canonicalReportData } from '../../../shared/domain/canonical';
import { CURRENT_TEMPLATE, countIndicators } from '../../../shared/template';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { CODE_HEADER, HEADER_WORDS, META_SHEET_NAME } from '../../../shared/workbook/layout';
import { reportChecksum } from '../../../electron/workbook/unit-writer';
import { sampleReport, writeReport } from './fixtures';
import crypto from 'node:crypto';

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await writeReport(sampleReport())).buffer);
});

/** Row of a code in a section sheet, found by the "Mã số" column like any reader. */
function rowOf(ws: ExcelJS.Worksheet, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === code) found = row;
  });
  if (!found) throw new Error(code);
  return found;
}

describe('the unit workbook as written', () => {
  it('has a Nghị định 30 cover: national header, unit in capitals, title, period, place and date in italics, preparer', () => {
    const cover = wb.getWorksheet('Bìa')!;
    const texts: string[] = [];
    // A formula's text is its cached result (the place-and-date line follows "Ngày lập").
    cover.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.result ?? cell.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        'UBND XÃ THÔNG BÌNH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO',
        'Kết quả thực hiện công tác cải cách hành chính',
        'Năm 2023',
        'Thông Bình, ngày 15 tháng 12 năm 2023',
        'Nguyễn Thị Hồng',
        'Công chức Văn phòng - Thống kê',
        '0277 3800 000',
      ]),
    );
    expect(cover.getCell('C4').font.italic).toBe(true);
    expect(cover.getCell('A1').font.name).toBe('Times New Roman');
  });

  it('has one sheet per section with the header words, frozen header, A4, protection without a password', () => {
    for (const section of CURRENT_TEMPLATE.sections) {
      const ws = wb.getWorksheet(section.shortTitle)!;
      expect(ws, section.shortTitle).toBeDefined();
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      const protection = (ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } })
        .sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection.hashValue).toBeUndefined();
      if (section.kind === 'indicators') {
        // A sheet with rates has their numbers in one more column, which does not print.
        const rates = section.indicators.some((i) => i.kind === 'rate');
        expect(ws.getRow(4).values).toEqual([
          undefined,
          ...HEADER_WORDS,
          ...(rates ? [workbookText.header.rateNumber] : []),
        ]);
        if (rates) expect(ws.pageSetup.printArea).toMatch(/^A\$?1:F\$?\d+$/u);
      }
    }
    expect(HEADER_WORDS[1]).toBe(CODE_HEADER);
  });

  it('unlocks and validates every input, locks codes and computed cells', () => {
    const ws = wb.getWorksheet('A. TTHC, hồ sơ')!;
    for (const count of countIndicators(CURRENT_TEMPLATE).filter((c) => c.code.startsWith('A'))) {
      const value = rowOf(ws, count.code).getCell(5);
      expect(value.protection?.locked, count.code).toBe(false);
      expect(value.dataValidation).toMatchObject({
        type: 'whole',
        operator: 'between',
        formulae: [0, CURRENT_TEMPLATE.maxCount],
      });
      expect(value.numFmt).toContain('"."000');
    }
    expect(rowOf(ws, 'A01').getCell(2).protection?.locked).not.toBe(false);
    const total = rowOf(ws, 'A07').getCell(5);
    expect(total.protection?.locked).not.toBe(false);
    expect(total.value).toMatchObject({ formula: expect.stringContaining('SUM('), result: 2559 });
    expect(rowOf(ws, 'R02').getCell(5).value).toMatchObject({
      formula: expect.stringContaining('"không phát sinh"'),
      result: '98,05%', // 2.509 / 2.559
    });
    // Beside it the same rate as a number, computed from the same cells, locked.
    const number = rowOf(ws, 'R02').getCell(7);
    expect(number.value).toMatchObject({ formula: expect.stringContaining('/10000'), result: 0.9805 });
    expect(number.numFmt).toBe('0.00%');
    expect(number.protection?.locked).not.toBe(false);
    expect(rowOf(ws, 'A01').getCell(7).value).toBeNull();
    const models = wb.getWorksheet('B. Mô hình, sáng kiến')!;
    expect(models.getCell('C6').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$2:$A$4"],
    });
    expect(models.getRow(4).getCell(2).value).toBe('Tên mô hình, sáng kiến');
    expect(models.getRow(5).getCell(2).value).toBe('B01');
  });

  it('shows "không phát sinh" for a rate whose denominator is 0', async () => {
    const data = sampleReport();
    data.counts.A21 = 0;
    data.counts.A22 = 0;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await writeReport(data)).buffer);
    const r07 = rowOf(book.getWorksheet('A. TTHC, hồ sơ')!, 'R07');
    expect(r07.getCell(5).value).toMatchObject({ result: 'không phát sinh' });
    // No number to compute with: blank, not 0 (which would pull an average down).
    expect(r07.getCell(7).value).toMatchObject({ formula: expect.stringContaining('/10000') });
    expect((r07.getCell(7).value as { result?: unknown }).result ?? '').toBe('');
  });

  it('keeps who and what the file is in a very hidden sheet, with the SHA-256 of the canonical data', () => {
    const meta = wb.getWorksheet(META_SHEET_NAME)!;
    expect(meta.state).toBe('veryHidden');
    const values: Record<string, string> = {};
    meta.eachRow((row) => (values[String(row.getCell(1).value)] = String(row.getCell(2).value)));
    const expected = crypto
      .createHash('sha256')
      .update(canonicalJson(canonicalReportData(sampleReport())))
      .digest('hex');
    expect(values).toMatchObject({
      template_id: 'cchc',
      template_version: '1',
      unit_code: 'TH03',
      unit_name: 'xã Thông Bình',
      period: '2023',
      report_id: '7',
      revision: '3',
      exported_at: '2023-12-15T02:00:00.000Z',
      app_version: '0.1.0-test',
      checksum: expected,
      origin: 'app',
    });
    expect(reportChecksum(sampleReport())).toBe(expected);
  });
});
