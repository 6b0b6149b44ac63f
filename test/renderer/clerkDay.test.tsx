// @vitest-environment jsdom
// What a commune clerk's first week trips on (issue 12), each checked as the clerk would see it.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/api/contract';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import { button, byLabel, click, installFakeApi, mount, settle, type, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;

function report(data: ReportData = emptyReportData()): Report {
  return {
    id: 1,
    unitCode: 'TH03',
    period: '2023',
    templateId: 'cchc',
    templateVersion: 1,
    data,
    revision: 1,
    exportedRevision: null,
    updatedAt: '',
  };
}

beforeEach(() => {
  localStorage.clear();
  api.calls.length = 0;
  api.handlers = {
    'report.open': () => report(),
    'report.save': () => ({ revision: 2, savedAt: new Date().toISOString(), changed: true }),
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
    expect(byLabel(view.host, 'B01 Tên mô hình, sáng kiến, dòng 1').getAttribute('aria-invalid')).toBe('true');
  });
});
