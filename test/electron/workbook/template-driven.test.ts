import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { canonicalReportData } from '../../../shared/domain/canonical';
import { CURRENT_TEMPLATE, type FormTemplate } from '../../../shared/template';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { UNITS, rewriteZip, sampleReport, writeReport } from './fixtures';

describe('the workbook follows the template', () => {
  it('adding an indicator to the template adds its row, formula and import with no code change', async () => {
    const next: FormTemplate = structuredClone(CURRENT_TEMPLATE);
    const sectionA = next.sections.find((s) => s.id === 'A')!;
    if (sectionA.kind !== 'indicators') throw new Error('section A');
    sectionA.indicators.splice(
      sectionA.indicators.findIndex((i) => i.code === 'A22') + 1,
      0,
      { kind: 'count', code: 'A23', label: 'Hồ sơ trả kết quả tại nhà', unit: 'hồ sơ' },
      { kind: 'total', code: 'A24', label: 'PAKN và hồ sơ trả tại nhà', unit: 'lượt', sumOf: ['A22', 'A23'] },
    );
    const data = sampleReport();
    data.counts.A23 = 41;
    const bytes = await writeReport(data, { template: next });

    const book = XLSX.read(bytes, { cellFormula: true });
    const sheet = book.Sheets['A. TTHC, hồ sơ']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const a24 = rows.findIndex((r) => r[1] === 'A24') + 1;
    expect(sheet[`E${a24}`]).toMatchObject({ v: 43, f: expect.stringContaining('SUM(') });

    // A reader that knows the new template reads the new figure, and applies its rules.
    const checked = checkWorkbookSync(bytes, 'a.xlsx', { units: UNITS, templates: [next] });
    expect(checked.problems).toEqual([]);
    expect(checked.data!.counts.A23).toBe(41);
    expect(checked.data).toEqual(canonicalReportData(data));
    // This build's reader does not know that template's A23: the rows of codes it does not know are
    // named by cell (their figures are not merged), and the checksum tells the district too.
    const old = checkWorkbookSync(bytes, 'a.xlsx', { units: UNITS });
    expect(old.problems.map((p) => [p.kind, p.cell])).toEqual([
      ['unknown-code', `E${a24 - 1}`],
      ['unknown-code', `E${a24}`],
      ['checksum-mismatch', undefined],
    ]);
  });

  it('a workbook re-saved by another program (SheetJS) imports with the same values', async () => {
    const data = sampleReport();
    const bytes = await writeReport(data);
    const resaved = XLSX.write(XLSX.read(bytes, { cellFormula: true, cellStyles: true }), {
      type: 'buffer',
      bookType: 'xlsx',
    }) as Buffer;
    const checked = checkWorkbookSync(resaved, 'a.xlsx', { units: UNITS });
    expect(checked.data).toEqual(canonicalReportData(data));
    expect(checked.problems.filter((p) => p.level === 'error')).toEqual([]);
  });
});

describe('a clerk reorganised the workbook', () => {
  it('reordered and renamed sheets still import: figures are found by code, not by place', async () => {
    const data = sampleReport();
    const bytes = await writeReport(data);
    const reorganised = rewriteZip(bytes, (name, content) => {
      if (name !== 'xl/workbook.xml') return undefined;
      const xml = content.toString('utf8');
      const sheets = xml.match(/<sheet [^>]*\/>/gu)!;
      const renamed = [...sheets]
        .reverse()
        .map((s) =>
          s.replace('name="A. TTHC, hồ sơ"', 'name="Trang A"').replace('name="Bìa"', 'name="Trang bìa"'),
        );
      return Buffer.from(xml.replace(sheets.join(''), renamed.join('')));
    });
    const book = XLSX.read(reorganised);
    expect(book.SheetNames[0]).toBe('Thông tin kỹ thuật');
    expect(book.SheetNames).toContain('Trang A');
    const checked = checkWorkbookSync(reorganised, 'a.xlsx', { units: UNITS });
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual(canonicalReportData(data));
  });
});
