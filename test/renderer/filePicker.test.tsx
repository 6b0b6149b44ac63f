// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Dhis2Export } from '../../renderer/src/district/Dhis2Export';
import { ReceiptImport } from '../../renderer/src/form/ReceiptImport';
import { FormPackagesPanel } from '../../renderer/src/settings/FormPackagesPanel';
import { UnitImport } from '../../renderer/src/settings/UnitImport';
import { installFakeApi, mount, type Mounted } from './dom';

installFakeApi();
let view: Mounted | undefined;
afterEach(() => view?.unmount());

/** A native file box is shown with the browser's own words unless it is hidden. */
function shownFileInputs(host: HTMLElement): HTMLInputElement[] {
  return [...host.querySelectorAll<HTMLInputElement>('input[type=file]')].filter(
    (input) => !input.hidden && !input.classList.contains('visually-hidden'),
  );
}

/** The Vietnamese name a person (or screen reader) gets for the hidden input. */
function nameOf(input: HTMLInputElement): string {
  return (input.getAttribute('aria-label') ?? input.closest('label')?.textContent ?? '').trim();
}

describe('file choosers speak Vietnamese only', () => {
  it.each([
    ['DHIS2 panel on the district screen', () => <Dhis2Export period="2023" disabled={false} />],
    ['unit list import in Cài đặt', () => <UnitImport onUnitsChange={() => {}} />],
    ['receipt import beside the export buttons', () => <ReceiptImport unitCode="TH03" period="2023" />],
    ['form package install in Cài đặt', () => <FormPackagesPanel onInstalled={() => {}} />],
  ])('%s hides the native box behind a Vietnamese label', async (_name, render) => {
    view = await mount(render());
    const inputs = [...view.host.querySelectorAll<HTMLInputElement>('input[type=file]')];
    expect(inputs.length).toBeGreaterThan(0);
    expect(shownFileInputs(view.host)).toEqual([]);
    for (const input of inputs) expect(nameOf(input)).toMatch(/[ệểọạảấầắằặẩẫơưđ]/i);
    expect(view.host.textContent).not.toMatch(/Choose File|No file chosen|Browse/);
  });
});
