// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/contract';
import { reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import { installFakeApi, mount, settle, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;

function report(period: string, data: ReportData, id = 1): Report {
  return {
    id,
    unitCode: 'TH03',
    period,
    templateId: 'cchc',
    templateVersion: 1,
    data,
    fingerprint: reportFingerprint(data),
    revision: 1,
    exportedRevision: null,
    updatedAt: '',
  };
}

beforeEach(() => {
  localStorage.clear();
  api.calls.length = 0;
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** The text of the "Kỳ trước" cell on the row of `code`. */
const previousCell = (code: string) =>
  [...view!.host.querySelectorAll('tr')]
    .find((tr) => tr.querySelector('.col-code')?.textContent === code)
    ?.querySelector('.col-previous')?.textContent;

describe('Kỳ trước beside the form', () => {
  it("shows the unit's previous year read-only: counts, totals and rates as the form writes them", async () => {
    api.handlers = {
      'report.open': ({ period }) =>
        period === '2023'
          ? report('2023', { ...emptyReportData(), counts: { A03: 1684, A05: 1021 } })
          : report('2022', { ...emptyReportData(), counts: { A03: 12_345, A05: 1000, A06: 0, A02: 5 } }),
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await settle();
    expect(api.calls.map((c) => c.args)).toContainEqual({ unitCode: 'TH03', period: '2022' });
    expect(view.host.querySelector('th.col-previous')!.textContent).toBe('Kỳ trước (Năm 2022)');
    expect(previousCell('A03')).toBe('12.345');
    expect(previousCell('A07')).toBe('13.350');
    expect(previousCell('R01')).toBe('92,51%');
    expect(previousCell('A08')).toBe('—');
    // Nothing in it can be typed.
    expect(view.host.querySelectorAll('.col-previous input')).toHaveLength(0);
  });

  it('warns at the box of a count ten times larger than last period, as the district will', async () => {
    api.handlers = {
      'report.open': ({ period }) =>
        period === '2023'
          ? report('2023', { ...emptyReportData(), counts: { A03: 200_000, A05: 1021 } })
          : report('2022', { ...emptyReportData(), counts: { A03: 12_345, A05: 1000 } }),
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await settle();
    const row = [...view.host.querySelectorAll('tr')].find(
      (tr) => tr.querySelector('.col-code')?.textContent === 'A03',
    )!;
    expect(row.textContent).toContain('kỳ trước 12.345, kỳ này 200.000: thay đổi hơn 10 lần');
    // A05 changed a little: nothing said.
    expect(view.host.textContent).not.toMatch(/A05 \([^)]*\) kỳ trước/u);
  });

  it('shows no column when this PC holds no report of the previous period', async () => {
    api.handlers = {
      'report.open': ({ period }) =>
        period === '2023'
          ? report('2023', { ...emptyReportData(), counts: { A03: 1684 } })
          : report('2022', emptyReportData(), 0),
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await settle();
    expect(view.host.querySelector('.col-previous')).toBeNull();
    expect(view.host.querySelector('.col-code')).not.toBeNull();
  });
});
