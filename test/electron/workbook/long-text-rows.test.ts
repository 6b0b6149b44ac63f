/**
 * A long text on the unit workbook (E01 of 4.000 or 20.000 characters) is written over as many
 * rows as it needs, none over Excel's 409 pt limit, and read back whole: export → import gives the
 * very same text, line breaks and double spaces included (after a LibreOffice re-save: resave.test.ts). What a
 * clerk types in a row without a code under a text is read (appended) and said.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { canonicalReportData } from '../../../shared/domain/canonical';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { BLANK_COUNTS_KIND } from '../../../shared/workbook/import-types';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { MAX_ROW_HEIGHT } from '../../../electron/workbook/row-height';
import { longVietnamese, sampleReport, UNITS, writeReport } from './fixtures';

const SHEET_E = 'E. Tồn tại, kiến nghị';

async function rowsOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const ws = wb.getWorksheet(SHEET_E)!;
  const rows: { n: number; code: string; label: string; value: string; height: number }[] = [];
  ws.eachRow((row, n) => {
    if (n <= 4) return;
    rows.push({
      n,
      code: String(row.getCell(2).value ?? ''),
      label: String(row.getCell(3).value ?? ''),
      value: String(row.getCell(5).value ?? ''),
      height: row.height,
    });
  });
  return { wb, ws, rows };
}

const otherKinds = (problems: { kind: string }[]) =>
  problems.map((p) => p.kind).filter((k) => !k.startsWith('rule:') && k !== BLANK_COUNTS_KIND);

describe('long texts on the unit workbook', () => {
  for (const [length, seed] of [
    [4_000, 1],
    [20_000, 2],
  ] as const) {
    it(`writes ${length.toLocaleString('vi')} characters over rows under 409 pt and reads them back exactly`, async () => {
      const data = {
        ...sampleReport(),
        texts: { E01: longVietnamese(length - 20, seed), E02: longVietnamese(length / 2, seed + 7) },
      };
      expect(data.texts.E01.length, `seed ${seed}`).toBeGreaterThan(length - 20);
      const bytes = await writeReport(data);
      const { rows } = await rowsOf(bytes);
      const e01 = rows.filter((r) => r.code === 'E01');
      expect(e01).toHaveLength(1);
      const continued = rows.filter((r) => r.label === workbookText.textContinued('Tồn tại, hạn chế'));
      expect(continued.length).toBeGreaterThanOrEqual(length > 10_000 ? 6 : 1);
      // Continuation rows have no code and sit right under their text, E02 after them.
      expect(continued.every((r) => r.code === '')).toBe(true);
      expect(continued[0]!.n).toBe(e01[0]!.n + 1);
      expect(rows.find((r) => r.code === 'E02')!.n).toBe(continued.at(-1)!.n + 1);
      for (const r of rows) expect(r.height, `row ${r.n}`).toBeLessThan(MAX_ROW_HEIGHT);

      const checked = checkWorkbookSync(bytes, 'dai.xlsx', { units: UNITS });
      expect(otherKinds(checked.problems), `seed ${seed}`).toEqual([]);
      expect(checked.data!.texts).toEqual(canonicalReportData(data).texts);
      expect(checked.data!.texts.E01).toContain('\n\n');
    });
  }

  it('round-trips tabs, emoji, "_x000D_", quotes and decomposed (NFD) letters wherever the rows break', async () => {
    for (const seed of [11, 12, 13]) {
      let x = seed;
      const next = (n: number) => {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        return x % n;
      };
      const odd = ['\t', '😀', '_x000D_', '&<>"', '“”', ' \n ', '\r\n', '…', 'ờ'.normalize('NFD'), '  '];
      let text = '';
      while (text.length < 9_000)
        text += `${longVietnamese(30, seed + text.length).slice(10, 40)}${odd[next(odd.length)]} `;
      const data = { ...sampleReport(), texts: { E01: text.normalize(next(2) ? 'NFC' : 'NFD') } };
      const checked = checkWorkbookSync(await writeReport(data), 'la.xlsx', { units: UNITS });
      expect(otherKinds(checked.problems), `seed ${seed}`).toEqual([]);
      expect(checked.data!.texts, `seed ${seed}`).toEqual(canonicalReportData(data).texts);
    }
  });

  it('keeps a short text in one row, as before', async () => {
    const { rows } = await rowsOf(await writeReport(sampleReport()));
    expect(rows.map((r) => r.code)).toEqual(['E01', 'E02']);
  });

  it('reads a long text whole from one cell, as the previous version and hand-filled templates hold it', async () => {
    const long = longVietnamese(6_000, 8);
    const { wb, ws, rows } = await rowsOf(await writeReport(sampleReport()));
    ws.getCell(`E${rows.find((r) => r.code === 'E01')!.n}`).value = long;
    const checked = checkWorkbookSync(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'cu.xlsx', {
      units: UNITS,
    });
    expect(checked.data!.texts.E01).toBe(
      canonicalReportData({ ...sampleReport(), texts: { E01: long } }).texts.E01,
    );
    expect(checked.problems.map((p) => p.kind)).not.toContain('text-continued');
  });

  it('reads what a clerk types in a continuation row, and says so for a row of their own', async () => {
    const data = { ...sampleReport(), texts: { ...sampleReport().texts, E01: longVietnamese(5_000, 3) } };
    const bytes = await writeReport(data);
    const { wb, ws, rows } = await rowsOf(bytes);
    const continued = rows.findLast((r) => r.label.endsWith(workbookText.textContinuedMark))!;
    ws.getCell(`E${continued.n}`).value = continued.value.replace('CUỐI-VĂN-BẢN.', 'SỬA-TRONG-EXCEL.');
    const last = rows.at(-1)!.n;
    ws.getCell(`E${last + 2}`).value = 'Thêm một kiến nghị gõ tay';
    const edited = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const checked = checkWorkbookSync(edited, 'sua.xlsx', { units: UNITS });
    expect(checked.data!.texts.E01).toContain('SỬA-TRONG-EXCEL.');
    expect(checked.data!.texts.E01).not.toContain('CUỐI-VĂN-BẢN.');
    expect(checked.data!.texts.E02).toBe(`${sampleReport().texts.E02}\nThêm một kiến nghị gõ tay`);
    const said = checked.problems.filter((p) => p.kind === 'text-continued');
    expect(said.map((p) => p.cell)).toEqual([`E${last + 2}`]);
    expect(said[0]!.message).toContain('E02');
    expect(checked.problems.map((p) => p.kind)).not.toContain('value-without-code');
  });

  it("refuses a merged range over a continuation cell and the row above (that row's text would be lost)", async () => {
    const bytes = await writeReport({ ...sampleReport(), texts: { E01: longVietnamese(5_000, 4) } });
    const { wb, ws, rows } = await rowsOf(bytes);
    const continued = rows.find((r) => r.label.endsWith(workbookText.textContinuedMark))!;
    ws.mergeCells(`E${continued.n - 1}:F${continued.n}`);
    const checked = checkWorkbookSync(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'gop.xlsx', {
      units: UNITS,
    });
    expect(checked.problems.filter((p) => p.kind === 'merged-input').map((p) => p.cell)).toEqual([
      `E${continued.n - 1}:F${continued.n}`,
    ]);
  });

  it('reads a continuation cell widened over its own row (E:F): nothing of it is lost', async () => {
    const text = longVietnamese(5_000, 4);
    const bytes = await writeReport({ ...sampleReport(), texts: { E01: text } });
    const { wb, ws, rows } = await rowsOf(bytes);
    const continued = rows.find((r) => r.label.endsWith(workbookText.textContinuedMark))!;
    ws.mergeCells(`E${continued.n}:F${continued.n}`);
    const checked = checkWorkbookSync(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), 'gop.xlsx', {
      units: UNITS,
    });
    expect(checked.problems.map((p) => p.kind)).not.toContain('merged-input');
    expect(checked.data!.texts.E01).toBe(
      canonicalReportData({ ...sampleReport(), texts: { E01: text } }).texts.E01,
    );
  });
});
