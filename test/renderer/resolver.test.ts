import { describe, expect, it } from 'vitest';
import { emptyReportData } from '../../shared/domain/report';
import { CURRENT_TEMPLATE } from '../../shared/template';
import { toFormValues, type FormValues } from '../../renderer/src/form/formValues';
import {
  checkForm,
  createFormChecker,
  createReportResolver,
  fieldMessages,
  issueFocus,
  issuesToFieldErrors,
} from '../../renderer/src/form/resolver';

const template = CURRENT_TEMPLATE;
const PERIOD = '2023';

function form(counts: Record<string, string> = {}, extra: Partial<FormValues> = {}): FormValues {
  const values = toFormValues(template, emptyReportData());
  return { ...values, ...extra, counts: { ...values.counts, ...counts } };
}

const resolve = (values: FormValues, fallback = {}) =>
  createReportResolver(template, () => ({ period: PERIOD, fallback }))(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe('form resolver built from the template', () => {
  it('turns a clean form into report data with parsed counts and totals known to the evaluator', async () => {
    const result = await resolve(form({ A02: '0', A03: '15.121', A05: '9257', A06: '0' }));
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ counts: { A03: 15121, A05: 9257, A01: null } });
    const check = checkForm(template, form({ A02: '0', A03: '15.121', A05: '9257', A06: '0' }), PERIOD);
    expect(check.evaluation.figures.A07).toBe(24378);
    expect(check.evaluation.rates.R01?.percent).toBe(62.03);
  });

  it('shows A04 > A03 as an error at A04, naming both indicators', async () => {
    const result = await resolve(form({ A03: '100', A04: '120' }));
    const error = result.errors.counts?.A04;
    expect(error?.type).toBe('error');
    expect(error?.message).toContain('A04');
    expect(error?.message).toContain('A03');
    expect(result.errors.counts?.A03).toBeUndefined();
  });

  it('refuses "27,630" at the field with the parser message and keeps the last valid value', () => {
    const check = checkForm(template, form({ A03: '27,630' }), PERIOD, { A03: 27000 });
    const errors = issuesToFieldErrors(check.issues);
    expect(errors.counts?.A03?.message).toMatch(/dấu phẩy/u);
    expect(check.refused.A03).toBeDefined();
    expect(check.data.counts.A03).toBe(27000);
  });

  it('a refused count with no earlier value is saved as empty, never guessed', () => {
    const check = checkForm(template, form({ A05: '2.76' }), PERIOD);
    expect(check.data.counts.A05).toBeNull();
    expect(check.issues.map((i) => i.check)).toContain('A05-parse');
  });

  it('puts a warning as a warning (D04 fewer than D03)', () => {
    const check = checkForm(template, form({ D03: '44', D04: '10' }), PERIOD);
    const errors = issuesToFieldErrors(check.issues);
    expect(errors.counts?.D04?.type).toBe('warning');
    expect(check.issues.find((i) => i.code === 'D04')?.sectionId).toBe('D');
  });

  it('maps model row problems to the cell of that row', () => {
    const values = form(
      {},
      {
        models: [
          { id: 'a', values: { B01: 'Ngày thứ Sáu không hẹn', B04: '05/04/2023' } },
          { id: 'b', values: { B01: '  ngày thứ sáu KHÔNG hẹn ', B04: '31/12/2023' } },
          { id: 'c', values: { B01: '', B02: 'Mô hình' } },
        ],
      },
    );
    const check = checkForm(template, values, PERIOD);
    const errors = issuesToFieldErrors(check.issues);
    expect(errors.models?.[1]?.values?.B01?.message).toMatch(/trùng/u);
    expect(errors.models?.[1]?.values?.B04?.message).toMatch(/sau ngày cuối kỳ/u);
    expect(errors.models?.[2]?.values?.B01?.message).toMatch(/chưa nhập/u);
    expect(errors.models?.[0]).toBeUndefined();
  });

  it('keeps every message of a field, errors first, and orders issues as the form', () => {
    const check = checkForm(template, form({ A03: 'abc', A04: '5', D06: '10', D07: '11' }), PERIOD, {
      A03: 1,
    });
    expect(check.issues.map((i) => i.field)).toEqual(['counts.A03', 'counts.A04', 'counts.D07']);
    const errors = issuesToFieldErrors(check.issues);
    expect(fieldMessages(errors.counts?.A04)).toHaveLength(1);
  });

  it('checks the date prepared', () => {
    const values = form();
    values.preparer = { ...values.preparer, preparedOn: '31/02/2024' };
    const errors = issuesToFieldErrors(checkForm(template, values, PERIOD).issues);
    expect(errors.preparer?.preparedOn?.message).toMatch(/ngày\/tháng\/năm/u);
    // The issue list shows it away from the box: it names the field.
    expect(errors.preparer?.preparedOn?.message).toMatch(/^Ngày lập báo cáo: "31\/02\/2024"/u);
  });

  it('refuses letters in the phone number, with a message naming the field', () => {
    const values = form();
    for (const ok of ['', '0277 3851 234', '+84 (277) 385.1234', '0277-3851-234']) {
      values.preparer = { ...values.preparer, phone: ok };
      expect(checkForm(template, values, PERIOD).issues, ok).toEqual([]);
    }
    values.preparer = { ...values.preparer, phone: '0277 385 abc' };
    const issues = checkForm(template, values, PERIOD).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ level: 'error', field: 'preparer.phone', sectionId: 'preparer' });
    expect(issues[0]!.message).toMatch(/^Số điện thoại: chỉ gồm chữ số, dấu cách và các dấu \+ \. - \( \)/u);
  });

  it('saves text as NFC', () => {
    const values = form();
    values.texts.E01 = 'Ho\u0302\u0300 so\u031b'; // "Hồ sơ" typed as decomposed characters
    expect(checkForm(template, values, PERIOD).data.texts.E01).toBe('Hồ sơ');
  });

  it('a refused box falls back to the value it was left with, not to a half-typed prefix', () => {
    const checker = createFormChecker(template, PERIOD, { A05: 1021 });
    // Typing "27,630" key by key passes through "27", a valid count, before the comma.
    expect(checker.check(form({ A05: '27' })).data.counts.A05).toBe(27);
    expect(checker.check(form({ A05: '27,630' })).data.counts.A05).toBe(1021);
    // Once the clerk leaves a box with a valid value, that value is the one kept.
    checker.commit(form({ A05: '27.630' }));
    expect(checker.check(form({ A05: '27.630x' })).data.counts.A05).toBe(27630);
  });

  it('an issue at a computed figure leads to the first count the clerk types; others to their own box', () => {
    const check = checkForm(template, form({ A03: '10', A04: '20', A08: '1', A12: '1' }), PERIOD);
    const balance = check.issues.find((i) => i.check === 'A07-balance')!;
    expect(balance.field).toBe('counts.A07');
    expect(issueFocus(template, balance)).toEqual({ sectionId: 'A', field: 'counts.A02' });
    const a04 = check.issues.find((i) => i.check === 'A04-le-A03')!;
    expect(issueFocus(template, a04)).toEqual({ sectionId: 'A', field: 'counts.A04' });
  });
});
