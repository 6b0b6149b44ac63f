import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CURRENT_TEMPLATE, allIndicators, indicatorSections, rowNumbers } from '../../../shared/template';
import { sampleReport, writeReport } from './fixtures';

// The screen side of the same assertion is test/renderer/rowNumbers.test.tsx: both compare with
// the shared rowNumbers and with the same literal STTs (A08 is 9, R01 is 8).
describe('one STT numbering for the screen and the workbook: the workbook', () => {
  it('prints A08 as 9 and R01 as 8, every row with its shared STT, in that order', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await writeReport(sampleReport())).buffer);
    const codes = new Set(allIndicators(CURRENT_TEMPLATE).map((i) => i.code));
    const printed = new Map<string, number>();
    const orderBySheet = new Map<string, number[]>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) => {
        const code = row.getCell(2).value;
        if (typeof code !== 'string' || !codes.has(code)) return;
        printed.set(code, Number(row.getCell(1).value));
        orderBySheet.set(ws.name, [...(orderBySheet.get(ws.name) ?? []), Number(row.getCell(1).value)]);
      }),
    );
    expect(printed.get('A08')).toBe(9);
    expect(printed.get('R01')).toBe(8);
    for (const section of indicatorSections(CURRENT_TEMPLATE)) {
      for (const [code, stt] of rowNumbers(section)) expect(printed.get(code), code).toBe(stt);
    }
    // Read down the sheet, the STTs count 1, 2, 3… as on the screen.
    for (const numbers of orderBySheet.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
