// @vitest-environment jsdom
import { act } from 'react';
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
 * One report open in several tabs of one browser (one document here, one localStorage): the store
 * refuses a save typed on figures it no longer holds; "another tab" saves by changing `stored`.
 */
const api = installFakeApi();
const views: Mounted[] = [];
let stored: ReportData;
let saves: ReportData[];
let refusals: number;

/** The stored report as report.open returns it now. */
const report = () => storedReport(stored);

beforeEach(() => {
  localStorage.clear();
  stored = { ...emptyReportData(), counts: { A01: 500, A02: 10, A21: 30 } };
  saves = [];
  refusals = 0;
  api.handlers = {
    'report.open': () => report(),
    'report.save': ({ data, base }) => {
      if (base !== reportFingerprint(stored)) {
        refusals++;
        throw new FakeApiError('Báo cáo này vừa được lưu từ một cửa sổ hoặc thẻ khác.', 'report-stale');
      }
      stored = canonicalReportData(data);
      saves.push(stored);
      return {
        revision: 1,
        savedAt: new Date().toISOString(),
        changed: true,
        fingerprint: reportFingerprint(data),
      };
    },
  };
});
afterEach(async () => {
  for (const view of views.splice(0)) view.unmount();
  await settle(20);
});

async function openTab(): Promise<HTMLElement> {
  const view = await mount(<ReportForm unitCode="TH03" period="2023" />);
  views.push(view);
  await settle(50);
  return view.host;
}

async function closeTab(host: HTMLElement) {
  const at = views.findIndex((v) => v.host === host);
  views.splice(at, 1)[0]!.unmount();
  await settle(20);
}

/** Types into a box and leaves it, as a clerk does (leaving saves at once). */
async function typeAndLeave(host: HTMLElement, label: string, value: string) {
  const box = byLabel(host, label);
  await type(box, value);
  await act(async () => {
    box.blur();
    box.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
  await settle(400);
  await settle(50);
}

/** Another tab saved `data` (and, unless `quietly`, said so on the report's channel). */
async function otherTabSaves(data: ReportData, quietly = false) {
  stored = canonicalReportData(data);
  if (quietly) return;
  const channel = new BroadcastChannel('cchc-draft:cchc-v1:TH03:2023');
  channel.postMessage({ fingerprint: reportFingerprint(stored), from: 'other-tab' });
  channel.close();
  await settle(50);
  await settle(50);
}

const A01 = 'A01 Số TTHC thuộc thẩm quyền được công khai';
const A02 = 'A02 Hồ sơ kỳ trước chuyển qua';
const A21 = 'A21 Phản ánh, kiến nghị (PAKN) tiếp nhận';
const panel = (host: HTMLElement) => host.querySelector<HTMLElement>('.conflict-panel');
const notice = (host: HTMLElement) => host.querySelector('.form-notice')?.textContent ?? '';
const status = (host: HTMLElement) => host.querySelector('.save-status')!.textContent;

describe('one report in several tabs', () => {
  it('a tab opened while another holds a conflict meets the same choice and never saves over the stored figure', async () => {
    const b = await openTab();
    await otherTabSaves({ ...stored, counts: { ...stored.counts, A02: 20 } }, true);
    await typeAndLeave(b, A02, '11');
    expect(panel(b)?.textContent).toContain('Giữ giá trị ở cửa sổ này: 11');

    const c = await openTab();
    expect(notice(c)).toContain('Đã khôi phục số liệu chưa kịp lưu lần trước.');
    expect(panel(c)?.textContent).toContain('Giữ giá trị ở cửa sổ này: 11');
    expect(panel(c)?.textContent).toContain('Dùng giá trị đã lưu ở nơi khác: 20');
    expect(status(c)).toBe('Chờ chọn giá trị — chưa lưu');
    expect(stored.counts.A02).toBe(20);
    expect(saves).toEqual([]);
    // C sent the draft on the data it was typed on, and the store refused it, as any stale save.
    expect(refusals).toBe(2);

    // B chooses its own value: it is saved, and C (told on the channel) has nothing left to ask.
    await click(button(b, /Giữ giá trị ở cửa sổ này: 11/u));
    await settle(400);
    await settle(100);
    expect(stored.counts.A02).toBe(11);
    expect(panel(c)).toBeNull();
    expect(byLabel(c, A02).value).toBe('11');
  });

  it("a tab told of another tab's save refreshes the fields its clerk has not touched, and says so", async () => {
    const b = await openTab();
    await type(byLabel(b, A01), '600');
    await otherTabSaves({ ...stored, counts: { ...stored.counts, A21: 300 } });
    expect(byLabel(b, A21).value).toBe('300');
    expect(notice(b)).toBe('Số liệu vừa được cập nhật từ cửa sổ khác: A21.Đã hiểu');
    // What was typed here meanwhile is kept and saved on top.
    expect(byLabel(b, A01).value).toBe('600');
    await settle(400);
    expect(stored.counts).toMatchObject({ A01: 600, A21: 300 });
    expect(panel(b)).toBeNull();
  });

  it('a save missed on the channel is found when the window gets the focus back', async () => {
    const b = await openTab();
    await otherTabSaves({ ...stored, counts: { ...stored.counts, A21: 300 } }, true);
    expect(byLabel(b, A21).value).toBe('30');
    await act(async () => void window.dispatchEvent(new Event('focus')));
    await settle(50);
    expect(byLabel(b, A21).value).toBe('300');
    expect(notice(b)).toContain('Số liệu vừa được cập nhật từ cửa sổ khác: A21.');
    expect(saves).toEqual([]);
  });

  it('a figure retyped in a stale tab (the value it showed) is not lost: the clerk chooses', async () => {
    const b = await openTab();
    await otherTabSaves({ ...stored, counts: { ...stored.counts, A21: 300 } }, true);
    await typeAndLeave(b, A21, '30');
    await settle(50);
    expect(panel(b)?.textContent).toContain('A21');
    expect(panel(b)?.textContent).toContain('Giữ giá trị ở cửa sổ này: 30');
    expect(panel(b)?.textContent).toContain('Dùng giá trị đã lưu ở nơi khác: 300');
    expect(status(b)).toBe('Chờ chọn giá trị — chưa lưu');
    await click(button(b, /Giữ giá trị ở cửa sổ này: 30/u));
    await settle(400);
    expect(stored.counts.A21).toBe(30);
  });

  it('the conflict panel offers the value the box holds now, and choosing it saves that value', async () => {
    const b = await openTab();
    await otherTabSaves({ ...stored, counts: { ...stored.counts, A02: 20 } }, true);
    await typeAndLeave(b, A02, '11');
    await typeAndLeave(b, A02, '12');
    expect(panel(b)?.textContent).toContain('Giữ giá trị ở cửa sổ này: 12');
    expect(panel(b)?.textContent).not.toContain(': 11');
    expect(stored.counts.A02).toBe(20);
    await click(button(b, /Giữ giá trị ở cửa sổ này: 12/u));
    await settle(400);
    expect(stored.counts.A02).toBe(12);
  });

  it("a box holding a refused entry is never refreshed over: the other tab's figure is the clerk's choice", async () => {
    const b = await openTab();
    await typeAndLeave(b, A01, '1,234');
    await typeAndLeave(b, A21, '31');
    expect(stored.counts.A21).toBe(31);
    await otherTabSaves({ ...stored, counts: { ...stored.counts, A01: 700, A02: 15 } });
    expect(byLabel(b, A02).value).toBe('15');
    expect(byLabel(b, A01).value).toBe('1,234');
    expect(panel(b)?.textContent).toContain('Dùng giá trị đã lưu ở nơi khác: 700');
    expect(stored.counts.A01).toBe(700);
  });

  it('an entry the box refused comes back in its box, with its error, when the report is opened again', async () => {
    const b = await openTab();
    await typeAndLeave(b, A01, '1,234');
    expect(byLabel(b, A01).getAttribute('aria-invalid')).toBe('true');
    await closeTab(b);
    expect(stored.counts.A01).toBe(500);

    const again = await openTab();
    expect(byLabel(again, A01).value).toBe('1,234');
    expect(byLabel(again, A01).getAttribute('aria-invalid')).toBe('true');
    expect(again.querySelector('.field-msg')?.textContent).toContain('A01');
    expect(status(again)).toBe('1 ô nhập sai (viền đỏ) chưa lưu');
    expect(stored.counts.A01).toBe(500);

    // Corrected to the stored figure: nothing to keep any more.
    await typeAndLeave(again, A01, '500');
    await closeTab(again);
    const third = await openTab();
    expect(byLabel(third, A01).value).toBe('500');
    expect(notice(third)).toBe('');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('cchc-draft'))).toEqual([]);
  });
});
