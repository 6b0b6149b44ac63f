/**
 * The unit workbook on paper (LibreOffice, A4): the cover in the Nghị định 30 layout with Số, the
 * signer block and Nơi nhận; no instruction line printed; a blank template's date line that
 * follows "Ngày lập" once the clerk fills it in Excel.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { writeUnitWorkbook } from '../../../electron/workbook/unit-writer';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { editByCode } from '../workbook/fixtures';
import { printToPdf, smallestFontOn } from './pdf';

const unit = DEFAULT_UNITS[3]!; // xã Thông Bình

async function workbook(data: Parameters<typeof writeUnitWorkbook>[0]['data']) {
  return writeUnitWorkbook({
    template: CURRENT_TEMPLATE,
    unit,
    period: SEED_PERIOD,
    data,
    revision: data ? 2 : 0,
    reportId: 1,
    exportedAt: new Date('2023-12-15T02:00:00Z'),
    appVersion: '0.1.0',
  });
}

describe('unit workbook, printed', () => {
  it('the cover carries Số, the signer block and Nơi nhận, and no instruction line', async () => {
    const printed = await printToPdf('bao-cao.xlsx', await workbook(seedShapedReports()[3]!.data));
    const cover = printed.pages[0]!.text;
    for (const expected of [
      'UBND XÃ THÔNG BÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:',
      '/BC-UBND',
      'Thông Bình, ngày 15 tháng 12 năm 2023',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]) {
      expect(cover, expected).toContain(expected);
    }
    expect(printed.text).not.toContain(workbookText.coverHelp.slice(0, 30));
  }, 180_000);

  it("the blank template's date line is dotted, then follows Ngày lập once it is typed", async () => {
    const blank = await workbook(null);
    const dotted = await printToPdf('mau.xlsx', blank);
    expect(dotted.pages[0]!.text).toContain('Thông Bình, ngày ..... tháng ..... năm');
    expect(dotted.text).not.toContain(workbookText.blankHelp.slice(0, 30));
    const filled = await editByCode(blank, (wb) => {
      const cover = wb.getWorksheet(workbookText.coverSheet)!;
      cover.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === workbookText.cover.preparedOn) row.getCell(4).value = '5/1/2024';
        }),
      );
    });
    expect((await printToPdf('mau-da-dien.xlsx', filled)).pages[0]!.text).toContain(
      'Thông Bình, ngày 05 tháng 01 năm 2024',
    );
  }, 180_000);

  it('the models sheet repeats its labels on every page, wraps every column, and prints a model added in Excel', async () => {
    const data = seedShapedReports()[3]!.data;
    const many = {
      ...data,
      models: Array.from({ length: 40 }, (_, i) => ({
        id: `m${i}`,
        values: {
          B01: `Mô hình số ${i + 1}: ${'tuyên truyền dịch vụ công trực tuyến, '.repeat(3)}`,
          B02: 'Sáng kiến',
          B03: 'Xây dựng chính quyền điện tử, chính quyền số',
          B04: '01/03/2023',
          B05: 'Nhân rộng',
        },
      })),
    };
    const printed = await printToPdf('nhieu-mo-hinh.xlsx', await workbook(many));
    const modelPages = printed.pages.filter((p) => /\bB01\b/u.test(p.text));
    expect(modelPages.length).toBeGreaterThan(1);
    for (const page of modelPages) {
      expect(page.text).toContain('Tên mô hình, sáng kiến');
      expect(page.text).toContain('Lĩnh vực CCHC');
    }
    const words = printed.text;
    // "Xây dựng chính quyền điện tử, chính quyền số" wraps in its cell, so its lines come between
    // other cells' words in reading order: every one printed whole has both of its "quyền" and
    // its last word ("…chính quyề" was cut before), 40 times.
    const tokens = modelPages.flatMap((p) => p.text.split(' '));
    expect(tokens.filter((t) => t === 'quyền').length).toBe(80);
    expect(tokens.filter((t) => t === 'tử,').length).toBe(40);
    expect(words).toContain('Mô hình số 40:');

    // One model, then one more typed in Excel under it: both print, and no page of empty rows.
    const one = await workbook(data);
    const added = await editByCode(one, (wb) => {
      const ws = wb.getWorksheet('B. Mô hình, sáng kiến')!;
      let codeRow = 0;
      ws.eachRow((row, n) => {
        if (row.getCell(2).value === 'B01') codeRow = n;
      });
      ws.getCell(`B${codeRow + 2}`).value = 'Mô hình thêm bằng Excel';
    });
    const again = await printToPdf('them-bang-excel.xlsx', added);
    expect(again.text).toContain('Mô hình thêm bằng Excel');
    expect(again.pages.filter((p) => /\bB01\b/u.test(p.text))).toHaveLength(1);
  }, 180_000);

  it('groups counts of a billion or more right, up to the template maximum', async () => {
    const data = seedShapedReports()[3]!.data;
    const big = { ...data, counts: { ...data.counts, A17: 1_234_567_890, D05: 999_999_999_999 } };
    const printed = await printToPdf('ty.xlsx', await workbook(big));
    expect(printed.text).toContain('1.234.567.890');
    expect(printed.text).toContain('999.999.999.999');
    expect(printed.text).not.toContain('1234.567.890');
  }, 180_000);
  it("prints a 4.000-character Tồn tại whole on the commune's own sheet, over as many rows as it needs", async () => {
    const data = seedShapedReports()[3]!.data;
    const long = `${'Hạ tầng công nghệ thông tin còn hạn chế, đường truyền chậm, thiếu máy quét. '.repeat(60)}CUỐIĐOẠNE01`;
    expect(long.length).toBeGreaterThan(4_000);
    const printed = await printToPdf(
      'dai.xlsx',
      await workbook({ ...data, texts: { ...data.texts, E01: long } }),
    );
    const pagesE = printed.pages.filter((p) => p.text.includes('Tồn tại, hạn chế'));
    const words = pagesE.map((p) => p.text).join(' ');
    expect(words).toContain('CUỐIĐOẠNE01');
    // Every one of the 60 sentences printed (none cut at the 409 pt row limit).
    expect(words.split('thiếu máy quét.').length - 1).toBe(60);
    expect(words).toContain(workbookText.textContinued('Tồn tại, hạn chế'));
  }, 180_000);
  it('prints every sheet but the cover at 9 pt or more, the training sheet among them', async () => {
    const printed = await printToPdf('bao-cao.xlsx', await workbook(seedShapedReports()[3]!.data));
    const training = printed.pages.filter((p) => p.text.includes('C. Đào tạo, bồi dưỡng'));
    expect(training).toHaveLength(1);
    expect(training[0]!.text).toContain('Tổng số lượt người được cử đào tạo, bồi dưỡng');
    expect(smallestFontOn(training)).toBeGreaterThanOrEqual(9);
    for (const title of [
      'A. Thủ tục hành chính',
      'B. Mô hình, sáng kiến',
      'D. Chỉ tiêu khác',
      'E. Tồn tại, hạn chế',
    ]) {
      const pages = printed.pages.filter((p) => p.text.includes(title));
      expect(pages.length, title).toBeGreaterThan(0);
      expect(smallestFontOn(pages), title).toBeGreaterThanOrEqual(9);
    }
  }, 180_000);
});
