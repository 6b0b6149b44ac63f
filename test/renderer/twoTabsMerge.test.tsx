// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalReportData, reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import {
  FakeApiError,
  button,
  byLabel,
  click,
  installFakeApi,
  mount,
  settle,
  type,
  type Mounted,
} from './dom';
import { storedReport } from './fake-report';

/**
 * The form against a store that refuses a save typed on figures it no longer holds (as
 * electron/store does): another tab's save happens "behind" the form by changing `stored`.
 */
const api = installFakeApi();
let view: Mounted | undefined;
let stored: ReportData;
let refusals: number;

/** The stored report as report.open returns it now. */
const report = () => storedReport(stored);

beforeEach(() => {
  localStorage.clear();
  stored = { ...emptyReportData(), counts: { A03: 1684, A05: 1021 } };
  refusals = 0;
  api.handlers = {
    'report.open': () => report(),
    'report.save': ({ data, base }) => {
      if (base !== reportFingerprint(stored)) {
        refusals++;
        throw new FakeApiError('Báo cáo này vừa được lưu từ một cửa sổ hoặc thẻ khác.', 'report-stale');
      }
      stored = canonicalReportData(data);
      return {
        revision: 1,
        savedAt: new Date().toISOString(),
        changed: true,
        fingerprint: reportFingerprint(data),
      };
    },
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const box = (label: string) => byLabel(view!.host, label);
const A03 = 'A03 Hồ sơ mới tiếp nhận trực tuyến';
const A05 = 'A05 Hồ sơ mới tiếp nhận trực tiếp';
const A06 = 'A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích';

describe('two tabs on one report', () => {
  it('merges fields changed on one side only, without asking, and saves both', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    // The other tab saves A05 and a preparer's name.
    stored = {
      ...stored,
      counts: { ...stored.counts, A05: 2000 },
      preparer: { ...stored.preparer, name: 'Lê Văn B' },
    };
    await type(box(A06), '8');
    await settle(400);
    await settle(400);
    expect(refusals).toBe(1);
    expect(view.host.querySelector('.conflict-panel')).toBeNull();
    expect(stored.counts).toEqual({ A03: 1684, A05: 2000, A06: 8 });
    expect(stored.preparer.name).toBe('Lê Văn B');
    expect(box(A05).value).toBe('2.000');
    expect(view.host.querySelector('.save-status')!.textContent).toMatch(/^Đã lưu lúc/u);
  });

  it('for a field changed on both sides shows both values in Vietnamese, saves nothing until the clerk chooses', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    stored = { ...stored, counts: { ...stored.counts, A03: 1700, A05: 999 } };
    await type(box(A03), '1750');
    await settle(400);
    await settle(400);
    const panel = view.host.querySelector<HTMLElement>('.conflict-panel')!;
    expect(panel.getAttribute('role')).toBe('alert');
    expect(panel.textContent).toContain('Báo cáo vừa được lưu từ một cửa sổ hoặc thẻ khác');
    expect(panel.textContent).toContain('A03 Hồ sơ mới tiếp nhận trực tuyến');
    expect(panel.textContent).toContain('Giữ giá trị ở cửa sổ này: 1.750');
    expect(panel.textContent).toContain('Dùng giá trị đã lưu ở nơi khác: 1.700');
    // A05, changed only there, is taken over already; nothing is written while the clerk decides.
    expect(box(A05).value).toBe('999');
    expect(stored.counts.A03).toBe(1700);
    expect(view.host.querySelector('.save-status')!.textContent).toBe('Chờ chọn giá trị — chưa lưu');
    await type(box(A06), '3');
    await settle(400);
    expect(stored.counts.A06).toBeUndefined();

    await click(button(view.host, /Dùng giá trị đã lưu ở nơi khác: 1\.700/u));
    await settle(400);
    expect(view.host.querySelector('.conflict-panel')).toBeNull();
    expect(box(A03).value).toBe('1.700');
    expect(stored.counts).toEqual({ A03: 1700, A05: 999, A06: 3 });
  });

  it("keeps the clerk's own value when chosen, and model rows added in both tabs are all kept", async () => {
    stored = { ...stored, models: [{ id: 'r1', values: { B01: 'Một cửa' } }] };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    stored = {
      ...stored,
      counts: { ...stored.counts, A03: 5 },
      models: [...stored.models, { id: 'r2', values: { B01: 'Mô hình của thẻ kia' } }],
    };
    await type(box(A03), '6');
    await settle(400);
    await settle(400);
    await click(button(view.host, /Giữ giá trị ở cửa sổ này: 6/u));
    await settle(400);
    expect(stored.counts.A03).toBe(6);
    expect(stored.models.map((m) => m.values.B01)).toEqual(['Một cửa', 'Mô hình của thẻ kia']);
  });
});
