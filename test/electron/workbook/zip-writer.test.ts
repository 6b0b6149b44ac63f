import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkbookBuilder } from '../../../electron/workbook/sheet-writer';
import { openZip } from '../../../electron/workbook/xlsx/zip';

const LONG_JSON = `{"counts":{"A01":1},"texts":{"E01":"${'dòng dài '.repeat(3000)}"}}`;

/** A sheet big enough to be written in many deflated pieces (about 1,5 MB of XML). */
function bigWorkbook(): WorkbookBuilder {
  const wb = new WorkbookBuilder({ name: 'Times New Roman', size: 12 }, 'test');
  const ws = wb.addSheet('Theo đơn vị');
  for (let r = 1; r <= 4000; r++) ws.setRow(r, [`xã Hòa Bình ${r}`, r, r * 3, `ghi chú “${r % 7}” & <x>`]);
  const units = wb.addSheet('units');
  units.inlineStrings = true;
  units.state = 'veryHidden';
  units.setRow(1, ['TH03', LONG_JSON]);
  return wb;
}

describe('zip writer (workbook written part by part)', () => {
  it('a workbook written to a file, piece by piece, reads back whole in exceljs and in our reader', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-zip-'));
    try {
      const file = path.join(dir, 'tong-hop.xlsx');
      const created = new Date('2024-01-02T03:04:05Z');
      bigWorkbook().writeFile(file, created);
      const bytes = fs.readFileSync(file);
      // The same bytes as written in memory: one writer, two destinations.
      expect(bytes.equals(bigWorkbook().toBuffer(created))).toBe(true);
      expect(fs.readdirSync(dir)).toEqual(['tong-hop.xlsx']); // no partial file left
      // A sheet sealed early (deflated, its cells let go) is written the same.
      const sealed = bigWorkbook();
      sealed.seal(sealed.sheets[0]!);
      expect(sealed.sheets[0]!.rows.size).toBe(0);
      expect(() => sealed.sheets[0]!.set(1, 1, 'muộn')).toThrow();
      expect(sealed.toBuffer(created).equals(bytes)).toBe(true);
      // Our guarded reader checks sizes and CRC against the central directory.
      const sheetXml = openZip(bytes).read('xl/worksheets/sheet1.xml')!.toString('utf8');
      expect(sheetXml).toContain('<c r="B4000"><v>4000</v></c>');
      const read = new ExcelJS.Workbook();
      await read.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = read.getWorksheet('Theo đơn vị')!;
      expect(sheet.getCell('A4000').value).toBe('xã Hòa Bình 4000');
      expect(sheet.getCell('C4000').value).toBe(12_000);
      expect(sheet.getCell('D13').value).toBe('ghi chú “6” & <x>');
      expect(read.getWorksheet('units')!.getCell('B1').value).toBe(LONG_JSON);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a sheet flushed every few rows (cells let go) reads back the same as one written at once', () => {
    const created = new Date('2024-01-02T03:04:05Z');
    const whole = openZip(bigWorkbook().toBuffer(created));
    const flushed = new WorkbookBuilder({ name: 'Times New Roman', size: 12 }, 'test');
    const ws = flushed.addSheet('Theo đơn vị');
    for (let r = 1; r <= 4000; r++) {
      ws.setRow(r, [`xã Hòa Bình ${r}`, r, r * 3, `ghi chú “${r % 7}” & <x>`]);
      if (r % 100 === 0) ws.flush();
    }
    expect(ws.rows.size).toBe(0);
    // Rows already deflated cannot be changed: the writer says so rather than losing the value.
    expect(() => ws.set(3999, 1, 'muộn')).toThrow();
    const units = flushed.addSheet('units');
    units.inlineStrings = true;
    units.state = 'veryHidden';
    units.setRow(1, ['TH03', LONG_JSON]);
    const read = openZip(flushed.toBuffer(created));
    for (const part of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml']) {
      expect(read.read(part)!.toString('utf8')).toBe(whole.read(part)!.toString('utf8'));
    }
  });
});
