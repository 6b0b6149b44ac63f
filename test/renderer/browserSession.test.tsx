// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/api/contract';
import { DEFAULT_UNITS } from '../../shared/domain/units';
import { SettingsView } from '../../renderer/src/settings/SettingsView';
import { FakeApiError, button, click, installFakeApi, mount, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;

const info = (mode: AppInfo['mode']): AppInfo => ({
  version: '0.1.0',
  mode,
  dataDir: '/du-lieu',
  templateId: 'cchc',
  templateVersion: 1,
});

beforeEach(() => {
  api.calls.length = 0;
  api.handlers = {
    'units.list': () => [...DEFAULT_UNITS],
    'backups.list': () => ({ folder: '/du-lieu/sao-luu', backups: [] }),
    'settings.signOutBrowsers': () => null,
  };
});
afterEach(() => view?.unmount());

const open = async (mode: AppInfo['mode']) => {
  view = await mount(
    <SettingsView
      info={info(mode)}
      settings={{ unitCode: 'TH03', isMergingOffice: false }}
      units={[...DEFAULT_UNITS]}
      onSettingsChange={() => {}}
      onUnitsChange={() => {}}
    />,
  );
  return view.host;
};
const signOutCalls = () => api.calls.filter((c) => c.channel === 'settings.signOutBrowsers');

describe('Cài đặt → Đăng xuất mọi trình duyệt khác', () => {
  it('asks first: "Không" changes nothing, "Đăng xuất" calls the API once and says it is done', async () => {
    const host = await open('browser');
    await click(button(host, 'Đăng xuất mọi trình duyệt khác'));
    expect(host.querySelector('[role=alertdialog]')?.textContent).toContain('đường dẫn được in ra');
    expect(signOutCalls()).toEqual([]);
    await click(button(host, 'Không'));
    expect(host.querySelector('[role=alertdialog]')).toBeNull();
    expect(signOutCalls()).toEqual([]);

    await click(button(host, 'Đăng xuất mọi trình duyệt khác'));
    await click(button(host, 'Đăng xuất'));
    expect(signOutCalls()).toEqual([{ channel: 'settings.signOutBrowsers', args: { confirm: true } }]);
    expect(host.querySelector('[role=status]')?.textContent).toBe(
      'Đã đăng xuất mọi trình duyệt khác. Trình duyệt này vẫn đăng nhập.',
    );
  });

  it('shows a refusal in Vietnamese', async () => {
    api.handlers['settings.signOutBrowsers'] = () => {
      throw new FakeApiError('Không ghi được khóa phiên vào thư mục dữ liệu.', 'io');
    };
    const host = await open('browser');
    await click(button(host, 'Đăng xuất mọi trình duyệt khác'));
    await click(button(host, 'Đăng xuất'));
    expect(host.querySelector('.browser-session-panel [role=alert]')?.textContent).toContain(
      'Không ghi được khóa phiên',
    );
  });

  it('is not offered in the desktop app (no browser sessions there)', async () => {
    const host = await open('electron');
    expect(host.textContent).not.toContain('Đăng xuất mọi trình duyệt');
  });
});
