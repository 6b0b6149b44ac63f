import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_TEMPLATE, listSection } from '../../../shared/template';
import type { CheckedWorkbook } from '../../../shared/workbook/import-types';
import { META_KEYS, META_SHEET_NAME } from '../../../shared/workbook/layout';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import {
  UNITS,
  editByCode,
  fakeOle,
  makeZip,
  randomBytes,
  rewriteZip,
  sampleReport,
  writeReport,
  zerosBombDeflated,
} from './fixtures';

let exported: Buffer;
beforeAll(async () => {
  exported = await writeReport(sampleReport());
});

/** A real old-format workbook (BIFF8 .xls) or OpenDocument spreadsheet, made by SheetJS. */
function sheetJsFile(bookType: 'xls' | 'ods'): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Mã số', 'Số liệu'],
      ['A01', 159],
    ]),
    'Sheet1',
  );
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}

const check = (bytes: Uint8Array, fileName = 'bao_cao.xlsx', expectedPeriod?: string): CheckedWorkbook =>
  checkWorkbookSync(bytes, fileName, { units: UNITS, expectedPeriod });

function expectOnly(checked: CheckedWorkbook, kind: string, level: 'error' | 'warning' = 'error') {
  const found = checked.problems.filter((p) => p.kind === kind);
  expect(found, JSON.stringify(checked.problems, null, 1)).toHaveLength(1);
  expect(found[0]!.level).toBe(level);
  // Names the file, speaks Vietnamese, and stays short even for a huge cell.
  expect(found[0]!.message).toContain(checked.fileName);
  expect(found[0]!.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  expect(found[0]!.message.length).toBeLessThan(700);
  expect(checked.verdict).toBe(level === 'error' ? 'refused' : 'warnings');
  return found[0]!;
}

describe('a received file that is not an .xlsx gets its own message', () => {
  it.each([
    ['empty-file', () => Buffer.alloc(0)],
    ['not-xlsx:xls', () => sheetJsFile('xls')],
    ['encrypted', () => fakeOle(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])],
    ['not-xlsx:csv', () => Buffer.from('Mã số;Chỉ tiêu;Số liệu\r\nA01;TTHC;159\r\nA02;Hồ sơ;120\r\n')],
    ['not-xlsx:ods', () => sheetJsFile('ods')],
    [
      'not-xlsx:pdf',
      () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1'),
    ],
    [
      'not-xlsx:html',
      () =>
        Buffer.from(
          '<html><head><meta charset="utf-8"></head><body><table><tr><td>A01</td><td>159</td></tr></table></body></html>',
        ),
    ],
    ['not-xlsx:unknown', () => randomBytes(20_000)],
    [
      'not-xlsx:docx',
      () =>
        makeZip([
          {
            name: '[Content_Types].xml',
            data: Buffer.from(
              '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            ),
          },
        ]),
    ],
    ['not-xlsx:zip', () => makeZip([{ name: 'anh.jpg', data: randomBytes(1000) }])],
  ])('%s', (kind, make) => {
    expectOnly(check(make(), 'bao_cao.xlsx'), kind);
  });
});

describe('limits are checked from the zip directory before anything is parsed', () => {
  it('refuses a truncated download', () => {
    expectOnly(check(exported.subarray(0, Math.floor(exported.length / 2))), 'damaged');
  });

  it('refuses a zip bomb that says it inflates past 1 GB, without inflating it', () => {
    const bomb = zerosBombDeflated(1100);
    const withBomb = makeZip([
      { name: 'xl/media/anh.bin', deflated: bomb, size: 1100 * 1024 * 1024 },
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    ]);
    expect(bomb.length).toBeLessThan(1_300_000);
    const started = performance.now();
    expectOnly(check(withBomb), 'zip-bomb');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a zip bomb that lies about its size: inflating stops at the declared size', () => {
    const bomb = zerosBombDeflated(1100);
    const started = performance.now();
    const file = makeZip([
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
      },
      { name: 'xl/workbook.xml', deflated: bomb, declaredSize: 4000 },
    ]);
    expectOnly(check(file), 'zip-bomb');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a file too large to be a report', () => {
    const big = Buffer.concat([exported, Buffer.alloc(21 * 1024 * 1024)]);
    expectOnly(check(big), 'too-large');
  });

  it('refuses a zip with thousands of entries', () => {
    const entries = Array.from({ length: 1500 }, (_, i) => ({
      name: `x/${i}.xml`,
      data: Buffer.from('<a/>'),
    }));
    expectOnly(check(makeZip(entries)), 'too-many-entries');
  });

  it('refuses an XML entity-expansion bomb', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join(
        '',
      ) +
      ']>';
    const bomb = rewriteZip(exported, (name, data) =>
      name === 'xl/workbook.xml'
        ? Buffer.from(laughs + data.toString('utf8').replace(/^<\?xml[^>]*\?>/u, ''))
        : undefined,
    );
    expectOnly(check(bomb), 'xml-entities');
  });
});

describe('identity: template, unit, period', () => {
  it('refuses a workbook that is not a CCHC report', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'Bảng lương';
    expectOnly(check(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer)), 'not-cchc');
  });

  it('asks to update the app for a newer template version, refuses an unknown template', async () => {
    const newer = expectOnly(
      check(await writeReport(sampleReport(), { template: { ...CURRENT_TEMPLATE, version: 9 } })),
      'template-newer',
    );
    expect(newer.message).toContain('cập nhật phần mềm');
    expectOnly(
      check(await writeReport(sampleReport(), { template: { ...CURRENT_TEMPLATE, id: 'khac' } })),
      'template-unknown',
    );
  });

  it('refuses an unknown unit and a period other than the expected one', async () => {
    expectOnly(
      checkWorkbookSync(exported, 'a.xlsx', { units: UNITS.filter((u) => u.code !== 'TH03') }),
      'unit-unknown',
    );
    const p = expectOnly(check(exported, 'a.xlsx', '2024-Q1'), 'period-mismatch');
    expect(p.message).toContain('Quý I năm 2024');
    expect(check(exported, 'a.xlsx', '2023').verdict).toBe('accepted');
  });

  it('refuses tampered metadata', async () => {
    const tampered = await editByCode(exported, (wb) => {
      wb.getWorksheet(META_SHEET_NAME)!.eachRow((row) => {
        if (row.getCell(1).value === META_KEYS.revision) row.getCell(2).value = 'ba';
      });
    });
    expectOnly(check(tampered), 'meta-invalid');
  });

  it('refuses metadata changed to pass the file off as another unit', async () => {
    const tampered = await editByCode(exported, (wb) => {
      wb.getWorksheet(META_SHEET_NAME)!.eachRow((row) => {
        if (row.getCell(1).value === META_KEYS.unitCode) row.getCell(2).value = 'TH05';
      });
    });
    const problem = expectOnly(check(tampered), 'meta-mismatch');
    expect(problem.message).toContain('TH03, 2023');
    expect(problem.message).toContain('TH05, 2023');
  });

  it('names the template versions when only the version was changed in the metadata', async () => {
    const tampered = await editByCode(exported, (wb) => {
      wb.getWorksheet(META_SHEET_NAME)!.eachRow((row) => {
        if (row.getCell(1).value === META_KEYS.templateVersion) row.getCell(2).value = '2';
      });
    });
    const problem = expectOnly(check(tampered), 'meta-mismatch');
    // Not "Bìa ghi 'TH03, 2023' nhưng trang ẩn ghi 'TH03, 2023'": the two sides must differ.
    expect(problem.message).toContain('"cchc phiên bản 1, TH03, 2023"');
    expect(problem.message).toContain('"cchc phiên bản 2, TH03, 2023"');
  });

  it('reads identity from the cover when the technical sheet was removed, with a warning', async () => {
    const without = await editByCode(exported, (wb) =>
      wb.removeWorksheet(wb.getWorksheet(META_SHEET_NAME)!.id),
    );
    const checked = check(without);
    expectOnly(checked, 'meta-missing', 'warning');
    expect(checked.identity).toMatchObject({
      unitCode: 'TH03',
      period: '2023',
      templateId: 'cchc',
      templateVersion: 1,
    });
  });
});

describe('figures, found by code, checked like the form checks them', () => {
  it('accepts "1.234" typed as text, with a checksum warning since it was edited', async () => {
    const checked = check(await editByCode(exported, (_wb, at) => (at('A01').value = '1.234')));
    expect(checked.data!.counts.A01).toBe(1234);
    expectOnly(checked, 'checksum-mismatch', 'warning');
  });

  it('a decimal number in a count (1.234 typed in an English-locale Excel) says to type 1234', async () => {
    const checked = check(await editByCode(exported, (_wb, at) => (at('A01').value = 1.234)));
    const problem = expectOnly(checked, 'count-decimal');
    expect(problem.message).toContain('ô chứa số thập phân 1,234, không phải số nguyên');
    expect(problem.message).toContain('gõ liền không dấu (ví dụ 1234)');
  });

  it.each([
    ['count-comma', '1,234'],
    ['count-negative', -5],
    ['count-decimal', 2.5],
    ['count-text', 'mười hai'],
    ['count-too-large', 1e15],
    ['count-date', new Date(Date.UTC(2023, 3, 5))],
  ] as const)('%s: refused, naming sheet, cell and indicator', async (kind, value) => {
    const checked = check(
      await editByCode(exported, (_wb, at) => {
        const cell = at('A01');
        cell.value = value as ExcelJS.CellValue;
        // Excel turns "5/4" typed into a number cell into a date and gives the cell a date format.
        if (value instanceof Date) cell.style = { ...cell.style, numFmt: 'dd/mm/yyyy' };
      }),
    );
    const problem = expectOnly(checked, kind);
    expect(problem).toMatchObject({ sheet: 'A. TTHC, hồ sơ', cell: 'E5', indicator: 'A01' });
    expect(problem.message).toContain('ô E5');
    expect(problem.message).toContain('A01');
  });

  it('uses the cached value of a formula typed into an input, with a warning', async () => {
    const checked = check(
      await editByCode(exported, (_wb, at) => (at('A01').value = { formula: '100+59', result: 159 })),
    );
    const problem = checked.problems.find((p) => p.kind === 'formula-in-input')!;
    expect(problem).toMatchObject({ level: 'warning', indicator: 'A01', cell: 'E5' });
    expect(problem.message).toContain('=100+59');
    expect(checked.data!.counts.A01).toBe(159);
    expect(checked.verdict).toBe('warnings');
    expect(checked.problems.map((p) => p.kind)).toEqual(['formula-in-input']);
  });

  it('refuses a formula without a cached value', async () => {
    expectOnly(
      check(
        await editByCode(
          exported,
          (_wb, at) => (at('A01').value = { formula: '100+59' } as ExcelJS.CellFormulaValue),
        ),
      ),
      'formula-no-value',
    );
  });

  it('warns when figures were changed outside the app (checksum), keeping the new figures', async () => {
    const checked = check(await editByCode(exported, (_wb, at) => (at('D02').value = 2)));
    expectOnly(checked, 'checksum-mismatch', 'warning');
    expect(checked.data!.counts.D02).toBe(2);
  });

  it("applies the template's rules, at the cell of the indicator", async () => {
    const checked = check(await editByCode(exported, (_wb, at) => (at('A04').value = 5000)));
    const problem = expectOnly(checked, 'rule:A04-le-A03');
    expect(problem).toMatchObject({ cell: 'E8', indicator: 'A04' });
  });

  it('refuses a code that appears twice', async () => {
    const checked = check(
      await editByCode(exported, (wb) => {
        const ws = wb.getWorksheet('D. Chỉ tiêu khác')!;
        ws.addRow([99, 'A01', 'Số TTHC (chép thừa)', 'TTHC', 5]);
      }),
    );
    expect(expectOnly(checked, 'duplicate-code').sheet).toBe('D. Chỉ tiêu khác');
  });

  it('refuses a workbook whose sheet of training figures was deleted', async () => {
    const checked = check(
      await editByCode(exported, (wb) => wb.removeWorksheet(wb.getWorksheet('C. Đào tạo, bồi dưỡng')!.id)),
    );
    const problem = expectOnly(checked, 'missing-code');
    expect(problem.message).toContain('C01, C02');
  });

  it('drops control characters from text, with a warning', async () => {
    const checked = check(
      await editByCode(exported, (_wb, at) => (at('E01').value = 'Tồn tại_x0001_ một\u0007')),
    );
    expect(checked.data!.texts.E01).toBe('Tồn tại một');
    expect(checked.problems.some((p) => p.kind === 'control-characters' && p.level === 'warning')).toBe(true);
  });

  it('refuses a 1 MB cell with a short message, quickly', async () => {
    const huge = await editByCode(exported, (_wb, at) => (at('E01').value = 'x'.repeat(1_000_000)));
    const started = performance.now();
    const checked = check(huge);
    expect(performance.now() - started).toBeLessThan(2000);
    expectOnly(checked, 'rule:E01-length');
  });

  it('refuses 10.000 model rows in under 2 s', async () => {
    const many = await editByCode(exported, (wb) => {
      const ws = wb.getWorksheet('B. Mô hình, sáng kiến')!;
      for (let i = 0; i < 10_000; i++) ws.getRow(8 + i).getCell(2).value = `Mô hình số ${i}`;
    });
    const started = performance.now();
    const checked = check(many);
    expect(performance.now() - started).toBeLessThan(2000);
    expectOnly(checked, 'rule:list-max-rows');
    // Reading stops one row past the template's limit: the rule needs only to know there are more,
    // and a file of 10.000 rows costs no more than one of 501.
    expect(checked.data!.models.length).toBe(listSection(CURRENT_TEMPLATE)!.maxRows + 1);
  });

  it('warns when a total was typed over, and recomputes it', async () => {
    const checked = check(await editByCode(exported, (_wb, at) => (at('A07').value = 1)));
    const problem = checked.problems.find((p) => p.kind === 'computed-overwritten')!;
    expect(problem).toMatchObject({ level: 'warning', indicator: 'A07' });
    expect(problem.message).toContain('2.559');
  });

  it('refuses an unfilled blank template, with its own message', async () => {
    const checked = check(await writeReport(null));
    const problem = expectOnly(checked, 'no-data');
    expect(problem.message).toContain(
      'Tệp chưa có số liệu nào: đây là mẫu trống chưa điền. Hãy điền số liệu rồi gửi lại.',
    );
    expect(checked.verdict).toBe('refused');
  });
});
