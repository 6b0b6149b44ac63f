// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_TEMPLATE, indicatorSections, rowNumbers } from '../../shared/template';
import { ReportForm } from '../../renderer/src/form/ReportForm';
import { installFakeApi, mount, type Mounted } from './dom';
import { storedReport } from './fake-report';

const api = installFakeApi();
let view: Mounted | undefined;

beforeEach(() => {
  localStorage.clear();
  api.handlers = {
    'report.open': () => storedReport(),
  };
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** STT of every code as the screen shows it (first column of the indicator table). */
function screenNumbers(host: HTMLElement): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of host.querySelectorAll('.indicator-table tbody tr')) {
    map.set(row.querySelector('.col-code')!.textContent!, row.querySelector('.col-no')!.textContent!);
  }
  return map;
}

// The workbook side of the same assertion is test/electron/workbook/rowNumbers.test.ts: both
// compare with the shared rowNumbers and with the same literal STTs (A08 is 9, R01 is 8).
describe('one STT numbering for the screen and the workbook: the screen', () => {
  it('shows A08 as 9 and R01 as 8, and every numeric row of section A with its shared STT', async () => {
    view = await mount(<ReportForm unitCode="TH03" period="2023" />);
    const screen = screenNumbers(view.host);
    expect(screen.get('A08')).toBe('9');
    expect(screen.get('R01')).toBe('8');
    const sectionA = indicatorSections(CURRENT_TEMPLATE)[0]!;
    const shared = rowNumbers(sectionA);
    for (const indicator of sectionA.indicators) {
      expect(screen.get(indicator.code), indicator.code).toBe(String(shared.get(indicator.code)));
    }
  });
});
