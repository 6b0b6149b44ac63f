import { describe, expect, it } from 'vitest';
import { cellAt, readXlsx } from '../../../electron/workbook/xlsx/read';
import { makeZip } from './fixtures';

/**
 * The reader against the shapes other producers write (Excel's rich text and shared formulas,
 * prefixed SpreadsheetML, inline strings, cells without references, ISO date cells, a BOM).
 */
function workbook(sheetXml: string, sharedStrings: string, styles = ''): Buffer {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `\ufeff<?xml version="1.0"?><x:workbook xmlns:x="${ns}" xmlns:r="${rel}"><x:sheets><x:sheet name="Trang 1" sheetId="1" r:id="rId1"/><x:sheet name="Ẩn" sheetId="2" state="veryHidden" r:id="rId2"/></x:sheets></x:workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml) },
    {
      name: 'xl/worksheets/sheet2.xml',
      data: Buffer.from(`<worksheet xmlns="${ns}"><sheetData/></worksheet>`),
    },
    { name: 'xl/sharedStrings.xml', data: Buffer.from(sharedStrings) },
    {
      name: 'xl/styles.xml',
      data: Buffer.from(
        styles || `<styleSheet xmlns="${ns}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
      ),
    },
  ]);
}

describe('xlsx reader', () => {
  it('reads rich text, phonetic runs, escapes, inline strings, shared formulas, ISO and styled dates', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const strings = `<sst xmlns="${ns}"><si><r><rPr><b/></rPr><t>Mã </t></r><r><t xml:space="preserve">số</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>Dòng 1_x000D_
Dòng 2 &amp; _x005F_x000D_</t></si></sst>`;
    const styles = `<styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${ns}"><x:sheetData>
      <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>trực tiếp</x:t></x:is></x:c></x:row>
      <x:row r="3"><x:c r="B3" s="2"><x:v>27630</x:v></x:c><x:c r="C3"><x:f t="shared" ref="C3:C4" si="0">B3*2</x:f><x:v>55260</x:v></x:c></x:row>
      <x:row r="4"><x:c r="C4"><x:f t="shared" si="0"/><x:v>1</x:v></x:c><x:c r="D4" s="1"><x:v>45021</x:v></x:c><x:c r="E4" t="d"><x:v>2023-04-05T00:00:00</x:v></x:c></x:row>
      <x:row r="5"><x:c r="A5" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="B5"><x:f>1/0</x:f></x:c><x:c r="C5" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="D5" t="b"><x:v>1</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const wb = readXlsx(workbook(sheet, strings, styles));
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Trang 1', 'visible'],
      ['Ẩn', 'veryHidden'],
    ]);
    const s = wb.sheets[0]!;
    expect(cellAt(s, 2, 1)).toEqual({ type: 'string', text: 'Mã số', formula: undefined, font: undefined });
    expect(cellAt(s, 2, 2)).toMatchObject({ type: 'string', text: 'Dòng 1\r\nDòng 2 & _x000D_' });
    expect(cellAt(s, 2, 3)).toMatchObject({ type: 'string', text: 'trực tiếp' });
    expect(cellAt(s, 3, 2)).toMatchObject({ type: 'number', number: 27630 });
    expect(cellAt(s, 3, 3)).toMatchObject({ type: 'number', number: 55260, formula: 'B3*2' });
    expect(cellAt(s, 4, 3)).toMatchObject({ type: 'number', number: 1, formula: '' });
    expect(cellAt(s, 4, 4)).toMatchObject({ type: 'date', serial: 45021 });
    expect(cellAt(s, 4, 5)).toMatchObject({ type: 'date', iso: '2023-04-05T00:00:00' });
    expect(cellAt(s, 5, 1)).toMatchObject({ type: 'string', text: 'ab', formula: '"a"&"b"' });
    expect(cellAt(s, 5, 2)).toEqual({ type: 'empty', formula: '1/0' });
    expect(cellAt(s, 5, 3)).toMatchObject({ type: 'error', text: '#DIV/0!' });
    expect(cellAt(s, 5, 4)).toMatchObject({ type: 'bool', bool: true });
  });

  it('reads the font of a text (rich run, or the cell style) and the merged ranges', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const strings = `<sst xmlns="${ns}"><si><r><rPr><rFont val=".VnTime"/></rPr><t>ViÖt Nam</t></r></si><si><t>Vieät</t></si></sst>`;
    const styles = `<styleSheet xmlns="${ns}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><name val="VNI-Times"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="1"><v>1</v></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="2"><mergeCell ref="E12:F14"/><mergeCell ref="B3:B2"/></mergeCells></worksheet>`;
    const s = readXlsx(workbook(sheet, strings, styles)).sheets[0]!;
    expect(cellAt(s, 1, 1)).toMatchObject({ text: 'ViÖt Nam', font: '.VnTime' });
    expect(cellAt(s, 1, 2)).toMatchObject({ text: 'Vieät', font: 'VNI-Times' });
    expect(cellAt(s, 1, 3)).toMatchObject({ text: 'x', font: 'Calibri' });
    expect(s.merges).toEqual([
      { top: 12, left: 5, bottom: 14, right: 6 },
      { top: 2, left: 2, bottom: 3, right: 2 },
    ]);
  });

  it('refuses a DOCTYPE in any part it reads', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>`;
    expect(() => readXlsx(workbook(bomb, `<sst xmlns="${ns}"/>`))).toThrow(/DOCTYPE/u);
    const ok = `<worksheet xmlns="${ns}"><sheetData/></worksheet>`;
    expect(() => readXlsx(workbook(ok, `<!DOCTYPE sst [<!ENTITY a "b">]><sst xmlns="${ns}"/>`))).toThrow(
      /DOCTYPE/u,
    );
  });
});
