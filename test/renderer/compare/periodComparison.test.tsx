// @vitest-environment jsdom
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PeriodComparison } from '../../../renderer/src/compare/PeriodComparison';
import type { Comparison } from '../../../shared/api/compare-contract';
import { comparePeriods } from '../../../shared/compare/periods';
import { emptyReportData } from '../../../shared/domain/report';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { button, click, installFakeApi, mount, settle, type, type FakeApi, type Mounted } from '../dom';

const api: FakeApi = installFakeApi();
let mounted: Mounted | undefined;

beforeEach(() => {
  api.handlers = {};
  api.calls.length = 0;
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const counts: Record<string, Record<string, number>> = {
  '2023': { A02: 0, A03: 1_512, A05: 895, A06: 30 },
  '2022': { A02: 0, A03: 1_512, A05: 795, A06: 30 },
  '2021': { A02: 0, A03: 1_000, A05: 700, A06: 30 },
};
const held = (period: string) => ({
  period,
  source: 'received' as const,
  revision: 1,
  at: '2024-01-05T02:00:00Z',
});

/** The service's answer, made by the shared comparison from the figures above. */
function answer(args: { period: string; otherPeriod?: string | undefined }): Comparison {
  const other = args.otherPeriod ?? '2022';
  const data = (p: string) => (counts[p] ? { ...emptyReportData(), counts: counts[p] } : null);
  return {
    unit: { code: 'TH03', name: 'xã Thông Bình' },
    period: held(args.period),
    other: counts[other] ? held(other) : { period: other, source: null, revision: null, at: null },
    periods: ['2023', '2022', '2021'],
    sections: comparePeriods(CURRENT_TEMPLATE, data(args.period), data(other)),
  };
}

/** A screen with the button that opens the comparison, as the district table and the form have. */
function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Mở
      </button>
      {open && <PeriodComparison unitCode="TH03" period="2023" onClose={() => setOpen(false)} />}
    </>
  );
}

const cells = (host: HTMLElement, code: string) =>
  [...host.querySelectorAll(`tr[data-code="${code}"] td.col-num`)].map((td) => td.firstChild?.textContent);

describe('So sánh kỳ', () => {
  it('opens on the year before, focused on its title; another period is picked; closing returns focus', async () => {
    api.handlers['compare.periods'] = answer;
    mounted = await mount(<Opener />);
    const opener = button(mounted.host, 'Mở');
    opener.focus();
    await click(opener);
    await settle();
    expect(api.calls[0]).toEqual({ channel: 'compare.periods', args: { unitCode: 'TH03', period: '2023' } });
    expect(document.activeElement?.id).toBe('period-compare-title');
    expect(document.activeElement?.textContent).toBe('So sánh hai kỳ: xã Thông Bình');
    expect(cells(mounted.host, 'A07')).toEqual(['2.437', '2.337', '+100', '+4,3%']);

    const picker = mounted.host.querySelector<HTMLSelectElement>('.compare-pick select')!;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Năm 2022', 'Năm 2021']);
    await type(picker, '2021');
    await settle();
    expect(api.calls.at(-1)!.args).toEqual({ unitCode: 'TH03', period: '2023', otherPeriod: '2021' });
    expect(cells(mounted.host, 'A07')).toEqual(['2.437', '1.730', '+707', '+40,9%']);

    // Esc (the dialog's cancel) closes it and the keyboard is back on the button.
    const dialog = mounted.host.querySelector('dialog')!;
    act(() => void dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    await settle();
    expect(mounted.host.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);

    await click(opener);
    await settle();
    await click(button(mounted.host, 'Đóng'));
    expect(mounted.host.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('says when this PC holds no figures of the period compared with, and an error as the API says it', async () => {
    api.handlers['compare.periods'] = (args) => answer({ ...args, otherPeriod: '2020' });
    mounted = await mount(<Opener />);
    await click(button(mounted.host, 'Mở'));
    await settle();
    expect(mounted.host.querySelector('.compare-sources')!.textContent).toContain(
      'Chưa có số liệu Năm 2020 của đơn vị này trên máy.',
    );
    const picker = mounted.host.querySelector<HTMLSelectElement>('.compare-pick select')!;
    expect(picker.options[0]!.textContent).toBe('Năm 2020 (chưa có số liệu)');
    expect(mounted.host.querySelector('tr[data-code="A07"] .col-other')!.textContent).toBe(
      '—chưa có báo cáo',
    );
    mounted.unmount();

    api.handlers['compare.periods'] = () => {
      throw new Error('Không tìm thấy đơn vị TH03.');
    };
    mounted = await mount(<Opener />);
    await click(button(mounted.host, 'Mở'));
    await settle();
    expect(mounted.host.querySelector('[role=alert]')!.textContent).toContain('Không tìm thấy đơn vị TH03.');
  });
});
