// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CchcApi } from '../../shared/api/contract';
import type { BackupInfo } from '../../shared/domain/backups';
import { BackupsPanel } from '../../renderer/src/settings/BackupsPanel';
import { SupportPanel } from '../../renderer/src/settings/SupportPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const daily: BackupInfo = {
  fileName: 'cchc_2024-06-01_08-00-00_hang-ngay.sqlite',
  createdAt: new Date(2024, 5, 1, 8, 0, 0).toISOString(),
  reason: 'daily',
  size: 1_234_567,
};

let root: Root;
let host: HTMLDivElement;
let backups: BackupInfo[];
const calls: { channel: string; args: unknown }[] = [];

function fakeApi(): Partial<CchcApi> {
  const record = (channel: string, args: unknown) => calls.push({ channel, args });
  return {
    'backups.list': async (args) => (
      record('backups.list', args),
      { ok: true, value: { folder: '/du-lieu/sao-luu', backups } }
    ),
    'backups.create': async (args) => {
      record('backups.create', args);
      const made: BackupInfo = {
        ...daily,
        fileName: 'cchc_2024-06-01_10-32-05_thu-cong.sqlite',
        reason: 'manual',
        createdAt: new Date(2024, 5, 1, 10, 32, 5).toISOString(),
      };
      backups = [made, ...backups];
      return { ok: true, value: made };
    },
    'backups.restore': async (args) => {
      record('backups.restore', args);
      return {
        ok: true,
        value: {
          restored: daily,
          safetyBackup: {
            ...daily,
            fileName: 'cchc_2024-06-01_10-40-00_truoc-khoi-phuc.sqlite',
            reason: 'restore',
          },
        },
      };
    },
    'support.exportLog': async (args) => {
      record('support.exportLog', args);
      return {
        ok: true,
        value: { fileName: 'nhat-ky-cchc_2024-06-01_10-32.txt', contentBase64: btoa('log'), size: 3 },
      };
    },
  };
}

beforeEach(() => {
  backups = [daily];
  calls.length = 0;
  window.cchc = fakeApi() as CchcApi;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  delete window.cchc;
});

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const button = (name: string | RegExp) => {
  const found = [...host.querySelectorAll('button')].find((b) =>
    typeof name === 'string'
      ? b.textContent === name || b.getAttribute('aria-label') === name
      : name.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
};

describe('Settings → Sao lưu dữ liệu', () => {
  it('lists backups in Vietnamese formats and makes one on "Sao lưu ngay"', async () => {
    await act(async () => root.render(<BackupsPanel />));
    await flush();
    expect(host.textContent).toContain('Thư mục sao lưu: /du-lieu/sao-luu');
    const row = host.querySelector('tbody tr')!;
    expect(row.textContent).toContain('01/06/2024 08:00:00');
    expect(row.textContent).toContain('Hằng ngày');
    expect(row.textContent).toContain('1.206 KB');
    expect(host.textContent).toContain('Chuyển sang máy mới');

    await act(async () => button('Sao lưu ngay').click());
    await flush();
    expect(host.textContent).toContain('Đã sao lưu lúc 01/06/2024 10:32:05.');
    expect(host.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(host.textContent).toContain('Sao lưu thủ công');
  });

  it('restores only after the confirmation, and can be cancelled', async () => {
    await act(async () => root.render(<BackupsPanel />));
    await flush();
    await act(async () => button('Khôi phục 01/06/2024 08:00:00').click());
    expect(host.querySelector('[role="alertdialog"]')!.textContent).toContain(
      'Toàn bộ dữ liệu hiện tại sẽ được thay',
    );
    await act(async () => button('Huỷ').click());
    expect(host.querySelector('[role="alertdialog"]')).toBeNull();
    expect(calls.some((c) => c.channel === 'backups.restore')).toBe(false);

    await act(async () => button('Khôi phục 01/06/2024 08:00:00').click());
    await act(async () => button('Đồng ý khôi phục').click());
    await flush();
    expect(calls.find((c) => c.channel === 'backups.restore')!.args).toEqual({
      fileName: daily.fileName,
      confirm: true,
    });
    expect(host.querySelector('[role="status"]')!.textContent).toContain(
      'Đã khôi phục dữ liệu từ bản sao lưu lúc 01/06/2024 08:00:00',
    );
    expect(button('Tải lại')).toBeTruthy();
  });
});

describe('Settings → Hỗ trợ', () => {
  it('"Xuất nhật ký" downloads the log file', async () => {
    const created: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:nhat-ky');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    await act(async () => root.render(<SupportPanel />));
    await act(async () => button('Xuất nhật ký').click());
    await flush();
    expect(created).toEqual(['nhat-ky-cchc_2024-06-01_10-32.txt']);
    expect(host.textContent).toContain('Đã tạo tệp nhật ký "nhat-ky-cchc_2024-06-01_10-32.txt"');
    click.mockRestore();
  });
});
