// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { CURRENT_TEMPLATE } from '../../shared/template';
import { dataKey, fingerprint } from '../../renderer/src/form/draftStore';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import {
  FakeApiError,
  button,
  byLabel,
  click,
  installFakeApi,
  mount,
  queryByLabel,
  settle,
  type,
  type Mounted,
} from './dom';
import { storedReport } from './fake-report';

const api = installFakeApi();
let view: Mounted | undefined;
let saved: ReportData[];

beforeEach(() => {
  localStorage.clear();
  saved = [];
  api.calls.length = 0;
  api.handlers = {
    'report.open': () => storedReport({ ...emptyReportData(), counts: { A03: 1684, A05: 1021 } }),
    'report.save': ({ data }) => {
      saved.push(data);
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
  vi.useRealTimers();
});

const status = () => view!.host.querySelector('.save-status')!;

describe('the report form', () => {
  it('gives every input of every section an accessible label "code label", generated from the template', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    for (const section of CURRENT_TEMPLATE.sections) {
      await click(view.host.querySelector<HTMLButtonElement>(`#tab-${section.id}`)!);
      if (section.kind === 'indicators') {
        for (const i of section.indicators)
          expect(queryByLabel(view.host, `${i.code} ${i.label}`), `${i.code} ${i.label}`).not.toBeNull();
      } else {
        await click(button(view.host, `+ Thêm ${section.rowNoun}`));
        for (const c of section.columns) {
          expect(
            queryByLabel(view.host, `${c.code} ${c.label}, dòng 1`),
            `${c.code} ${c.label}, dòng 1`,
          ).not.toBeNull();
        }
      }
    }
    // No input without a name a screen reader can say.
    for (const input of view.host.querySelectorAll('input, select, textarea')) {
      const labelled =
        input.getAttribute('aria-label') || view.host.querySelector(`label[for="${input.id}"]`)?.textContent;
      expect(labelled, input.outerHTML).toBeTruthy();
    }
  });

  it('shows the opened figures grouped, totals live, and saves every change after a pause', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    expect(byLabel(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến').value).toBe('1.684');
    expect(byLabel(view.host, 'A07 Tổng số hồ sơ tiếp nhận').value).toBe('2.705');
    await type(byLabel(view.host, 'A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích'), '8');
    expect(byLabel(view.host, 'A07 Tổng số hồ sơ tiếp nhận').value).toBe('2.713');
    expect(byLabel(view.host, 'R01 Tỷ lệ hồ sơ tiếp nhận trực tuyến').value).toBe('62,07%');
    expect(status().textContent).toBe('Có thay đổi chưa lưu…');
    await settle(400);
    expect(saved.at(-1)?.counts).toMatchObject({ A03: 1684, A05: 1021, A06: 8 });
    expect(status().textContent).toMatch(/^Đã lưu lúc \d{2}:\d{2}:\d{2}$/u);
  });

  it('a failed save is loud, says why, and "Thử lại" saves once the cause is gone', async () => {
    let fail = true;
    api.handlers['report.save'] = ({ data }) => {
      if (fail) throw new Error('Không ghi được tệp dữ liệu: ổ đĩa đã đầy.');
      saved.push(data);
      return {
        revision: 2,
        savedAt: new Date().toISOString(),
        changed: true,
        fingerprint: reportFingerprint(data),
      };
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await type(byLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai'), '159');
    await settle(400);
    const alert = view.host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('CHƯA LƯU ĐƯỢC BÁO CÁO');
    expect(alert?.textContent).toContain('Không ghi được tệp dữ liệu: ổ đĩa đã đầy.');
    expect(saved).toHaveLength(0);

    fail = false;
    await click(button(view.host, 'Thử lại'));
    await settle();
    expect(saved.at(-1)?.counts.A01).toBe(159);
    expect(view.host.querySelector('[role="alert"]')).toBeNull();
    expect(status().textContent).toMatch(/^Đã lưu lúc/u);
  });

  it('a refused count is shown at its box and the last valid value is what gets saved', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const a05 = byLabel(view.host, 'A05 Hồ sơ mới tiếp nhận trực tiếp');
    await type(a05, '27,630');
    await type(byLabel(view.host, 'A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích'), '8');
    await settle(400);
    expect(a05.getAttribute('aria-invalid')).toBe('true');
    const message = view.host.querySelector(`#${a05.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).toContain('"27,630" có dấu phẩy');
    expect(saved.at(-1)?.counts).toMatchObject({ A05: 1021, A06: 8 });
    expect(saved.every((d) => d.counts.A05 === 1021)).toBe(true);
    expect(view.host.querySelector('.issue-list')!.textContent).toContain('A05');
  });

  it('export with an unsaved refused entry and a rule error: the banner counts the errors as the tab does', async () => {
    api.handlers['report.open'] = () => storedReport({ ...emptyReportData(), counts: { A03: 10, A04: 99 } });
    // The server sees only what was saved: the rule error, not the refused entry.
    api.handlers['workbook.exportReport'] = () => {
      throw new FakeApiError('Báo cáo còn 1 lỗi phải sửa trước khi xuất.', 'report-has-errors');
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await type(byLabel(view.host, 'A05 Hồ sơ mới tiếp nhận trực tiếp'), '27,630');
    await settle(400);
    const badges = [...view.host.querySelectorAll('.badge.error')].map((b) => b.textContent);
    expect(badges).toEqual(['2 lỗi']);
    await click(button(view.host, 'Xuất tệp Excel'));
    await settle(50);
    expect(view.host.textContent).toContain('Báo cáo còn 2 lỗi phải sửa');
    expect(api.calls.some((c) => c.channel === 'workbook.exportReport')).toBe(false);
  });

  it('says so when the report cannot be opened, and tries again', async () => {
    let attempts = 0;
    api.handlers['report.open'] = () => {
      attempts++;
      if (attempts === 1) throw new Error('Không có đơn vị mã "TH03" trong danh sách.');
      return storedReport();
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    expect(view.host.querySelector('[role="alert"]')!.textContent).toContain('Không mở được báo cáo');
    await click(button(view.host, 'Thử lại'));
    await settle();
    expect(queryByLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai')).not.toBeNull();
  });

  it('keeps figures a restarted server refused on this computer, and restores and saves them on reopening', async () => {
    let sessionGone = true;
    api.handlers['report.save'] = ({ data }) => {
      if (sessionGone) {
        throw new FakeApiError(
          'Phiên làm việc không hợp lệ. Hãy mở lại phần mềm từ đường dẫn mà phần mềm in ra.',
          'unauthorized',
        );
      }
      saved.push(data);
      return {
        revision: 1,
        savedAt: new Date().toISOString(),
        changed: true,
        fingerprint: reportFingerprint(data),
      };
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await type(byLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai'), '159');
    await type(byLabel(view.host, 'A02 Hồ sơ kỳ trước chuyển qua'), '12');
    await settle(400);
    const alert = view.host.querySelector('.save-failed')!;
    expect(alert.textContent).toContain('Hãy mở lại phần mềm từ đường dẫn mà phần mềm in ra');
    expect(alert.textContent).toContain('giữ trên máy tính này và sẽ tự khôi phục khi mở lại');
    // One instruction, not two that contradict each other; and no button that cannot help.
    expect(alert.textContent).not.toContain('đừng đóng cửa sổ này');
    expect(alert.querySelector('button')).toBeNull();
    view.unmount(); // its last save attempt is refused too
    view = undefined;
    await settle(20);

    // The clerk opens the app again (a new session): the figures come back and are saved.
    sessionGone = false;
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await settle(50);
    expect(byLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai').value).toBe('159');
    expect(byLabel(view.host, 'A02 Hồ sơ kỳ trước chuyển qua').value).toBe('12');
    expect(view.host.querySelector('[role="status"].form-notice')!.textContent).toContain(
      'Đã khôi phục số liệu chưa kịp lưu lần trước.',
    );
    expect(saved.at(-1)?.counts).toMatchObject({ A01: 159, A02: 12, A03: 1684, A05: 1021 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('cchc-draft'))).toEqual([]);

    // Opened once more, there is nothing to restore and no notice.
    view.unmount();
    api.handlers['report.open'] = () => storedReport(saved.at(-1));
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    expect(view.host.querySelector('.form-notice')).toBeNull();
  });

  it('a draft typed on other data (restored or saved elsewhere since) is dropped; drafts are per unit and period', async () => {
    const before = { ...emptyReportData(), counts: { A01: 4 } };
    const stored = { ...emptyReportData(), counts: { A01: 5 } };
    const draftOf = (data: ReportData, base: ReportData) =>
      JSON.stringify({ data, base: fingerprint(dataKey(base)), writtenAt: new Date().toISOString() });
    const key = 'cchc-draft:cchc-v1:TH03:2023';
    localStorage.setItem(key, draftOf({ ...before, counts: { A01: 99 } }, before));
    localStorage.setItem('cchc-draft:cchc-v1:TH04:2023', draftOf({ ...stored, counts: { A01: 77 } }, stored));
    api.handlers['report.open'] = () => storedReport(stored);
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    expect(byLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai').value).toBe('5');
    expect(view.host.querySelector('.form-notice')).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem('cchc-draft:cchc-v1:TH04:2023')).not.toBeNull();
    expect(saved).toEqual([]);
  });

  it('a model’s name (B01) is one line, its results (B06) several', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await click(view.host.querySelector<HTMLButtonElement>('#tab-B')!);
    await click(button(view.host, '+ Thêm mô hình, sáng kiến'));
    const name = byLabel<HTMLElement>(view.host, 'B01 Tên mô hình, sáng kiến, dòng 1');
    expect(name.tagName).toBe('INPUT');
    expect(name.getAttribute('type')).toBe('text');
    expect(byLabel<HTMLElement>(view.host, 'B06 Kết quả, hiệu quả, dòng 1').tagName).toBe('TEXTAREA');
  });

  it('a save that hangs is a failure after 8 seconds, loud, and is tried again', async () => {
    let hang = true;
    api.handlers['report.save'] = ({ data }) => {
      if (hang) return new Promise(() => {});
      saved.push(data);
      return {
        revision: 1,
        savedAt: new Date().toISOString(),
        changed: true,
        fingerprint: reportFingerprint(data),
      };
    };
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    vi.useFakeTimers();
    const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
    await type(byLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai'), '159');
    await wait(400);
    expect(status().textContent).toBe('Đang lưu…');
    await wait(7000);
    expect(view.host.querySelector('.banner.save-failed')).toBeNull();
    await wait(1000);
    const banner = view.host.querySelector('.banner.save-failed')!;
    expect(banner.textContent).toContain('CHƯA LƯU ĐƯỢC BÁO CÁO');
    expect(banner.textContent).toContain('không trả lời sau 8 giây');
    // The next attempt, once the app answers again, saves without the clerk doing anything.
    hang = false;
    await wait(4100);
    expect(saved.at(-1)?.counts.A01).toBe(159);
    expect(view.host.querySelector('.banner.save-failed')).toBeNull();
    expect(status().textContent).toMatch(/^Đã lưu lúc/u);
  });

  it('a click on an error of a total (A07) goes to the first count it is made of, not the read-only total', async () => {
    api.handlers['report.open'] = () =>
      storedReport({ ...emptyReportData(), counts: { A03: 1684, A05: 1021, A08: 1, A12: 1 } });
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const issue = [...view.host.querySelectorAll<HTMLButtonElement>('.issue-list .issue')].find((b) =>
      b.textContent?.includes('A07 (tổng số hồ sơ tiếp nhận) phải bằng'),
    )!;
    await click(issue);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('A02 Hồ sơ kỳ trước chuyển qua');
    expect(document.activeElement?.hasAttribute('readonly')).toBe(false);
  });

  it('models: focus stays on the moved card’s button, goes to the next card after a delete', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    await click(view.host.querySelector<HTMLButtonElement>('#tab-B')!);
    for (const name of ['Một', 'Hai', 'Ba']) {
      await click(button(view.host, '+ Thêm mô hình, sáng kiến'));
      const rows = view.host.querySelectorAll('.model-card').length;
      await type(byLabel(view.host, `B01 Tên mô hình, sáng kiến, dòng ${rows}`), name);
    }
    const focused = () => document.activeElement?.getAttribute('aria-label');
    const name = (row: number) => byLabel(view!.host, `B01 Tên mô hình, sáng kiến, dòng ${row}`).value;

    const down = button(view.host, 'Chuyển dòng 1 xuống dưới');
    down.focus();
    await click(down);
    expect(name(2)).toBe('Một');
    expect(focused()).toBe('Chuyển dòng 2 xuống dưới');
    await click(document.activeElement as HTMLButtonElement);
    expect(name(3)).toBe('Một');
    // The last card cannot go further down: its other move button.
    expect(focused()).toBe('Chuyển dòng 3 lên trên');
    await click(document.activeElement as HTMLButtonElement);
    expect(name(2)).toBe('Một');
    expect(focused()).toBe('Chuyển dòng 2 lên trên');

    // Delete the second card: focus on the card that took its place.
    await click(button(view.host, 'Xóa dòng 2'));
    await click(button(view.host, 'Xóa dòng này'));
    expect(name(2)).toBe('Ba');
    expect(focused()).toBe('Xóa dòng 2');
    // Delete the last card: focus on the one before it; changing one's mind keeps focus too.
    await click(button(view.host, 'Xóa dòng 2'));
    await click(button(view.host, 'Không xóa'));
    expect(focused()).toBe('Xóa dòng 2');
    await click(button(view.host, 'Xóa dòng 2'));
    await click(button(view.host, 'Xóa dòng này'));
    expect(focused()).toBe('Xóa dòng 1');
    await click(button(view.host, 'Xóa dòng 1'));
    await click(button(view.host, 'Xóa dòng này'));
    expect(document.activeElement?.textContent).toBe('+ Thêm mô hình, sáng kiến');
  });

  it('after a restore from a file the form shows the restored figures at once, says from which file, and never saves the old ones back', async () => {
    let stored: ReportData = { ...emptyReportData(), counts: { A03: 1684, A05: 1021 } };
    const fromFile: ReportData = { ...emptyReportData(), counts: { A03: 1500, A05: 1000 } };
    api.handlers['report.open'] = () => storedReport(stored);
    api.handlers['workbook.restorePreview'] = () => ({
      check: {
        fileName: 'CCHC_2023_TH03_r3.xlsx',
        sha256: 'a'.repeat(64),
        size: 2,
        verdict: 'accepted',
        problems: [],
        identity: {
          templateId: 'cchc',
          templateVersion: 1,
          unitCode: 'TH03',
          unitName: 'xã Thông Bình',
          period: '2023',
          revision: 3,
          origin: 'app',
        },
        data: fromFile,
      },
      canRestore: true,
      existing: { revision: 4, hasData: true, sameData: false },
    });
    api.handlers['workbook.restoreApply'] = () => {
      stored = fromFile;
      return { unitCode: 'TH03', period: '2023', revision: 4, changed: true };
    };
    // Another tab of the same report, open all along.
    const other = await mount(<ReportForm unitCode="TH03" period="2023" />);
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    // Typed just before: saved before the restore, never after it.
    await type(byLabel(view.host, 'A01 Số TTHC thuộc thẩm quyền được công khai'), '7');
    const input = view.host.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [new File(['PK'], 'CCHC_2023_TH03_r3.xlsx')],
    });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle(20);
    await click(button(view.host, 'Khôi phục'));
    await settle(50);
    expect(byLabel(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến').value).toBe('1.500');
    expect(byLabel(view.host, 'A07 Tổng số hồ sơ tiếp nhận').value).toBe('2.500');
    expect(view.host.querySelector('.form-notice')!.textContent).toContain(
      'Đã khôi phục số liệu từ tệp CCHC_2023_TH03_r3.xlsx.',
    );
    expect(view.host.textContent).not.toContain('Tải lại biểu mẫu');
    await settle(400);
    expect(saved.map((d) => d.counts.A01)).toEqual([7]);
    expect(stored).toBe(fromFile);
    // The other tab was told: it shows the restored figures, not the ones it opened with.
    expect(byLabel(other.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến').value).toBe('1.500');
    expect(other.host.querySelector('.form-notice')!.textContent).toContain(
      'Số liệu vừa được cập nhật từ cửa sổ khác',
    );
    other.unmount();
    expect(saved.map((d) => d.counts.A01)).toEqual([7]);
  });

  it('Người lập: a bad date or a phone with letters is an error named in the list and not counted as filled', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const tab = () => view!.host.querySelector<HTMLButtonElement>('#tab-preparer')!;
    await click(tab());
    await type(byLabel(view.host, 'Họ và tên người lập'), 'Nguyễn Thị Mỹ Hạnh');
    await type(byLabel(view.host, 'Số điện thoại'), '0277 385 abc');
    await type(byLabel(view.host, 'Ngày lập báo cáo'), '31/02/2024');
    expect(tab().textContent).toContain('1/4 đã nhập');
    expect(tab().textContent).toContain('2 lỗi');
    const list = [...view.host.querySelectorAll('.issue-list .issue-text')].map((e) => e.textContent);
    expect(list).toEqual([
      expect.stringMatching(/^Số điện thoại: chỉ gồm chữ số/u),
      expect.stringMatching(/^Ngày lập báo cáo: "31\/02\/2024" không phải ngày hợp lệ/u),
    ]);
    expect(byLabel(view.host, 'Số điện thoại').getAttribute('aria-invalid')).toBe('true');
    await type(byLabel(view.host, 'Số điện thoại'), '0277 3851 234');
    await type(byLabel(view.host, 'Ngày lập báo cáo'), '20/12/2023');
    expect(tab().textContent).toContain('3/4 đã nhập');
    expect(view.host.querySelector('.issue-list')).toBeNull();
  });

  it('a rate shown as "—" says why (hover and screen readers); a zero denominator is "không phát sinh"', async () => {
    api.handlers['report.open'] = () => storedReport(emptyReportData());
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const r01 = byLabel(view.host, 'R01 Tỷ lệ hồ sơ tiếp nhận trực tuyến');
    expect(r01.value).toBe('—');
    expect(r01.title).toBe('chưa đủ số liệu để tính');
    const describedBy = r01.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'chưa đủ số liệu để tính',
    );
    for (const code of ['A02 Hồ sơ kỳ trước chuyển qua', 'A03 Hồ sơ mới tiếp nhận trực tuyến']) {
      await type(byLabel(view.host, code), '0');
    }
    await type(byLabel(view.host, 'A05 Hồ sơ mới tiếp nhận trực tiếp'), '0');
    await type(byLabel(view.host, 'A06 Hồ sơ mới tiếp nhận qua dịch vụ bưu chính công ích'), '0');
    expect(r01.value).toBe('không phát sinh');
    expect(r01.hasAttribute('title')).toBe(false);
    expect(r01.hasAttribute('aria-describedby')).toBe(false);
    await type(byLabel(view.host, 'A03 Hồ sơ mới tiếp nhận trực tuyến'), '5');
    expect(r01.value).toBe('100,00%');
  });
});
