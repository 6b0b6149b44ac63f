// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WordReportButton } from '../../../renderer/src/report/WordReportButton';
import { FakeApiError, button, click, installFakeApi, mount, type FakeApi, type Mounted } from '../dom';

const api: FakeApi = installFakeApi();
let mounted: Mounted | undefined;

beforeEach(() => {
  api.handlers = {};
  api.calls.length = 0;
  sessionStorage.clear();
  URL.createObjectURL ??= () => 'blob:x';
  URL.revokeObjectURL ??= () => {};
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const saved = {
  fileName: 'BaoCao_CCHC_2023_TH03_xa_Thong_Binh_20240325-0930.docx',
  savedPath: '/du-lieu/xuat-bao-cao/BaoCao_CCHC_2023_TH03_xa_Thong_Binh_20240325-0930.docx',
  base64: btoa('PK'),
  comparedWith: '2022',
};

describe('Xuất báo cáo Word', () => {
  it("a commune's report: saved where, compared with which period, what is left to write", async () => {
    api.handlers['report.exportWord'] = () => saved;
    mounted = await mount(<WordReportButton target={{ kind: 'own', unitCode: 'TH03', period: '2023' }} />);
    await click(button(mounted.host, 'Xuất báo cáo Word'));
    expect(api.calls.map((c) => c.channel)).toEqual(['report.exportWord']);
    expect(api.calls[0]!.args).toEqual({ unitCode: 'TH03', period: '2023' });
    const status = mounted.host.querySelector('[role=status]')!.textContent!;
    expect(status).toContain(saved.savedPath);
    expect(status).toContain('Có so sánh với Năm 2022.');
    expect(status).toContain('chỗ tô vàng');
    // Electron (window.cchc): the file is in its folder, not handed to a browser's downloads.
    expect(status).not.toContain('Tải xuống');
    expect(mounted.host.querySelector('a[download]')!.getAttribute('download')).toBe(saved.fileName);
  });

  it("the merging office's report; an error is shown as the API says it", async () => {
    api.handlers['district.exportWord'] = () => {
      throw new FakeApiError('Chưa có báo cáo nào được chấp nhận cho Năm 2023.', 'nothing-merged');
    };
    mounted = await mount(<WordReportButton target={{ kind: 'merged', period: '2023' }} />);
    await click(button(mounted.host, 'Xuất báo cáo Word'));
    expect(api.calls[0]!.args).toEqual({ period: '2023' });
    expect(mounted.host.querySelector('[role=alert]')!.textContent).toContain('Chưa có báo cáo nào');
    expect(mounted.host.querySelector('[role=status]')).toBeNull();
  });

  it("the merging office's report compared over fewer units than it merged says over how many", async () => {
    api.handlers['district.exportWord'] = () => ({
      ...saved,
      unitsMerged: 3,
      comparedUnits: { units: 1, of: 3 },
    });
    mounted = await mount(<WordReportButton target={{ kind: 'merged', period: '2023' }} />);
    await click(button(mounted.host, 'Xuất báo cáo Word'));
    const status = mounted.host.querySelector('[role=status]')!.textContent!;
    expect(status).toContain('Có so sánh với Năm 2022, trên 1/3 đơn vị có báo cáo cả hai kỳ');
    expect(status).not.toContain('Có so sánh với Năm 2022.');
  });
});
