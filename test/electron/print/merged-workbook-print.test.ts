/**
 * The merged workbook on paper (LibreOffice, A4): the Nghị định 30 header and its own title on each
 * sheet, page numbers, and "Theo đơn vị" printed at 9 pt or more, section by section, with the
 * codes, labels and units' names on every page.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { computeCompleteness } from '../../../shared/merge/completeness';
import { mergeReports } from '../../../shared/merge/merge';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { writeMergedWorkbook } from '../../../electron/workbook/merged-writer';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { BOX_PER_POINT, printToPdf, smallestFontOn } from './pdf';

async function printedMerge() {
  const bytes = await writeMergedWorkbook({
    template: CURRENT_TEMPLATE,
    merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, seedShapedReports()),
    completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
    issuer: DEFAULT_UNITS[0]!,
    generatedAt: new Date(2024, 0, 5, 9, 0),
    appVersion: '0.1.0',
    sources: [],
  });
  return printToPdf('tong-hop.xlsx', bytes);
}

describe('merged workbook, printed', () => {
  it('has the full header, a title of its own on each sheet, page numbers, and Theo đơn vị at 9 pt or more', async () => {
    const printed = await printedMerge();
    const first = printed.pages[0]!.text;
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN TÂN HỒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tân Hồng, ngày 05 tháng 01 năm 2024',
      'TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
    ]) {
      expect(first, expected).toContain(expected);
    }
    // Each sheet says what it is.
    for (const sheetTitle of [
      'KẾT QUẢ CẢI CÁCH HÀNH CHÍNH THEO ĐƠN VỊ NĂM 2023',
      'B. MÔ HÌNH, SÁNG KIẾN CẢI CÁCH HÀNH CHÍNH',
      'TỒN TẠI, HẠN CHẾ; ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ NĂM 2023',
      'TÌNH HÌNH NỘP BÁO CÁO NĂM 2023',
    ]) {
      expect(printed.text, sheetTitle).toContain(sheetTitle);
    }
    expect(printed.text.split('TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2023').length - 1).toBe(1);
    // Rates with two decimals, all of them: "74,20%" beside "62,03%", never "74,2%".
    expect(first).toContain('74,20%');
    expect(first).toContain('100,00%');
    expect(printed.text).not.toMatch(/\d,\d%/u);
    // Page numbers at the top from page 2: each later page starts with its number.
    printed.pages
      .slice(1)
      .forEach((page, i) => expect(page.text.startsWith(`${i + 2} `), page.text.slice(0, 40)).toBe(true));
    expect(printed.pages[0]!.text.startsWith('1 ')).toBe(false);

    // "Theo đơn vị": every page of it has the unit names and the labels, at 9 pt or more.
    // (Its pages show codes alone, "C01"; the training sheet writes "C01. Trung cấp…".)
    const byUnit = printed.pages.filter(
      (p) =>
        p.text.includes('Tên đơn vị') &&
        /\b[ACDR]\d\d\b(?!\.)/u.test(p.text) &&
        !/\b[ACD]\d\d\./u.test(p.text),
    );
    expect(byUnit.length).toBeGreaterThanOrEqual(4);
    for (const page of byUnit) {
      expect(page.text).toContain('Tổng cộng');
      // Word boxes of the table's text (the page number and titles are larger).
      expect(Math.min(...page.wordHeights) / BOX_PER_POINT).toBeGreaterThanOrEqual(9);
    }
    // Every indicator is printed on one of them.
    for (const code of CURRENT_TEMPLATE.sections.flatMap((s) =>
      s.kind === 'indicators' ? s.indicators : [],
    ))
      if (code.kind !== 'text')
        expect(
          byUnit.some((p) => p.text.includes(code.code)),
          code.code,
        ).toBe(true);
  }, 180_000);

  it('groups merged counts of a billion or more right', async () => {
    const reports = seedShapedReports();
    reports[0] = {
      ...reports[0]!,
      data: { ...reports[0]!.data, counts: { ...reports[0]!.data.counts, A17: 1_234_567_890 } },
    };
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, reports),
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date(2024, 0, 5, 9, 0),
      appVersion: '0.1.0',
      sources: [],
    });
    const printed = await printToPdf('ty.xlsx', bytes);
    expect(printed.pages[0]!.text).toContain('1.234.603.523'); // the total, "Tổng hợp"
    expect(printed.text).toContain('1.234.567.890'); // the district body, both sheets
    expect(printed.text).not.toMatch(/\b1234\.\d{3}\.\d{3}\b/u);
  }, 180_000);

  it('prints a 4.000-character Tồn tại whole on the issues sheet, over as many rows as it needs', async () => {
    const reports = seedShapedReports();
    const long = `${'Hạ tầng công nghệ thông tin còn hạn chế, đường truyền chậm, thiếu máy quét. '.repeat(60)}CUỐIĐOẠNE01`;
    expect(long.length).toBeGreaterThan(4_000);
    reports[2] = {
      ...reports[2]!,
      data: { ...reports[2]!.data, texts: { ...reports[2]!.data.texts, E01: long } },
    };
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged: mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, reports),
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date(2024, 0, 5, 9, 0),
      appVersion: '0.1.0',
      sources: [],
    });
    const printed = await printToPdf('dai.xlsx', bytes);
    expect(printed.text).toContain('CUỐIĐOẠNE01');
    // Every one of the 60 sentences printed (none cut at the 409 pt row limit).
    expect(printed.text.split('thiếu máy quét.').length - 1).toBe(60);
    // At 9 pt or more (8,5 pt with 70-wide narrative columns).
    const issues = printed.pages.filter((p) => p.text.includes('thiếu máy quét.'));
    expect(smallestFontOn(issues)).toBeGreaterThanOrEqual(9);
  }, 180_000);
  it('prints the training, models and submissions sheets at 9 pt or more, training with every column and its total', async () => {
    const printed = await printedMerge();
    const training = printed.pages.filter((p) => p.text.includes('C. ĐÀO TẠO, BỒI DƯỠNG'));
    expect(training).toHaveLength(1);
    for (const code of ['C01.', 'C09.', 'C10.', 'Tổng cộng']) expect(training[0]!.text).toContain(code);
    expect(smallestFontOn(training)).toBeGreaterThanOrEqual(9);
    // "Tình hình nộp" (7,8 pt with a 70-wide notes column) and the models (6,7 pt) too.
    for (const title of ['TÌNH HÌNH NỘP BÁO CÁO', 'Tên mô hình, sáng kiến']) {
      const pages = printed.pages.filter((p) => p.text.includes(title));
      expect(pages.length, title).toBeGreaterThan(0);
      expect(smallestFontOn(pages), title).toBeGreaterThanOrEqual(9);
    }
  }, 180_000);
});
