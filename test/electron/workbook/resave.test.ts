import ExcelJS from 'exceljs';
import { BLANK_COUNTS_KIND } from '../../../shared/workbook/import-types';
import { describe, expect, it } from 'vitest';
import { canonicalReportData } from '../../../shared/domain/canonical';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { CODE_HEADER, COVER_LABELS, META_SHEET_NAME, VALUE_HEADER } from '../../../shared/workbook/layout';
import { Book } from '../../../scripts/lib/mutation/book';
import { Layout } from '../../../scripts/lib/mutation/mutations';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import {
  UNITS,
  VIETNAMESE_LETTERS,
  libreOfficeResave,
  longVietnamese,
  sampleReport,
  writeReport,
} from './fixtures';

/** Fills a blank template the way a clerk without the app does, in Excel: by the "Mã số" column. */
async function fillBlankByHand(blank: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(blank).buffer);
  const figures: Record<string, number | string> = {
    A01: 63,
    A02: 10,
    A03: '1.512',
    A04: 800,
    A05: 900,
    A06: 27,
    A08: 1200,
    A09: 1200,
    A10: 9,
    A12: 30,
    A13: 10,
    A15: 5,
    C01: 2,
    C04: 5,
    D03: 2,
    D04: 60,
    D06: 10,
    D07: 10,
  };
  // A clerk inserts a note row above the figures of section A (every figure moves down one row).
  const sheetA = wb.getWorksheet('A. TTHC, hồ sơ')!;
  sheetA.spliceRows(3, 0, ['Số liệu tính đến ngày 14/12/2023 (ghi chú của xã)']);
  for (const ws of wb.worksheets) {
    let codeCol = 0;
    let valueCol = 0;
    ws.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === CODE_HEADER) codeCol = col;
        if (cell.value === VALUE_HEADER) valueCol = col;
      });
      const code = codeCol ? String(row.getCell(codeCol).value ?? '') : '';
      if (code in figures) row.getCell(valueCol).value = figures[code]!;
      if (code === 'E01') row.getCell(valueCol).value = 'Chưa có máy quét\nđủ dùng';
    });
  }
  const models = wb.getWorksheet('B. Mô hình, sáng kiến')!;
  models.getCell('B6').value = 'Ngày thứ sáu không hẹn';
  models.getCell('C6').value = 'Mô hình';
  models.getCell('E6').value = '02/01/2023';
  models.getCell('B7').value = 'Tổ công nghệ số cộng đồng';
  const cover = wb.getWorksheet('Bìa')!;
  cover.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === 'Người lập biểu') row.getCell(4).value = 'Lê Văn Tâm';
    }),
  );
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('workbooks edited outside the app', () => {
  it('imports a blank template filled in by hand (with a row inserted above the figures)', async () => {
    const filled = await fillBlankByHand(await writeReport(null));
    const checked = checkWorkbookSync(filled, 'mau_trong_da_dien.xlsx', {
      units: UNITS,
      expectedPeriod: '2023',
    });
    // The counts left blank by hand are listed in one warning (the merged totals lack them).
    expect(checked.problems.map((p) => p.kind)).toEqual([BLANK_COUNTS_KIND]);
    expect(checked.problems[0]!.indicators).toContain('A22');
    // Each cell under its sheet: C01 and D01 are both in column E, row 5, of their own sheets.
    expect(checked.problems[0]!.message).toMatch(/trang "A\. TTHC, hồ sơ": [^;]*A22 \(ô E\d+\)/u);
    expect(checked.problems[0]!.message).toMatch(/trang "C\. [^"]+": C02 \(ô E\d+\)/u);
    expect(checked.problems[0]!.message).toMatch(/trang "D\. [^"]+": D01 \(ô E\d+\)/u);
    expect(checked.verdict).toBe('warnings');
    expect(checked.identity).toMatchObject({
      unitCode: 'TH03',
      period: '2023',
      revision: 0,
      origin: 'blank',
    });
    expect(checked.data!.counts).toMatchObject({ A01: 63, A03: 1512, A13: 10, C04: 5, D07: 10 });
    expect(checked.data!.counts.A22).toBeUndefined();
    expect(checked.data!.texts.E01).toBe('Chưa có máy quét\nđủ dùng');
    expect(checked.data!.models).toEqual([
      { id: 'dong-6', values: { B01: 'Ngày thứ sáu không hẹn', B02: 'Mô hình', B04: '02/01/2023' } },
      { id: 'dong-7', values: { B01: 'Tổ công nghệ số cộng đồng' } },
    ]);
    expect(checked.data!.preparer.name).toBe('Lê Văn Tâm');
  });

  it('imports a workbook re-saved by LibreOffice with the same values, and a hand-filled blank one too', async () => {
    const data = sampleReport();
    data.texts.E02 = `${VIETNAMESE_LETTERS.join('')} "trích dẫn" 'đơn'\nDòng 2`;
    const exported = await writeReport(data);
    const filled = await fillBlankByHand(await writeReport(null));
    const before = checkWorkbookSync(filled, 'b.xlsx', { units: UNITS });
    const [resaved, resavedBlank] = await libreOfficeResave([
      { name: 'CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx', bytes: exported },
      { name: 'mau_trong.xlsx', bytes: filled },
    ]);
    expect(resaved!.equals(exported)).toBe(false);

    const checked = checkWorkbookSync(resaved!, 'CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx', { units: UNITS });
    expect(checked.problems).toEqual([]);
    expect(checked.verdict).toBe('accepted');
    expect(checked.data).toEqual(canonicalReportData(data));
    expect(checked.identity).toMatchObject({ unitCode: 'TH03', revision: 3, origin: 'app' });
    // LibreOffice turns the very hidden sheet into a merely hidden one: it is found by name anyway.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(resaved!).buffer);
    expect(['hidden', 'veryHidden']).toContain(wb.getWorksheet(META_SHEET_NAME)!.state);

    const checkedBlank = checkWorkbookSync(resavedBlank!, 'mau_trong.xlsx', { units: UNITS });
    expect(checkedBlank.problems.map((p) => p.kind)).toEqual([BLANK_COUNTS_KIND]);
    expect(checkedBlank.data).toEqual(before.data);
  }, 180_000);

  it('reads the same long texts after a LibreOffice re-save', async () => {
    const data = {
      ...sampleReport(),
      texts: { E01: longVietnamese(20_000, 5), E02: longVietnamese(4_000, 6) },
    };
    const [resaved] = await libreOfficeResave([{ name: 'dai.xlsx', bytes: await writeReport(data) }]);
    const checked = checkWorkbookSync(resaved!, 'dai.xlsx', { units: UNITS });
    expect(
      checked.problems.filter((p) => !p.kind.startsWith('rule:') && p.kind !== BLANK_COUNTS_KIND),
    ).toEqual([]);
    expect(checked.data!.texts).toEqual(canonicalReportData(data).texts);
  }, 180_000);

  it('names what a clerk typed beside the figures, also after a LibreOffice re-save', async () => {
    const book = new Book(await writeReport(sampleReport()));
    const l = new Layout(book, CURRENT_TEMPLATE);
    const a01 = l.valueOf('A01')!;
    book.clear(a01.cell);
    book.setNumber(book.ensure(a01.sheet, a01.row, 7), 777);
    const r01 = l.valueOf('R01')!;
    book.setNumber(book.ensure(r01.sheet, r01.row, 7), 0.5);
    const e01 = l.valueOf('E01')!;
    book.merge(e01.sheet, { top: e01.row, left: 5, bottom: e01.row, right: 6 });
    book.setText(l.coverValue(COVER_LABELS.preparedOn)!.cell, '31/02/2026');
    const [resaved] = await libreOfficeResave([{ name: 'sua.xlsx', bytes: book.write() }]);
    const checked = checkWorkbookSync(resaved!, 'sua.xlsx', { units: UNITS });
    const named = (kind: string) => checked.problems.filter((p) => p.kind === kind).map((p) => p.cell);
    expect(named('value-outside-column')).toEqual(['G5']);
    expect(named('computed-overwritten')).toEqual(['G12']);
    expect(named('preparer-date')).toEqual(['D18']);
    expect(named('merged-input')).toEqual([]);
    expect(named(BLANK_COUNTS_KIND)).toEqual([]);
    expect(checked.data!.texts.E01).toBe(sampleReport().texts.E01);
    // The checksum warning names what differs from the export: the date on the cover, A01 cleared.
    const [edited] = checked.problems.filter((p) => p.kind === 'checksum-mismatch');
    expect(edited).toMatchObject({ sheet: 'Bìa', cell: 'D18' });
    expect(edited!.message).toContain('ở 2 ô');
    expect(edited!.message).toContain('trang "A. TTHC, hồ sơ", ô E5 (A01): 159 → (trống)');
  }, 180_000);
});
