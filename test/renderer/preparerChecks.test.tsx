// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import { byLabel, click, installFakeApi, mount, type, type Mounted } from './dom';
import { savedReply, storedReport } from './fake-report';

const api = installFakeApi();
let view: Mounted | undefined;

beforeEach(() => {
  localStorage.clear();
  api.handlers = {
    'report.open': () => storedReport(),
    'report.save': ({ data }) => savedReply(data, 1),
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('Người lập: errors and warnings', () => {
  it('a phone of unusual length is a warning ("cảnh báo"), never "lỗi", and the box counts as filled', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const tab = () => view!.host.querySelector<HTMLButtonElement>('#tab-preparer')!;
    await click(tab());
    await type(byLabel(view.host, 'Số điện thoại'), '385 123');
    expect(tab().textContent).toContain('1 cảnh báo');
    expect(tab().textContent).not.toContain('lỗi');
    expect(tab().textContent).toContain('1/4 đã nhập');
    const items = [...view.host.querySelectorAll('.issue-list li')];
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toMatch(/Số điện thoại: có 6 chữ số.*vẫn xuất được/u);
    expect(items[0]!.querySelector('button')!.className).toBe('issue warning');
    expect(items[0]!.querySelector('.issue-level')!.textContent).not.toMatch(/lỗi/iu);
    // Letters in it: an error again, which stops the export.
    await type(byLabel(view.host, 'Số điện thoại'), '0277 3.123.456 abc');
    expect(tab().textContent).toContain('1 lỗi');
    expect(tab().textContent).not.toContain('cảnh báo');
  });
});
