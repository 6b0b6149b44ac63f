// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/api/contract';
import { ExportFolderSettings } from '../../renderer/src/settings/ExportFolderSettings';
import { button, click, installFakeApi, mount, settle, type, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;
afterEach(() => view?.unmount());

const DEFAULT = 'C:\\Users\\Hong\\Documents\\Báo cáo CCHC';

describe('settings: where exports are saved', () => {
  it('shows Documents\\Báo cáo CCHC, saves another folder, says why one is refused, and goes back', async () => {
    let settings: Settings = {
      unitCode: 'TH03',
      isMergingOffice: false,
      exportFolder: DEFAULT,
      defaultExportFolder: DEFAULT,
    };
    api.calls.length = 0;
    api.handlers = {
      'settings.save': (s) => {
        if (s.exportFolder === 'bao-cao')
          throw new Error('"bao-cao" không phải đường dẫn đầy đủ tới một thư mục.');
        return { ...s, exportFolder: s.exportFolder ?? DEFAULT, defaultExportFolder: DEFAULT };
      },
    };
    view = await mount(<ExportFolderSettings settings={settings} onSaved={(s) => (settings = s)} />);
    const input = view.host.querySelector<HTMLInputElement>('.export-folder input')!;
    expect(input.value).toBe(DEFAULT);
    expect(button(view.host, 'Về thư mục mặc định').disabled).toBe(true);

    await type(input, 'bao-cao');
    await click(button(view.host, 'Lưu thư mục'));
    await settle();
    expect(view.host.querySelector('[role="alert"]')!.textContent).toContain('không phải đường dẫn đầy đủ');

    await type(input, 'D:\\Gửi huyện');
    await click(button(view.host, 'Lưu thư mục'));
    await settle();
    expect(settings.exportFolder).toBe('D:\\Gửi huyện');
    expect(view.host.querySelector('[role="status"]')!.textContent).toBe(
      'Từ nay tệp xuất được lưu vào D:\\Gửi huyện.',
    );
    expect(api.calls.at(-1)!.args).toEqual({
      unitCode: 'TH03',
      isMergingOffice: false,
      exportFolder: 'D:\\Gửi huyện',
    });
  });
});
