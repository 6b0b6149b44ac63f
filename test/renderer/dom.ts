/** Small helpers for the renderer's component tests (jsdom): a fake API and typing like a person. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import type { ApiChannel } from '../../shared/api/channels';
import type { ApiArgs, ApiReply, ApiResult, CchcApi } from '../../shared/api/contract';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type FakeHandlers = {
  [C in ApiChannel]?: (args: ApiArgs<C>) => ApiResult<C> | Promise<ApiResult<C>>;
};

/** Error thrown by a fake handler: becomes an API error reply with this Vietnamese message (and code). */
export class FakeApiError extends Error {
  constructor(
    message: string,
    readonly code = 'fake',
  ) {
    super(message);
  }
}

export interface FakeApi {
  handlers: FakeHandlers;
  calls: { channel: ApiChannel; args: unknown }[];
}

/**
 * Installs window.cchc once (the client keeps the first transport it sees) and routes every call
 * to the handlers of the current test.
 */
export function installFakeApi(): FakeApi {
  const api: FakeApi = { handlers: {}, calls: [] };
  window.cchc = new Proxy({} as CchcApi, {
    get:
      (_target, channel: string) =>
      async (args: unknown): Promise<ApiReply<unknown>> => {
        api.calls.push({ channel: channel as ApiChannel, args });
        const handler = api.handlers[channel as ApiChannel] as ((a: unknown) => unknown) | undefined;
        if (!handler) return { ok: false, error: { code: 'unknown', message: `Không có ${channel}` } };
        try {
          return { ok: true, value: await handler(args) };
        } catch (error) {
          const code = error instanceof FakeApiError ? error.code : 'fake';
          return { ok: false, error: { code, message: (error as Error).message } };
        }
      },
  });
  return api;
}

export interface Mounted {
  host: HTMLDivElement;
  unmount(): void;
}

export async function mount(node: ReactNode): Promise<Mounted> {
  const host = document.createElement('div');
  document.body.append(host);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(host);
    root.render(node);
  });
  await settle();
  return {
    host,
    unmount: () => {
      act(() => root!.unmount());
      host.remove();
    },
  };
}

/** Lets promises and React updates finish. */
export const settle = (ms = 0) => act(async () => new Promise((r) => setTimeout(r, ms)));

/** The field labelled `label` (aria-label, or a <label>), or null when there is none. */
export function queryByLabel<T extends HTMLElement = HTMLInputElement>(
  host: HTMLElement,
  label: string,
): T | null {
  const found = host.querySelector<T>(`[aria-label="${label}"]`);
  if (found) return found;
  const viaLabel = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const control = viaLabel?.htmlFor
    ? host.ownerDocument.getElementById(viaLabel.htmlFor)
    : viaLabel?.querySelector('input, select, textarea');
  return (control as T | null | undefined) ?? null;
}

/** The field labelled `label`; throws when there is none. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(host: HTMLElement, label: string): T {
  const control = queryByLabel<T>(host, label);
  if (!control) throw new Error(`no field labelled "${label}"`);
  return control;
}

export function button(host: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) => {
    const text = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? text === name || b.textContent === name : name.test(text);
  });
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
}

/** Sets a field's value as typing does (React listens to the native input event). */
export async function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  await act(async () => {
    field.focus();
    setter.call(field, value);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) {
      field.setSelectionRange(value.length, value.length);
    }
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

export async function click(element: HTMLElement) {
  await act(async () => element.click());
}
