// @vitest-environment jsdom
// What a commune clerk's first week trips on (issue 12), each checked as the clerk would see it.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import { button, byLabel, click, installFakeApi, mount, settle, type, type Mounted } from './dom';
import { savedReply, storedReport } from './fake-report';

const api = installFakeApi();
let view: Mounted | undefined;

beforeEach(() => {
  localStorage.clear();
  api.calls.length = 0;
  api.handlers = {
    'report.open': () => storedReport(),
    'report.save': ({ data }) => savedReply(data, 2),
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const redMessages = (host: HTMLElement) =>
  [...host.querySelectorAll('.field-msg.error, .issue.error')].map((e) => e.textContent ?? '');

async function blur(element: HTMLElement) {
  await act(async () => {
    element.focus();
    element.blur();
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

describe("the clerk's day", () => {
  it('a new model row shows no red "chưa nhập" before anything is typed; leaving its name empty does', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await click(view.host.querySelector<HTMLButtonElement>('#tab-B')!);
    await click(button(view.host, '+ Thêm mô hình, sáng kiến'));
    const name = byLabel(view.host, 'B01 Tên mô hình, sáng kiến, dòng 1');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(redMessages(view.host).filter((m) => m.includes('chưa nhập'))).toEqual([]);
    expect(view.host.querySelector('#tab-B .badge.error')).toBeNull();

    await blur(name);
    await settle();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(redMessages(view.host).some((m) => m.includes('chưa nhập "Tên mô hình, sáng kiến"'))).toBe(true);
  });

  it('typing in another box of a new row shows what is still missing in it', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await click(view.host.querySelector<HTMLButtonElement>('#tab-B')!);
    await click(button(view.host, '+ Thêm mô hình, sáng kiến'));
    await type(byLabel(view.host, 'B06 Kết quả, hiệu quả, dòng 1'), 'Một dòng mô tả');
    await settle();
    expect(byLabel(view.host, 'B01 Tên mô hình, sáng kiến, dòng 1').getAttribute('aria-invalid')).toBe(
      'true',
    );
  });

  it('"Đã lưu lúc …" says plainly that boxes with an invalid entry are not saved yet', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await type(byLabel(view.host, 'A02 Hồ sơ kỳ trước chuyển qua'), '12');
    await type(byLabel(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến'), '27,630');
    await settle(400);
    const status = view.host.querySelector('.save-status')!;
    expect(status.textContent).toMatch(
      /^Đã lưu lúc \d{2}:\d{2}:\d{2}, trừ 1 ô nhập sai \(viền đỏ\) chưa lưu$/u,
    );
    expect(status.className).toContain('save-partial');
    await type(byLabel(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến'), '27630');
    await settle(400);
    expect(status.textContent).toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/u);
  });

  it('a total or rate with parts not typed shows "—" or a partial sum, each with a visible reason', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const rowText = (code: string) =>
      [...view!.host.querySelectorAll('.indicator-table tbody tr')].find(
        (tr) => tr.querySelector('.col-code')!.textContent === code,
      )!;
    const note = (code: string) => rowText(code).querySelector('.missing-parts')?.textContent ?? '';
    const a07 = byLabel(view.host, 'A07 Tổng số hồ sơ tiếp nhận');
    const r01 = byLabel(view.host, 'R01 Tỷ lệ hồ sơ tiếp nhận trực tuyến');
    expect(a07.value).toBe('—');
    expect(note('A07')).toBe('Chưa tính được: chưa nhập A02, A03, A05, A06.');
    expect(r01.value).toBe('—');
    expect(note('R01')).toBe('Chưa tính được: chưa nhập A03, A05, A06.');

    await type(byLabel(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến'), '1684');
    expect(a07.value).toBe('1.684');
    expect(note('A07')).toBe('Mới cộng các ô đã nhập; chưa nhập A02, A05, A06.');
    expect(r01.value).toBe('—');
    expect(note('R01')).toBe('Chưa tính được: chưa nhập A05, A06.');

    for (const [label, value] of [
      ['A02 Hồ sơ kỳ trước chuyển qua', '12'],
      ['A05 Hồ sơ mới tiếp nhận trực tiếp', '1021'],
      ['A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích', '8'],
    ] as const) {
      await type(byLabel(view.host, label), value);
    }
    expect(a07.value).toBe('2.725');
    expect(note('A07')).toBe('');
    expect(r01.value).toBe('62,07%');
    expect(note('R01')).toBe('');
  });
});
