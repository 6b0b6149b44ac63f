// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../renderer/src/App';
import type { RecoveryStatus } from '../../shared/api/recovery-contract';
import { DEFAULT_UNITS } from '../../shared/domain/units';
import { button, click, installFakeApi, mount, settle, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;
let needed: boolean;

const BACKUP = {
  fileName: 'cchc_2024-06-01_10-32-05_hang-ngay.sqlite',
  createdAt: new Date(2024, 5, 1, 10, 32, 5).toISOString(),
  reason: 'daily' as const,
  size: 65536,
  usable: true,
  units: 10,
  reports: 3,
  receivedFiles: 0,
  unitCode: 'TH03',
  lastSavedAt: new Date(2024, 5, 1, 9, 0, 0).toISOString(),
};

function status(): RecoveryStatus {
  return {
    needed,
    problem: needed ? 'empty' : null,
    databaseFile: '/du-lieu/bao-cao-cchc.sqlite',
    backupFolder: '/du-lieu/sao-luu',
    backups: needed
      ? [
          BACKUP,
          {
            ...BACKUP,
            fileName: 'cchc_2024-05-31_10-00-00_hang-ngay.sqlite',
            usable: false,
            units: null,
            reports: null,
          },
        ]
      : [],
  };
}

beforeEach(() => {
  needed = true;
  api.calls.length = 0;
  api.handlers = {
    'recovery.status': () => status(),
    'recovery.restore': () => {
      needed = false;
      return {
        restored: BACKUP,
        damagedKeptAs: '/du-lieu/hong/2024-06-02_08-00-00_bao-cao-cchc.sqlite',
      };
    },
    'app.info': () => ({
      version: '1.0.0',
      mode: 'browser',
      dataDir: '/du-lieu',
      templateId: 'cchc',
      templateVersion: 1,
    }),
    'settings.get': () => null,
    'units.list': () => [...DEFAULT_UNITS],
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('the recovery screen', () => {
  it('lists the backups with date and contents, restores the chosen one after a confirmation, then starts the app', async () => {
    view = await mount(<App />);
    const text = view.host.textContent!;
    expect(text).toContain('Dữ liệu của phần mềm cần được khôi phục');
    expect(text).toContain('Tệp dữ liệu /du-lieu/bao-cao-cchc.sqlite trống (0 byte)');
    expect(text).toContain('01/06/2024 10:32:05');
    expect(text).toContain('10 đơn vị, 3 báo cáo, máy của đơn vị TH03; lưu lần cuối 01/06/2024 09:00:00');
    expect(text).toContain('Bản sao lưu này bị hỏng, không dùng được');
    // No other call before the clerk has chosen: nothing is created over the damaged file.
    expect(api.calls.map((c) => c.channel)).toEqual(['recovery.status']);
    expect(view.host.querySelectorAll('button[aria-label^="Khôi phục bản này"]')).toHaveLength(1);

    await click(button(view.host, 'Khôi phục bản này 01/06/2024 10:32:05'));
    const dialog = view.host.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('không bị xóa');
    expect(api.calls.some((c) => c.channel === 'recovery.restore')).toBe(false);
    await click(button(view.host, 'Khôi phục'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'recovery.restore')?.args).toEqual({
      fileName: BACKUP.fileName,
      confirm: true,
    });
    expect(view.host.textContent).toContain('Tệp dữ liệu hỏng được giữ tại /du-lieu/hong/');
    await click(button(view.host, 'Mở phần mềm'));
    await settle();
    expect(view.host.textContent).not.toContain('cần được khôi phục');
    expect(api.calls.map((c) => c.channel)).toContain('units.list');
  });
});
