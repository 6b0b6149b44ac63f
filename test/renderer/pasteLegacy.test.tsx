// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import { byLabel, click, installFakeApi, mount, type, type Mounted } from './dom';
import { savedReply, storedReport } from './fake-report';

const api = installFakeApi();
let view: Mounted | undefined;

beforeEach(() => {
  api.handlers = {
    'report.open': () => storedReport(),
    'report.save': ({ data }) => savedReply(data, 2),
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** A paste as the browser fires it, with the clipboard's plain text. */
async function paste(field: HTMLTextAreaElement | HTMLInputElement, text: string): Promise<boolean> {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  let kept = true;
  await act(async () => {
    field.focus();
    kept = field.dispatchEvent(event);
  });
  return kept;
}

describe('text pasted into the form', () => {
  it('TCVN3 text from an old document is converted to Unicode, with a notice showing it', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await click(view.host.querySelector<HTMLButtonElement>('#tab-E')!);
    const e01 = byLabel<HTMLTextAreaElement>(view.host, 'E01 Tồn tại, hạn chế');
    expect(await paste(e01, 'Hå s¬ trùc tuyÕn')).toBe(false);
    expect(e01.value).toBe('Hồ sơ trực tuyến');
    expect(view.host.textContent).toContain(
      'phông TCVN3 (.VnTime); đã chuyển sang Unicode: "Hồ sơ trực tuyến"',
    );
  });

  it('zero-width characters are dropped from a pasted name; Unicode text is pasted as it is', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await click(view.host.querySelector<HTMLButtonElement>('#tab-E')!);
    const e02 = byLabel<HTMLTextAreaElement>(view.host, 'E02 Đề xuất, kiến nghị');
    expect(await paste(e02, 'Mô\u200b hình')).toBe(false);
    expect(e02.value).toBe('Mô hình');
    expect(view.host.textContent).toContain('ký tự ẩn');
    // Plain Unicode: the browser pastes it (the event is not cancelled), no notice.
    expect(await paste(e02, 'Việt Nam')).toBe(true);
    expect(view.host.textContent).not.toContain('ký tự ẩn');
  });

  it('two cells copied from an Excel column are not pasted into one count (never 5.200); one cell is', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const a03 = byLabel<HTMLInputElement>(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến');
    const before = a03.value;
    expect(await paste(a03, '5\r\n200\r\n')).toBe(false);
    expect(a03.value).toBe(before);
    const refused = view.host.querySelector('[role=alert].field-msg')!.textContent!;
    expect(refused).toContain('Chưa dán: nội dung vừa sao chép có 2 ô ("5; 200")');
    expect(await paste(a03, '1\t2\t3')).toBe(false);
    // Typing in the box afterwards takes the notice away.
    await type(a03, '12');
    expect(view.host.textContent).not.toContain('Chưa dán');
    // A single cell, with the line break Excel adds after it, pastes as usual and the notice goes.
    expect(await paste(a03, '27630\r\n')).toBe(true);
    expect(view.host.textContent).not.toContain('Chưa dán');
  });
});
