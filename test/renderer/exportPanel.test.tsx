// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RestorePreview, SavedWorkbook } from '../../shared/api/workbook-contract';
import { emptyReportData } from '../../shared/domain/report';
import { districtMessages } from '../../shared/i18n/vi/district';
import { ExportPanel } from '../../renderer/src/form/ExportPanel';
import {
  FakeApiError,
  button,
  click,
  installFakeApi,
  mount,
  settle,
  type FakeApi,
  type Mounted,
} from './dom';

// The client keeps the first transport it sees: install once, reset per test.
const api: FakeApi = installFakeApi();
let mounted: Mounted | undefined;
const reload = vi.fn();

beforeEach(() => {
  api.handlers = {};
  api.calls.length = 0;
  reload.mockReset();
  Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
  sessionStorage.clear();
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const saved: SavedWorkbook = {
  fileName: 'CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx',
  savedPath: '/du-lieu/xuat-bao-cao/CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx',
  revision: 3,
  base64: btoa('PK'),
  blankCounts: [],
};

function preview(overrides: Partial<RestorePreview> = {}): RestorePreview {
  return {
    check: {
      fileName: saved.fileName,
      sha256: 'a'.repeat(64),
      size: 2,
      verdict: 'warnings',
      problems: [{ level: 'warning', kind: 'checksum-mismatch', message: 'Số liệu đã được sửa bằng Excel.' }],
      identity: {
        templateId: 'cchc',
        templateVersion: 1,
        unitCode: 'TH03',
        unitName: 'xã Thông Bình',
        period: '2023',
        revision: 3,
        origin: 'app',
      },
      data: emptyReportData(),
    },
    canRestore: true,
    existing: { revision: 4, hasData: true, sameData: false },
    ...overrides,
  };
}

async function chooseFile(host: HTMLElement, content: string, name = 'CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx') {
  const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([content], name);
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle(20);
}

describe('export panel', () => {
  it('exports, shows where the file was saved, and opens its folder', async () => {
    api.handlers['workbook.exportReport'] = () => saved;
    api.handlers['workbook.openFolder'] = () => ({ opened: true, folder: '/du-lieu/xuat-bao-cao' });
    mounted = await mount(<ExportPanel unitCode="TH03" period="2023" />);
    await click(button(mounted.host, 'Xuất tệp Excel'));
    await settle();
    expect(api.calls[0]).toEqual({
      channel: 'workbook.exportReport',
      args: { unitCode: 'TH03', period: '2023' },
    });
    expect(mounted.host.textContent).toContain(
      'Đã lưu tệp CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx (lần xuất 3)',
    );
    expect(mounted.host.textContent).toContain(saved.savedPath);
    await click(button(mounted.host, 'Mở thư mục'));
    await settle();
    expect(api.calls[1]).toEqual({ channel: 'workbook.openFolder', args: { path: saved.savedPath } });
  });

  it('says which counts are blank after exporting, and only then', async () => {
    api.handlers['workbook.exportReport'] = () => saved;
    mounted = await mount(<ExportPanel unitCode="TH03" period="2023" />);
    await click(button(mounted.host, 'Xuất tệp Excel'));
    await settle();
    expect(mounted.host.textContent).not.toContain('chưa có số liệu');

    const codes = Array.from({ length: 12 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
    api.handlers['workbook.exportReport'] = () => ({ ...saved, blankCounts: codes });
    await click(button(mounted.host, 'Xuất tệp Excel'));
    await settle();
    const note = mounted.host.querySelector('.export-warning')!.textContent!;
    expect(note).toContain('12 chỉ tiêu chưa có số liệu (A01, A02, A03, A04, A05, A06, A07, A08, A09, A10 và 2 chỉ tiêu khác)');
    expect(note).toContain('không phát sinh thì nhập 0, rồi xuất lại');
  });

  it('shows why an export was refused', async () => {
    api.handlers['workbook.exportReport'] = () => {
      throw new FakeApiError('Báo cáo còn 1 lỗi phải sửa trước khi xuất.');
    };
    mounted = await mount(<ExportPanel unitCode="TH03" period="2023" />);
    await click(button(mounted.host, 'Xuất tệp Excel'));
    await settle();
    expect(mounted.host.querySelector('[role=alert]')!.textContent).toContain('còn 1 lỗi');
  });

  it('asks before a restore overwrites the data on this PC, then restores and hands the form the message', async () => {
    api.handlers['workbook.restorePreview'] = () => preview();
    api.handlers['workbook.restoreApply'] = () => ({
      unitCode: 'TH03',
      period: '2023',
      revision: 4,
      changed: true,
    });
    const restored = vi.fn();
    let flushed = 0;
    mounted = await mount(
      <ExportPanel
        unitCode="TH03"
        period="2023"
        beforeExport={async () => {
          flushed++;
          return true;
        }}
        onRestored={restored}
      />,
    );
    await chooseFile(mounted.host, 'PK-file');
    expect(api.calls[0]).toEqual({
      channel: 'workbook.restorePreview',
      args: { fileName: saved.fileName, base64: btoa('PK-file'), unitCode: 'TH03', period: '2023' },
    });
    const dialog = mounted.host.querySelector('[role=alertdialog]')!;
    expect(dialog.textContent).toContain('THAY THẾ toàn bộ số liệu');
    expect(dialog.textContent).toContain('Số liệu đã được sửa bằng Excel.');

    await click(button(mounted.host, 'Hủy'));
    expect(mounted.host.querySelector('[role=alertdialog]')).toBeNull();
    // Esc closes it too, from wherever the focus is inside it.
    await chooseFile(mounted.host, 'PK-file');
    const cancel = button(mounted.host, 'Hủy');
    expect(document.activeElement).toBe(cancel);
    await act(async () => {
      cancel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(mounted.host.querySelector('[role=alertdialog]')).toBeNull();
    expect(api.calls.map((c) => c.channel)).not.toContain('workbook.restoreApply');

    await chooseFile(mounted.host, 'PK-file');
    await click(button(mounted.host, 'Khôi phục'));
    await settle();
    expect(api.calls.at(-1)).toMatchObject({ channel: 'workbook.restoreApply', args: { confirm: true } });
    // Saves still on their way land before the restore, never after it.
    expect(flushed).toBe(1);
    expect(restored).toHaveBeenCalledExactlyOnceWith(
      'Đã khôi phục số liệu từ tệp CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx.',
    );
    expect(reload).not.toHaveBeenCalled();
  });

  it('lists the problems of a file that cannot be restored, with no way to apply it', async () => {
    api.handlers['workbook.restorePreview'] = () =>
      preview({
        canRestore: false,
        check: {
          ...preview().check,
          verdict: 'refused',
          problems: [{ level: 'error', kind: 'not-xlsx:pdf', message: 'Tệp "a.pdf": đây là tệp PDF.' }],
        },
      });
    mounted = await mount(<ExportPanel unitCode="TH03" period="2023" />);
    await chooseFile(mounted.host, '%PDF', 'a.pdf');
    const dialog = mounted.host.querySelector('[role=alertdialog]')!;
    expect(dialog.textContent).toContain('đây là tệp PDF');
    expect(() => button(mounted!.host, 'Khôi phục')).toThrow();
  });

  it('says when the file was checked without the safety limits (no worker could start)', async () => {
    const notice = districtMessages.checkedWithoutLimits(1.5, 256);
    api.handlers['workbook.restorePreview'] = () => preview({ notice });
    mounted = await mount(<ExportPanel unitCode="TH03" period="2023" />);
    await chooseFile(mounted.host, 'PK');
    expect(mounted.host.querySelector('[role=alertdialog]')!.textContent).toContain(notice);
  });
});
