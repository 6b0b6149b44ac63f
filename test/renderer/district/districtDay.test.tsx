// @vitest-environment jsdom
// What a district clerk's day trips on (issue 12): the history panel, diffs in revision order, the
// reason of a file for another period on the unit's row, the office's own report.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/contract';
import { CompletenessTable } from '../../../renderer/src/district/CompletenessTable';
import { previousRevision } from '../../../renderer/src/district/revisionOrder';
import { UnitHistory } from '../../../renderer/src/district/UnitHistory';
import { button, click, installFakeApi, mount, type Mounted } from '../dom';

const api = installFakeApi();
let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

type History = ApiResult<'district.history'>;
function received(id: number, revision: number | null, status: History[number]['status'], at: string) {
  return {
    id,
    sha256: `h${id}`,
    fileName: `TH02_r${revision}.xlsx`,
    size: 1000,
    receivedAt: at,
    verdict: 'accepted' as const,
    problems: [],
    templateId: 'cchc',
    templateVersion: 1,
    unitCode: 'TH02',
    unitName: 'Xã Tân Thành A',
    period: '2023',
    revision,
    reportId: 1,
    origin: 'app' as const,
    status,
    relatedId: null,
    checkedPeriod: '2023',
  };
}

describe('district: history and diffs', () => {
  it('compares each revision with the one below it, whatever the order of arrival', () => {
    // Arrived r1, r3, then a late r2, then a refused r4.
    const files = [
      received(1, 1, 'superseded', '2023-12-10T01:00:00Z'),
      received(2, 3, 'current', '2023-12-11T01:00:00Z'),
      received(3, 2, 'older', '2023-12-12T01:00:00Z'),
      received(4, 4, 'refused', '2023-12-13T01:00:00Z'),
    ];
    expect(previousRevision(files, 0)).toBeUndefined();
    expect(previousRevision(files, 1)?.revision).toBe(2);
    expect(previousRevision(files, 2)?.revision).toBe(1);
    expect(previousRevision(files, 3)?.revision).toBe(3);
  });

  it('"Lịch sử" opens where the clerk sees it: focus on its title; "So sánh" asks r1→r2 and r2→r3', async () => {
    const files = [
      received(1, 1, 'superseded', '2023-12-10T01:00:00Z'),
      received(2, 3, 'current', '2023-12-11T01:00:00Z'),
      received(3, 2, 'older', '2023-12-12T01:00:00Z'),
    ];
    const asked: unknown[] = [];
    api.handlers = {
      'district.history': () => files,
      'district.diff': (args: { fromId: number; toId: number }) => {
        asked.push([args.fromId, args.toId]);
        const { ...from } = files.find((f) => f.id === args.fromId)!;
        const { ...to } = files.find((f) => f.id === args.toId)!;
        return { from, to, entries: [] };
      },
    };
    let scrolled = 0;
    HTMLElement.prototype.scrollIntoView = () => void scrolled++;
    view = await mount(
      <UnitHistory unitCode="TH02" unitName="Xã Tân Thành A" period="2023" onClose={() => {}} />,
    );
    expect(document.activeElement?.textContent).toBe('Các tệp đã nhận của Xã Tân Thành A');
    expect(scrolled).toBeGreaterThan(0);
    const compares = [...view.host.querySelectorAll<HTMLButtonElement>('.history-table button')].filter(
      (b) => b.textContent === 'So sánh với bản trước',
    );
    expect(compares).toHaveLength(2);
    for (const b of compares) await click(b);
    expect(asked).toEqual([
      [3, 2],
      [1, 3],
    ]);
    expect(view.host.querySelector('.diff h3')!.textContent).toBe('Thay đổi từ lần 1 sang lần 2');
  });
});

describe('district: the completeness table', () => {
  const unit = (code: string, name: string) => ({ code, name, level: 'xa' as const, active: true });
  const completeness: ApiResult<'district.completeness'> = {
    period: '2023',
    rows: [
      {
        unit: { ...unit('TH00', 'UBND huyện Tân Hồng'), level: 'huyen' },
        status: 'received',
        current: {
          id: 0,
          fileName: 'Nhập trên máy này (báo cáo của đơn vị tổng hợp)',
          receivedAt: '2023-12-10T01:00:00Z',
          revision: 4,
          verdict: 'accepted',
          problems: [],
          blankCounts: [],
        },
        refused: [],
        fileCount: 0,
        own: true,
      },
      {
        unit: unit('TH04', 'Xã Bình Phú'),
        status: 'missing',
        current: null,
        refused: [
          {
            id: 9,
            fileName: 'TH04_2024.xlsx',
            receivedAt: '2023-12-10T01:00:00Z',
            revision: 1,
            verdict: 'refused',
            problems: [
              {
                level: 'error',
                kind: 'period-mismatch',
                message: 'Tệp là báo cáo Năm 2024, không phải Năm 2023 đang tổng hợp.',
              },
            ],
            blankCounts: [],
          },
        ],
        fileCount: 0,
      },
    ],
    counts: { expected: 1, received: 0, warnings: 0, refused: 0, missing: 1, refusedFiles: 1 },
    unattributed: [],
  };

  it('a file for another period shows its reason on the unit’s row, which stays "Chưa nộp"', async () => {
    view = await mount(<CompletenessTable completeness={completeness} onHistory={() => {}} />);
    const row = view.host.querySelector('tr[data-unit="TH04"]')!;
    expect(row.querySelector('.status-badge')!.textContent).toBe('Chưa nộp');
    expect(row.querySelector('.problems')!.textContent).toContain('không phải Năm 2023');
  });

  it("the office's own report shows as typed on this computer, with no history button", async () => {
    view = await mount(<CompletenessTable completeness={completeness} onHistory={() => {}} />);
    const row = view.host.querySelector('tr[data-unit="TH00"]')!;
    expect(row.textContent).toContain('Nhập trên máy này');
    expect(row.querySelector('button')).toBeNull();
    expect(() => button(row as HTMLElement, 'Lịch sử')).toThrow();
  });
});
