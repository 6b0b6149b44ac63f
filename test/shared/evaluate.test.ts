import { describe, expect, it } from 'vitest';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { formatRate } from '../../shared/format/numbers';
import { evaluateReport } from '../../shared/rules/evaluate';
import { CURRENT_TEMPLATE as T } from '../../shared/template';

function report(counts: Record<string, number>, extra: Partial<ReportData> = {}): ReportData {
  return { ...emptyReportData(), counts, ...extra };
}

/** The district body's one-stop figures of 2023, shaped like the seed (3.252 received, 2.413 online). */
const districtBody = {
  A01: 294,
  A02: 0,
  A03: 2413,
  A04: 1200,
  A05: 839,
  A06: 0,
  A08: 2100,
  A09: 1090,
  A10: 10,
  A12: 50,
  A13: 2,
  A15: 12,
  A16: 3100,
  A17: 20000,
  A18: 6000,
  A19: 900,
  A20: 300,
  A21: 1,
  A22: 1,
  D01: 12,
  D02: 6,
  D03: 20,
  D04: 900,
  D05: 60000,
  D06: 20000,
  D07: 16000,
};

describe('evaluateReport', () => {
  it('computes totals and rates of a consistent report without issues', () => {
    const e = evaluateReport(T, report(districtBody), '2023');
    expect(e.figures.A07).toBe(3252);
    expect(e.figures.A11).toBe(3200);
    expect(e.figures.A14).toBe(52);
    expect(formatRate(e.rates.R01!.percent)).toBe('74,2%');
    expect(formatRate(e.rates.R03!.percent)).toBe('99,69%');
    expect(e.issues).toEqual([]);
  });

  it('puts A04 > A03 as an error on A04', () => {
    const e = evaluateReport(T, report({ ...districtBody, A04: 2414 }), '2023');
    const issue = e.issues.find((i) => i.code === 'A04');
    expect(issue).toMatchObject({ level: 'error', sectionId: 'A' });
    expect(issue?.message).toContain('A03');
    expect(issue?.message).toContain('Hiện: A04 = 2.414; A03 = 2.413.');
  });

  it('checks the balance A07 = A11 + A14', () => {
    const e = evaluateReport(T, report({ ...districtBody, A12: 49 }), '2023');
    expect(e.issues.map((i) => i.check)).toContain('A07-balance');
    expect(e.issues[0]?.message).toContain('A07 = 3.252; A11 + A14 = 3.251');
  });

  it('warns when a propaganda session has fewer attendees than sessions', () => {
    const e = evaluateReport(T, report({ D03: 5, D04: 3 }), '2023');
    expect(e.issues).toEqual([expect.objectContaining({ level: 'warning', code: 'D04' })]);
    expect(evaluateReport(T, report({ D03: 0, D04: 0 }), '2023').issues).toEqual([]);
  });

  it('checks a rule only when every figure it names is known', () => {
    expect(evaluateReport(T, report({ A04: 10 }), '2023').issues).toEqual([]);
  });

  it('says "không phát sinh" for a rate whose denominator is 0, and nothing while parts are missing', () => {
    const e = evaluateReport(T, report({ A21: 0, A22: 0 }), '2023');
    expect(e.rates.R07).toEqual({ numerator: 0, denominator: 0, percent: null });
    expect(e.rates.R01).toBeUndefined();
    // A17 = 0 results to digitise: R05 does not arise, even before A18 is typed.
    expect(evaluateReport(T, report({ A17: 0 }), '2023').rates.R05?.percent).toBeNull();
  });

  it('totals the training categories', () => {
    const seed = { C01: 29, C02: 3, C03: 1, C04: 17, C05: 17, C06: 8, C07: 11, C08: 11, C09: 0 };
    expect(evaluateReport(T, report(seed), '2023').figures.C10).toBe(97);
  });

  it('checks the models list: required, unique names, choices, dates within the period', () => {
    const models: ReportData['models'] = [
      { id: 'a', values: { B01: 'Ngày thứ Sáu không hẹn', B02: 'Mô hình', B04: '05/04/2023' } },
      { id: 'b', values: { B01: '  ngày THỨ SÁU không hẹn ' } },
      { id: 'c', values: { B01: '', B02: 'Dự án' } },
      { id: 'd', values: { B01: 'Mã QR tra cứu TTHC', B04: '20/12/2023' } },
      { id: 'e', values: { B01: 'Cà phê doanh nhân', B04: '31/02/2023' } },
    ];
    const e = evaluateReport(T, report({}, { models }), '2023');
    const byRow = (row: number) => e.issues.filter((i) => i.row === row).map((i) => i.check);
    expect(byRow(0)).toEqual([]);
    expect(byRow(1)).toEqual(['B01-unique']);
    expect(byRow(2)).toEqual(['B01-required', 'B02-option']);
    expect(byRow(3)).toEqual(['B04-after-period']);
    expect(byRow(4)).toEqual(['B04-date']);
    expect(e.issues.find((i) => i.row === 3)?.message).toContain('14/12/2023');
    expect(e.progress.find((p) => p.sectionId === 'B')).toMatchObject({ errors: 5 });
  });

  it('a text over its limit says how long it is and the limit, both grouped', () => {
    const e = evaluateReport(T, report({}, { texts: { E01: 'x'.repeat(20_345) } }), '2023');
    const issue = e.issues.find((i) => i.check === 'E01-length')!;
    expect(issue.message).toBe(
      'E01 (Tồn tại, hạn chế) dài 20.345 ký tự, quá 20.000 ký tự cho phép. Hãy rút gọn.',
    );
  });

  it('counts what is filled in per section', () => {
    const e = evaluateReport(T, report({ A01: 1, A03: 0 }, { texts: { E01: 'Còn chậm', E02: ' ' } }), '2023');
    expect(e.progress.find((p) => p.sectionId === 'A')).toMatchObject({ filled: 2, total: 19 });
    expect(e.progress.find((p) => p.sectionId === 'E')).toMatchObject({ filled: 1, total: 2 });
  });
});
