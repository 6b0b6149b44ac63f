// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OldDistrictPicker, ProvincePicker } from '../../renderer/src/app/firstRun/MergingPicker';
import { FakeApiError, installFakeApi, mount, settle, type, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  api.handlers = {};
});

/** The drop-down under the visible field label (its <label> also holds the options' text). */
function select(host: HTMLElement, label: string): HTMLSelectElement {
  const field = [...host.querySelectorAll('label.field')].find(
    (l) => l.querySelector('.field-label')?.textContent === label,
  );
  const found = field?.querySelector('select');
  if (!found) throw new Error(`no drop-down "${label}"`);
  return found;
}
const options = (s: HTMLSelectElement) => [...s.options].map((o) => o.textContent);

/** The picker as the first-start screen holds it: the chosen code lives in the parent. */
function Holder({ picker }: { picker: 'province' | 'old' }) {
  const [code, setCode] = useState('');
  const Picker = picker === 'province' ? ProvincePicker : OldDistrictPicker;
  return (
    <>
      <Picker value={code} onChange={setCode} invalid={false} />
      <output>{code}</output>
    </>
  );
}

describe('merging office pickers on the first-start screen', () => {
  it('a province is chosen from the catalog and its commune count shown', async () => {
    api.handlers['catalog.provinces'] = () => [
      { code: '87', name: 'Tỉnh Đồng Tháp', communeCount: 102 },
      { code: '89', name: 'Tỉnh An Giang', communeCount: 1234 },
    ];
    view = await mount(<Holder picker="province" />);
    await settle();
    const province = select(view.host, 'Tỉnh, thành phố');
    expect(options(province)).toEqual(['— Chọn tỉnh, thành phố —', 'Tỉnh Đồng Tháp', 'Tỉnh An Giang']);
    await type(province, '89');
    expect(view.host.querySelector('output')?.textContent).toBe('89');
    expect(view.host.textContent).toContain('1.234 xã, phường của tỉnh');
  });

  it('an old district is offered only after its province, and changing the province clears it', async () => {
    api.handlers['catalog.oldDistricts'] = () => [
      { code: '869', name: 'Huyện Tân Hồng', provinceName: 'Tỉnh Đồng Tháp', communeCount: 9 },
      { code: '870', name: 'Huyện Hồng Ngự', provinceName: 'Tỉnh Đồng Tháp', communeCount: 11 },
      { code: '883', name: 'Huyện An Phú', provinceName: 'Tỉnh An Giang', communeCount: 14 },
    ];
    view = await mount(<Holder picker="old" />);
    await settle();
    const province = select(view.host, 'Tỉnh, thành phố');
    const district = select(view.host, 'Huyện, quận, thị xã, thành phố (trước 01/7/2025)');
    expect(options(province)).toEqual(['— Chọn tỉnh, thành phố —', 'Tỉnh Đồng Tháp', 'Tỉnh An Giang']);
    expect(district.disabled).toBe(true);
    await type(province, 'Tỉnh Đồng Tháp');
    expect(district.disabled).toBe(false);
    expect(options(district)).toEqual(['— Chọn huyện cũ —', 'Huyện Tân Hồng', 'Huyện Hồng Ngự']);
    await type(district, '869');
    expect(view.host.querySelector('output')?.textContent).toBe('869');
    expect(view.host.textContent).toContain('9 xã, phường, thị trấn cũ của huyện');
    await type(province, 'Tỉnh An Giang');
    expect(view.host.querySelector('output')?.textContent).toBe('');
    expect(options(district)).toEqual(['— Chọn huyện cũ —', 'Huyện An Phú']);
  });

  it('a catalog that cannot be read is said, not an empty list in silence', async () => {
    api.handlers['catalog.provinces'] = () => {
      throw new FakeApiError('tệp danh mục hỏng');
    };
    view = await mount(<Holder picker="province" />);
    await settle();
    expect(view.host.textContent).toContain('Không tải được danh mục đơn vị: tệp danh mục hỏng');
  });
});
