/**
 * What a clerk sees on paper, which LibreOffice lays out from what the file says (it does not grow
 * rows to fit wrapped text when it opens a file): rows tall enough for long texts, a print area
 * LibreOffice understands, and data validations that never overlap.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeCompleteness } from '../../../shared/merge/completeness';
import { mergeReports } from '../../../shared/merge/merge';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { writeMergedWorkbook } from '../../../electron/workbook/merged-writer';
import { lineHeight, rowHeightFor, wrappedLineCount } from '../../../electron/workbook/row-height';
import { openZip } from '../../../electron/workbook/xlsx/zip';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { sampleReport, writeReport } from './fixtures';

const LONG_NAME =
  'Sáng kiến ứng dụng mã QR tra cứu thủ tục hành chính tại bộ phận một cửa và trên trang thông tin ' +
  'điện tử của xã, giúp người dân tự tra cứu hồ sơ mọi lúc mọi nơi';
const LONG_TEXT = 'Hạ tầng công nghệ thông tin còn hạn chế, đường truyền chậm, thiếu thiết bị. '.repeat(6);

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The row holding a cell whose text is exactly `text`. */
function rowWith(ws: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.value === text) found = row;
    });
  });
  if (!found) throw new Error(`no cell "${text.slice(0, 20)}…" on ${ws.name}`);
  return found;
}

const sheetXmls = (bytes: Buffer) => {
  const zip = openZip(bytes);
  return [...zip.entries.keys()]
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n))
    .map((n) => zip.read(n)!.toString('utf8'));
};

/** [column, first row, last row] of each part of an sqref such as "E5:E10 F7". */
function sqrefParts(sqref: string): [string, number, number][] {
  return sqref.split(' ').map((part) => {
    const [a, b = a] = part.split(':');
    const pa = /^([A-Z]+)(\d+)$/u.exec(a!)!;
    const pb = /^([A-Z]+)(\d+)$/u.exec(b!)!;
    expect(pa[1]).toBe(pb[1]); // one column per range
    return [pa[1]!, Number(pa[2]), Number(pb[2])];
  });
}

describe('row height estimate', () => {
  it('counts the lines of each paragraph and grows with the text, up to Excel’s limit', () => {
    expect(wrappedLineCount('ngắn', 36)).toBe(1);
    expect(wrappedLineCount(LONG_NAME, 36)).toBeGreaterThanOrEqual(3);
    expect(wrappedLineCount('một\nhai\nba', 80)).toBe(3);
    expect(rowHeightFor([{ text: 'ngắn', width: 36 }], 18)).toBe(20);
    expect(rowHeightFor([{ text: LONG_NAME, width: 36 }])).toBeGreaterThanOrEqual(3 * lineHeight());
    expect(rowHeightFor([{ text: 'x'.repeat(100_000), width: 10 }])).toBe(409);
  });
});

describe('unit workbook on paper', () => {
  it('gives a long model name the lines it needs and sizes the rows of rate notes', async () => {
    const data = sampleReport();
    data.models[1]!.values.B01 = LONG_NAME;
    data.texts.E01 = LONG_TEXT;
    const wb = await load(await writeReport(data));
    const find = (text: string) => {
      for (const ws of wb.worksheets) {
        try {
          return rowWith(ws, text);
        } catch {
          // not on this sheet
        }
      }
      throw new Error(`no cell "${text}"`);
    };
    expect(find(LONG_NAME).height).toBeGreaterThanOrEqual(3 * lineHeight());
    // A rate's note ("Tự tính = …") wraps in "Ghi chú": the row is at least two lines of 10 pt.
    const rateRow = find('R01');
    expect(String(rateRow.getCell(6).value)).toMatch(/\S/u);
    expect(rateRow.height).toBeGreaterThanOrEqual(2 * lineHeight(10));
    expect(find('E01').height).toBeGreaterThanOrEqual(150);
  });

  it('writes print areas as $A$1:$F$n, which LibreOffice honours; none on the models sheet', async () => {
    const bytes = await writeReport(sampleReport());
    const workbookXml = openZip(bytes).read('xl/workbook.xml')!.toString('utf8');
    const printAreas = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</gu)].map(
      (m) => m[1]!,
    );
    expect(printAreas.length).toBeGreaterThan(0);
    for (const area of printAreas) expect(area).toMatch(/!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/u);
    // The cover's ends above its instruction line; the models sheet prints what is filled in,
    // even rows typed in Excel later, so it has none (see test/electron/print).
    expect(printAreas.some((a) => /^'Bìa'!\$A\$1:\$F\$\d+$/u.test(a.replace(/&apos;/gu, "'")))).toBe(true);
    expect(printAreas.some((a) => a.includes('Mô hình'))).toBe(false);
  });

  it('writes data validations as one range per column, none overlapping', async () => {
    for (const bytes of [await writeReport(sampleReport()), await writeReport(null)]) {
      let seen = 0;
      for (const xml of sheetXmls(bytes)) {
        const taken = new Map<string, [number, number][]>();
        for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/gu)) {
          for (const [col, from, to] of sqrefParts(m[1]!)) {
            seen++;
            const ranges = taken.get(col) ?? [];
            for (const [a, b] of ranges) {
              expect(from > b || to < a, `${col}${from}:${col}${to} overlaps ${col}${a}:${col}${b}`).toBe(
                true,
              );
            }
            ranges.push([from, to]);
            taken.set(col, ranges);
          }
        }
      }
      expect(seen).toBeGreaterThan(5);
    }
  });
});

describe('merged workbook on paper', () => {
  it('sizes the rows of long model names and narratives so they do not print over the next', async () => {
    const reports = seedShapedReports();
    reports[3]!.data.models[0]!.values.B01 = LONG_NAME;
    reports[4]!.data.texts.E01 = LONG_TEXT;
    const merged = mergeReports(
      CURRENT_TEMPLATE,
      SEED_PERIOD,
      reports.map((r) => ({ unit: r.unit, data: r.data, revision: 1 })),
    );
    const bytes = await writeMergedWorkbook({
      template: CURRENT_TEMPLATE,
      merged,
      completeness: computeCompleteness(SEED_PERIOD, DEFAULT_UNITS, []),
      generatedAt: new Date('2023-12-22T02:00:00Z'),
      appVersion: '0.1.0',
      sources: [],
    });
    const wb = await load(bytes);
    const models = wb.getWorksheet('Mô hình, sáng kiến')!;
    expect(rowWith(models, LONG_NAME).height).toBeGreaterThanOrEqual(2 * lineHeight());
    const issues = wb.getWorksheet('Tồn tại, kiến nghị')!;
    expect(rowWith(issues, LONG_TEXT).height).toBeGreaterThanOrEqual(4 * lineHeight());
  });
});
