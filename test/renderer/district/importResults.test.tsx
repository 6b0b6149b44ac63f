// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/api/district-contract';
import { districtMessages } from '../../../shared/i18n/vi/district';
import { ImportResults } from '../../../renderer/src/district/ImportResults';
import { mount, type Mounted } from '../dom';

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

const result = (fileName: string, notice?: string): ImportResult => ({
  fileName,
  verdict: 'accepted',
  problems: [],
  outcome: 'current',
  message: `Đã nhận ${fileName}`,
  ...(notice ? { notice } : {}),
});

describe('import results', () => {
  it('say once, as an alert, that the files were checked without the safety limits', async () => {
    const notice = districtMessages.checkedWithoutLimits(1.5, 256);
    mounted = await mount(
      <ImportResults results={[result('a.xlsx', notice), result('b.xlsx', notice)]} onClose={() => {}} />,
    );
    const alerts = [...mounted.host.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toEqual([notice]);
    expect(alerts[0]).toMatch(/không có giới hạn 1,5 giây và 256 MB cho mỗi tệp/u);
  });

  it('no alert when the files were checked with the limits', async () => {
    mounted = await mount(<ImportResults results={[result('a.xlsx')]} onClose={() => {}} />);
    expect(mounted.host.querySelectorAll('[role="alert"]')).toHaveLength(0);
    expect(mounted.host.textContent).toContain('Đã nhận a.xlsx');
  });
});
