import type { ApiChannel } from '../../../shared/api/channels';
import type { ApiArgs, ApiError, ApiReply, ApiResult, CchcApi } from '../../../shared/api/contract';
import { apiMessages } from '../../../shared/i18n/vi/api';
import { ui } from '../../../shared/i18n/vi/ui';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    cchc?: CchcApi;
  }
}

/** An API call that failed, carrying the Vietnamese message to show. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }

  /** The API's error code ("unauthorized", "network"…), for callers that act on the kind of failure. */
  get code(): string {
    return this.error.code;
  }
}

const TOKEN_KEY = 'cchc-token';
const KEEPALIVE_MAX_BYTES = 60_000;

/** The token in the URL fragment, if any; it is then kept in session storage and removed from the URL. */
function tokenFromHash(): string | undefined {
  const match = /token=([0-9a-f]+)/u.exec(window.location.hash);
  if (!match) return undefined;
  sessionStorage.setItem(TOKEN_KEY, match[1]!);
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return match[1]!;
}

/** Sends one call; `signal` aborts it (only the HTTP bridge can; IPC calls are left to finish). */
type Send = (channel: ApiChannel, args: unknown, signal?: AbortSignal) => Promise<ApiReply<unknown>>;

/**
 * Trades the per-run token the page was opened with for the data folder's remembered session (an
 * HttpOnly cookie the server sets): the plain address, or a bookmark, then works after a restart.
 * A failure is harmless: the token still works for this run.
 */
function beginSession(token: string): Promise<void> {
  return fetch('/session', { method: 'POST', headers: { 'X-CCHC-Token': token } })
    .then(() => undefined)
    .catch(() => undefined);
}

/** The same contract over the loopback HTTP bridge (browser mode and tests). */
function httpSend(): Send {
  const fromHash = tokenFromHash();
  let token = fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  // Not awaited: this run's calls carry the token; the cookie serves the next page loads.
  if (fromHash) void beginSession(fromHash);
  // The server was restarted and the clerk pasted its new address into this tab: only the
  // fragment changes, so the page is not reloaded; the new token is used from now on (the
  // autosave's next attempt then succeeds).
  window.addEventListener('hashchange', () => {
    const fresh = tokenFromHash();
    if (fresh) {
      token = fresh;
      void beginSession(fresh);
    }
  });
  return async (channel, args, signal) => {
    try {
      const body = JSON.stringify(args ?? {});
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CCHC-Token': token },
        body,
        signal,
        // Lets the last autosave finish when the tab is closed; browsers cap keepalive bodies at 64 KiB.
        keepalive: new TextEncoder().encode(body).length < KEEPALIVE_MAX_BYTES,
      });
      return (await response.json()) as ApiReply<unknown>;
    } catch {
      return { ok: false, error: { code: 'network', message: apiMessages.networkFailed } };
    }
  };
}

function ipcSend(api: CchcApi): Send {
  return (channel, args) => (api[channel] as (a: unknown) => Promise<ApiReply<unknown>>)(args);
}

let transport: Send | undefined;

function getTransport(): Send {
  transport ??= window.cchc ? ipcSend(window.cchc) : httpSend();
  return transport;
}

export interface CallOptions {
  /**
   * Gives up after this many milliseconds (the HTTP request is aborted) and throws an
   * ApiCallError with code "timeout": a hung call then fails loudly instead of waiting forever.
   */
  timeoutMs?: number;
}

/** Calls the main process; resolves to the result or throws an ApiCallError with a message to show. */
export async function call<C extends ApiChannel>(
  channel: C,
  args: ApiArgs<C>,
  options: CallOptions = {},
): Promise<ApiResult<C>> {
  const send = getTransport();
  const { timeoutMs } = options;
  let reply: ApiReply<unknown>;
  if (timeoutMs === undefined) {
    reply = await send(channel, args);
  } else {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<ApiReply<unknown>>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({
          ok: false,
          error: { code: 'timeout', message: ui.callTimedOut(Math.round(timeoutMs / 1000)) },
        });
      }, timeoutMs);
    });
    try {
      reply = await Promise.race([send(channel, args, controller.signal), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
  if (!reply.ok) throw new ApiCallError(reply.error);
  return reply.value as ApiResult<C>;
}
