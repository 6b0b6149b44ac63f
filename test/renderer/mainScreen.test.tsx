// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo, Report } from '../../shared/api/contract';
import { reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { DEFAULT_UNITS } from '../../shared/domain/units';
import { MainScreen } from '../../renderer/src/app/MainScreen';
import { button, byLabel, click, installFakeApi, mount, settle, type, type Mounted } from './dom';

const api = installFakeApi();
let view: Mounted | undefined;
const stored = new Map<string, ReportData>();

const info: AppInfo = {
  version: '0.1.0',
  mode: 'browser',
  dataDir: '/du-lieu',
  templateId: 'cchc',
  templateVersion: 1,
};

function report(period: string): Report {
  const data = stored.get(period) ?? emptyReportData();
  return {
    id: 1,
    unitCode: 'TH03',
    period,
    templateId: 'cchc',
    templateVersion: 1,
    data,
    fingerprint: reportFingerprint(data),
    revision: 1,
    exportedRevision: null,
    updatedAt: '',
  };
}

beforeEach(() => {
  localStorage.clear();
  stored.clear();
  stored.set('2023', { ...emptyReportData(), counts: { A05: 1021 } });
  api.calls.length = 0;
  api.handlers = {
    'report.open': ({ period }) => report(period),
    'report.save': ({ period, data }) => {
      stored.set(period, data);
      return {
        revision: 1,
        savedAt: new Date().toISOString(),
        changed: true,
        fingerprint: reportFingerprint(data),
      };
    },
    'units.list': () => [...DEFAULT_UNITS],
    'settings.save': (s) => s,
    'backups.list': () => ({ folder: '/du-lieu/sao-luu', backups: [] }),
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function open() {
  view = await mount(
    <MainScreen
      info={info}
      settings={{ unitCode: 'TH03', isMergingOffice: false, period: '2023' }}
      units={[...DEFAULT_UNITS]}
      onSettingsChange={() => {}}
      onUnitsChange={() => {}}
    />,
  );
}

const heading = () => view!.host.querySelector('h1.form-title')!.textContent;
const periodPicker = () => byLabel<HTMLSelectElement>(view!.host, 'Kỳ báo cáo');

describe('leaving the form', () => {
  it('while a count box holds an entry that is not a count, stays, says where, and takes the clerk there', async () => {
    await open();
    expect(heading()).toMatch(/Năm 2023$/u);
    const a05 = byLabel(view!.host, 'A05 Hồ sơ mới tiếp nhận trực tiếp');
    await type(a05, '27,630');
    await click(view!.host.querySelector<HTMLButtonElement>('#tab-C')!);

    await type(periodPicker(), '2022');
    await settle();
    expect(heading()).toMatch(/Năm 2023$/u);
    expect(periodPicker().value).toBe('2023');
    const alert = view!.host.querySelector('.leave-blocked[role="alert"]')!;
    expect(alert.textContent).toContain('ô A05 (Hồ sơ mới tiếp nhận trực tiếp) đang có "27,630"');
    expect(alert.textContent).toContain('sửa thành số đúng hoặc xóa trắng ô đó');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('A05 Hồ sơ mới tiếp nhận trực tiếp');
    // This period and its previous one (the "Kỳ trước" column), opened with the form; nothing since.
    expect(api.calls.filter((c) => c.channel === 'report.open')).toHaveLength(2);

    // Other views wait too.
    await click(button(view!.host, 'Cài đặt'));
    await settle();
    expect(heading()).toMatch(/Năm 2023$/u);

    // Fixed: the message goes, and the period changes after saving the figure.
    await type(byLabel(view!.host, 'A05 Hồ sơ mới tiếp nhận trực tiếp'), '27630');
    expect(view!.host.querySelector('.leave-blocked')).toBeNull();
    await type(periodPicker(), '2022');
    await settle(20);
    expect(heading()).toMatch(/Năm 2022$/u);
    expect(stored.get('2023')!.counts.A05).toBe(27630);
  });
});

describe('the chosen period', () => {
  it('opens on the period kept in the data folder (not in this browser) and keeps a new choice there', async () => {
    await open();
    expect(heading()).toMatch(/Năm 2023$/u);
    expect(localStorage.length).toBe(0);
    await type(periodPicker(), '2022');
    await settle(20);
    expect(heading()).toMatch(/Năm 2022$/u);
    const saved = api.calls.filter((c) => c.channel === 'settings.save').at(-1);
    expect(saved?.args).toEqual({ unitCode: 'TH03', isMergingOffice: false, period: '2022' });
    expect(localStorage.getItem('cchc-period')).toBeNull();
  });
});
