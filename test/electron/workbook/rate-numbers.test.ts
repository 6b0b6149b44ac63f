/**
 * Every rate of the unit workbook also as a number (column G, "Tỷ lệ dạng số"): LibreOffice
 * computes it from the counts alone, blank where the text is blank or "không phát sinh"; the
 * reader never takes it for an input; a file of the previous version, without it, imports the same.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../shared/domain/report';
import { formatRateFixed, rateFraction } from '../../../shared/format/numbers';
import { formatMessages } from '../../../shared/i18n/vi/format';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { evaluateReport } from '../../../shared/rules/evaluate';
import { allIndicators, CURRENT_TEMPLATE } from '../../../shared/template';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import { editByCode, libreOfficeResave, sampleReport, UNITS, writeReport } from './fixtures';

const RATES = allIndicators(CURRENT_TEMPLATE).filter((i) => i.kind === 'rate');

/** Each rate's text (column E) and number (column G), by code, as a spreadsheet shows them. */
async function rateCells(bytes: Buffer): Promise<Map<string, { text: unknown; number: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const shown = (cell: ExcelJS.Cell) => {
    const v = cell.value;
    return v !== null && typeof v === 'object' && 'formula' in v ? (v.result ?? '') : (v ?? '');
  };
  const found = new Map<string, { text: unknown; number: unknown }>();
  for (const ws of wb.worksheets) {
    if (ws.getRow(4).getCell(7).value !== workbookText.header.rateNumber) continue;
    ws.eachRow((row) => {
      const code = String(row.getCell(2).value);
      if (RATES.some((r) => r.code === code))
        found.set(code, { text: shown(row.getCell(5)), number: shown(row.getCell(7)) });
    });
  }
  return found;
}

describe('rates as numbers in the unit workbook', () => {
  it('are computed by LibreOffice from the counts alone, blank when a count is missing or nothing arises', async () => {
    // Written with one set of figures, then corrected by hand in the file: the cached values lie.
    const edited: ReportData = sampleReport();
    edited.counts = { ...edited.counts, A09: 1000, A19: 0, A20: 0 };
    delete edited.counts.A21;
    const bytes = await editByCode(await writeReport(sampleReport()), (_wb, valueOf) => {
      valueOf('A09').value = 1000;
      valueOf('A19').value = 0;
      valueOf('A20').value = 0;
      valueOf('A21').value = null;
    });
    const [recomputed] = await libreOfficeResave([{ name: 'sua-tay.xlsx', bytes }], { recalc: true });
    const cells = await rateCells(recomputed!);
    const rates = evaluateReport(CURRENT_TEMPLATE, edited, '2023').rates;

    expect([...cells.keys()].sort()).toEqual(RATES.map((r) => r.code).sort());
    for (const { code } of RATES) {
      const rate = rates[code];
      const { text, number } = cells.get(code)!;
      expect(text, code).toBe(rate ? formatRateFixed(rate.percent) : '');
      const fraction = rate ? rateFraction(rate.percent) : null;
      if (fraction === null) expect(number, code).toBe('');
      else expect(number, code).toBeCloseTo(fraction, 8);
    }
    // The three cases the figures were chosen for: a rate, nothing arising, a count missing.
    // (1.200 + 1.000) / 2.209; the cached values (A09 = 1.300) said 99,64%.
    expect(cells.get('R03')).toEqual({ text: '99,59%', number: 0.9959 });
    expect(cells.get('R06')).toEqual({ text: formatMessages.rateNotApplicable, number: '' });
    expect(cells.get('R07')).toEqual({ text: '', number: '' });
  }, 180_000);

  it('are never read as input: a file with them and one of the previous version without them import alike', async () => {
    const current = await writeReport(sampleReport());
    const previous = await editByCode(current, (wb) => {
      for (const ws of wb.worksheets)
        if (ws.getRow(4).getCell(7).value === workbookText.header.rateNumber) ws.spliceColumns(7, 1);
    });
    expect((await rateCells(previous)).size).toBe(0);
    const a = checkWorkbookSync(current, 'moi.xlsx', { units: UNITS });
    const b = checkWorkbookSync(previous, 'cu.xlsx', { units: UNITS });
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(b.data).toEqual(a.data);
    expect(a.verdict).toBe('accepted');
  });
});
