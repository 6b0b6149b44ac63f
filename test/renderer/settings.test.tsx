// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, Settings } from '../../shared/api/contract';
import { DEFAULT_UNITS, type Unit } from '../../shared/domain/units';
import { FirstRun } from '../../renderer/src/app/FirstRun';
import { SettingsView } from '../../renderer/src/settings/SettingsView';
import { button, click, installFakeApi, mount, settle, type, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;
let units: Unit[];

const info: AppInfo = {
  version: '0.1.0',
  mode: 'browser',
  dataDir: '/du-lieu',
  templateId: 'cchc',
  templateVersion: 1,
};

beforeEach(() => {
  units = DEFAULT_UNITS.map((u) => ({ ...u }));
  api.calls.length = 0;
  api.handlers = {
    'settings.save': (s) => s,
    'units.list': () => units.map((u) => ({ ...u })),
    'units.add': (u) => {
      if (units.some((x) => x.code === u.code)) throw new Error(`Đã có đơn vị mã "${u.code}". Dùng mã khác.`);
      const unit = { ...u, active: true };
      units.push(unit);
      return unit;
    },
    'units.rename': ({ code, name }) => {
      const unit = units.find((u) => u.code === code)!;
      unit.name = name;
      return unit;
    },
    'units.setActive': ({ code, active }) => {
      const unit = units.find((u) => u.code === code)!;
      unit.active = active;
      return unit;
    },
    'units.import': ({ units: list }) => ({ added: list.length, updated: 0 }),
    'backups.list': () => ({ folder: '/du-lieu/sao-luu', backups: [] }),
  };
});
afterEach(() => view?.unmount());

const field = <T extends HTMLElement>(label: string): T => {
  const found = [...view!.host.querySelectorAll('label')].find((l) =>
    l.textContent?.trim().startsWith(label),
  );
  const control = found?.htmlFor
    ? document.getElementById(found.htmlFor)
    : found?.querySelector('input, select, textarea');
  if (!control) throw new Error(`no field "${label}"`);
  return control as T;
};

describe('first run', () => {
  const setupApply = (result: Settings) => {
    api.handlers['setup.apply'] = () => ({ settings: result, units, added: 0 });
  };
  const lastSetup = () => api.calls.filter((c) => c.channel === 'setup.apply').at(-1)?.args;

  it('with units already in the list: asks for one, ticks "merging" for a district body', async () => {
    setupApply({ unitCode: 'TH03', isMergingOffice: false });
    let done: Settings | undefined;
    view = await mount(<FirstRun units={units} onDone={(s) => (done = s)} />);
    await click(button(view.host, 'Bắt đầu'));
    expect(view.host.querySelector('[role="alert"]')!.textContent).toBe('Hãy chọn đơn vị báo cáo.');

    const unit = field<HTMLSelectElement>('Đơn vị báo cáo');
    const merging = field<HTMLInputElement>('Đơn vị tổng hợp (huyện/tỉnh)');
    await type(unit, 'TH00');
    expect(merging.checked).toBe(true);
    await type(unit, 'TH03');
    expect(merging.checked).toBe(false);
    expect(unit.selectedOptions[0]!.textContent).toBe('xã Thông Bình (TH03)');
    await click(button(view.host, 'Bắt đầu'));
    await settle();
    expect(lastSetup()).toEqual({ choice: { kind: 'existing', unitCode: 'TH03' }, isMergingOffice: false });
    expect(done).toEqual({ unitCode: 'TH03', isMergingOffice: false });
  });

  it('with an empty list: the clerk types a name without diacritics and picks the commune', async () => {
    const hit = {
      code: '29938',
      name: 'Xã Tân Thành',
      provinceCode: '82',
      provinceName: 'Tỉnh Đồng Tháp',
      formerly: { name: 'Xã Thông Bình', districtName: 'Huyện Tân Hồng' },
    };
    api.handlers['catalog.search'] = ({ query }) => (query.includes('thong') ? [hit] : []);
    setupApply({ unitCode: '29938', isMergingOffice: false });
    view = await mount(<FirstRun units={[]} onDone={() => {}} />);
    // The sample district is offered, never preselected.
    expect(() => field('Đơn vị báo cáo')).toThrow();
    await click(button(view.host, 'Bắt đầu'));
    expect(view.host.querySelector('[role="alert"]')!.textContent).toBe(
      'Hãy gõ tên và chọn một xã, phường trong kết quả tìm.',
    );

    await type(field<HTMLInputElement>('Tên xã, phường, đặc khu'), 'zz');
    await settle();
    expect(view.host.textContent).toContain('Không tìm thấy "zz"');
    await type(field<HTMLInputElement>('Tên xã, phường, đặc khu'), 'thong binh');
    await settle();
    const result = view.host.querySelector<HTMLButtonElement>('.commune-hits button')!;
    expect(result.textContent).toBe('Xã Tân ThànhTỉnh Đồng Thápgồm Xã Thông Bình cũ (Huyện Tân Hồng)');
    await click(result);
    expect(view.host.querySelector('[role="status"]')!.textContent).toBe(
      'Đã chọn: Xã Tân Thành, Tỉnh Đồng Tháp.',
    );
    await click(button(view.host, 'Bắt đầu'));
    await settle();
    expect(lastSetup()).toEqual({ choice: { kind: 'commune', code: '29938' }, isMergingOffice: false });
  });

  it('the sample district is an explicit choice', async () => {
    setupApply({ unitCode: 'TH01', isMergingOffice: false });
    view = await mount(<FirstRun units={[]} onDone={() => {}} />);
    const sample = [...view.host.querySelectorAll('label')].find((l) =>
      l.textContent!.startsWith('Dùng thử với dữ liệu mẫu'),
    )!;
    await click(sample.querySelector('input')!);
    await type(field<HTMLSelectElement>('Đơn vị mẫu'), 'TH01');
    await click(button(view.host, 'Bắt đầu'));
    await settle();
    expect(lastSetup()).toEqual({ choice: { kind: 'sample', unitCode: 'TH01' }, isMergingOffice: false });
  });
});

describe('settings: units', () => {
  async function open() {
    let settings: Settings = { unitCode: 'TH03', isMergingOffice: false };
    let shown = units;
    view = await mount(
      <SettingsView
        info={info}
        settings={settings}
        units={shown}
        onSettingsChange={(s) => (settings = s)}
        onUnitsChange={(u) => (shown = u)}
      />,
    );
    return { settings: () => settings, shown: () => shown };
  }

  it('adds a unit after checking its code, and reports a duplicate in Vietnamese', async () => {
    const state = await open();
    await type(field('Mã đơn vị'), 'TH 10');
    await type(field('Tên đơn vị'), 'xã Tân Long');
    await click(button(view!.host, 'Thêm đơn vị'));
    expect(view!.host.querySelector('.add-unit [role="alert"]')!.textContent).toMatch(/Mã đơn vị chỉ gồm/u);
    expect(api.calls.some((c) => c.channel === 'units.add')).toBe(false);

    await type(field('Mã đơn vị'), 'TH10');
    await click(button(view!.host, 'Thêm đơn vị'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.add')!.args).toEqual({
      code: 'TH10',
      name: 'xã Tân Long',
      level: 'xa',
    });
    expect(state.shown().map((u) => u.code)).toContain('TH10');

    await type(field('Mã đơn vị'), 'TH01');
    await type(field('Tên đơn vị'), 'trùng');
    await click(button(view!.host, 'Thêm đơn vị'));
    await settle();
    expect(view!.host.textContent).toContain('Đã có đơn vị mã "TH01". Dùng mã khác.');
  });

  it('renames a unit and stops using one, but never offers to delete, nor to stop this PC’s unit', async () => {
    const state = await open();
    const row = (code: string) =>
      [...view!.host.querySelectorAll('tbody tr')].find((tr) => tr.firstElementChild?.textContent === code)!;
    expect(row('TH03').textContent).toContain('Đơn vị của máy này');
    expect(row('TH03').textContent).not.toContain('Ngừng sử dụng');
    expect(view!.host.textContent).not.toMatch(/Xóa đơn vị/u);

    await click(button(row('TH02') as HTMLElement, 'Đổi tên'));
    const input = view!.host.querySelector<HTMLInputElement>('[aria-label="Tên mới của đơn vị TH02"]')!;
    await type(input, 'xã Tân Hộ Cơ (mới)');
    await click(button(row('TH02') as HTMLElement, 'Lưu'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.rename')!.args).toEqual({
      code: 'TH02',
      name: 'xã Tân Hộ Cơ (mới)',
    });

    await click(button(row('TH05') as HTMLElement, 'Ngừng sử dụng'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.setActive')!.args).toEqual({
      code: 'TH05',
      active: false,
    });
    expect(state.shown().find((u) => u.code === 'TH05')!.active).toBe(false);
  });

  it('refuses to rename a unit to an empty name, at the box, without asking the app', async () => {
    await open();
    const row = [...view!.host.querySelectorAll('tbody tr')].find(
      (tr) => tr.firstElementChild?.textContent === 'TH02',
    ) as HTMLElement;
    await click(button(row, 'Đổi tên'));
    const input = view!.host.querySelector<HTMLInputElement>('[aria-label="Tên mới của đơn vị TH02"]')!;
    await type(input, '   ');
    await click(button(row, 'Lưu'));
    await settle();
    expect(api.calls.some((c) => c.channel === 'units.rename')).toBe(false);
    expect(row.querySelector('[role="alert"]')!.textContent).toBe('Hãy nhập tên đơn vị.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(row.querySelector('[role="alert"]')!.id);
    await type(input, '  xã Tân Hộ Cơ  ');
    await click(button(row, 'Lưu'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.rename')!.args).toEqual({
      code: 'TH02',
      name: 'xã Tân Hộ Cơ',
    });
    expect(row.querySelector('[role="alert"]')).toBeNull();
  });

  it('imports a pasted list, refusing it first while a line is wrong', async () => {
    await open();
    const text = field<HTMLTextAreaElement>('Danh sách đơn vị (dán vào đây)');
    await type(text, 'TH10;xã Tân Long;xã\nTH11;xã Tân Long B;ấp');
    expect(view!.host.textContent).toContain('Dòng 2: cấp "ấp" không hợp lệ');
    expect(() => button(view!.host, /^Nhập \d+ đơn vị$/u)).toThrow();

    await type(text, 'Mã;Tên;Cấp\nTH10;xã Tân Long;xã\nDT00;UBND tỉnh Đồng Tháp;tỉnh');
    await click(button(view!.host, 'Nhập 2 đơn vị'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.import')!.args).toEqual({
      units: [
        { code: 'TH10', name: 'xã Tân Long', level: 'xa' },
        { code: 'DT00', name: 'UBND tỉnh Đồng Tháp', level: 'huyen' },
      ],
    });
    expect(view!.host.textContent).toContain('Đã nhập danh sách: thêm 2 đơn vị, cập nhật 0 đơn vị.');
  });

  it('saves which unit this PC reports for and the merging flag as soon as they change', async () => {
    const state = await open();
    expect(() => button(view!.host, 'Lưu cài đặt')).toThrow();
    await type(field<HTMLSelectElement>('Đơn vị báo cáo của máy này'), 'TH00');
    await settle();
    expect(state.settings()).toEqual({ unitCode: 'TH00', isMergingOffice: false });
    expect(view!.host.textContent).toContain('Đã lưu cài đặt.');
    await click(field<HTMLInputElement>('Đơn vị tổng hợp (huyện/tỉnh)'));
    await settle();
    expect(state.settings()).toEqual({ unitCode: 'TH00', isMergingOffice: true });
  });

  it('a change of this PC’s unit that cannot be saved goes back and says why', async () => {
    api.handlers['settings.save'] = () => {
      throw new Error('Không ghi được tệp dữ liệu.');
    };
    const state = await open();
    const select = field<HTMLSelectElement>('Đơn vị báo cáo của máy này');
    await type(select, 'TH00');
    await settle();
    expect(select.value).toBe('TH03');
    expect(state.settings()).toEqual({ unitCode: 'TH03', isMergingOffice: false });
    expect(view!.host.querySelector('.station-form [role="alert"]')!.textContent).toBe(
      'Không ghi được tệp dữ liệu.',
    );
  });

  it('upper-cases a new code, refuses a name another unit has, and clears "Đã thêm" after another action', async () => {
    await open();
    const row = (code: string) =>
      [...view!.host.querySelectorAll('tbody tr')].find(
        (tr) => tr.firstElementChild?.textContent === code,
      ) as HTMLElement;
    await type(field('Mã đơn vị'), 'th10');
    await type(field('Tên đơn vị'), '  XÃ  THÔNG BÌNH ');
    await click(button(view!.host, 'Thêm đơn vị'));
    await settle();
    expect(view!.host.querySelector('.add-unit [role="alert"]')!.textContent).toBe(
      'Đã có đơn vị tên "xã Thông Bình" (mã TH03). Hãy dùng tên khác để hai đơn vị không bị nhầm với nhau.',
    );
    expect(api.calls.some((c) => c.channel === 'units.add')).toBe(false);

    await type(field('Tên đơn vị'), 'xã Tân Long');
    expect(view!.host.querySelector('.add-unit [role="alert"]')).toBeNull();
    await click(button(view!.host, 'Thêm đơn vị'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.add')!.args).toMatchObject({ code: 'TH10' });
    expect(view!.host.textContent).toContain('Đã thêm xã Tân Long.');

    // Another action: the old message goes.
    await click(button(row('TH05'), 'Ngừng sử dụng'));
    await settle();
    expect(view!.host.textContent).not.toContain('Đã thêm xã Tân Long.');

    // Renaming to another unit's name is refused at the box.
    await click(button(row('TH02'), 'Đổi tên'));
    const input = view!.host.querySelector<HTMLInputElement>('[aria-label="Tên mới của đơn vị TH02"]')!;
    await type(input, 'xã thông bình');
    await click(button(row('TH02'), 'Lưu'));
    await settle();
    expect(row('TH02').querySelector('[role="alert"]')!.textContent).toMatch(
      /^Đã có đơn vị tên "xã Thông Bình" \(mã TH03\)/u,
    );
    expect(api.calls.some((c) => c.channel === 'units.rename')).toBe(false);
    // Its own name, differently typed, is fine.
    await type(input, 'XÃ TÂN HỘ CƠ');
    await click(button(row('TH02'), 'Lưu'));
    await settle();
    expect(api.calls.find((c) => c.channel === 'units.rename')!.args).toEqual({
      code: 'TH02',
      name: 'XÃ TÂN HỘ CƠ',
    });
  });

  it('names the unit in each row button for screen readers, and writes "xóa", never "xoá"', async () => {
    await open();
    const renames = [...view!.host.querySelectorAll('button')].filter((b) => b.textContent === 'Đổi tên');
    expect(renames).toHaveLength(units.length);
    expect(renames.map((b) => b.getAttribute('aria-label'))).toContain('Đổi tên xã Thông Bình (TH03)');
    expect(new Set(renames.map((b) => b.getAttribute('aria-label'))).size).toBe(units.length);
    expect(button(view!.host, 'Ngừng sử dụng xã Tân Hộ Cơ (TH02)')).toBeTruthy();
    await settle();
    expect(view!.host.textContent).not.toMatch(/xoá/iu);
  });
});
