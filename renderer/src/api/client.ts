import { API_CHANNELS, type ApiChannel } from '../../../shared/api/channels';
import type { ApiArgs, ApiError, ApiReply, ApiResult, CchcApi } from '../../../shared/api/contract';
import { apiMessages } from '../../../shared/i18n/vi/api';

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

/** The per-run token of browser mode: from the URL fragment once, then from session storage. */
function browserToken(): string {
  return tokenFromHash() ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The same contract over the loopback HTTP bridge (browser mode and tests). */
function httpApi(): CchcApi {
  let token = browserToken();
  // The server was restarted and the clerk pasted its new address into this tab: only the
  // fragment changes, so the page is not reloaded; the new token is used from now on (the
  // autosave's next attempt then succeeds).
  window.addEventListener('hashchange', () => {
    token = tokenFromHash() ?? token;
  });
  const entries = API_CHANNELS.map((channel) => [
    channel,
    async (args: unknown): Promise<ApiReply<unknown>> => {
      try {
        const body = JSON.stringify(args ?? {});
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CCHC-Token': token },
          body,
          // Lets the last autosave finish when the tab is closed; browsers cap keepalive bodies at 64 KiB.
          keepalive: new TextEncoder().encode(body).length < KEEPALIVE_MAX_BYTES,
        });
        return (await response.json()) as ApiReply<unknown>;
      } catch {
        return { ok: false, error: { code: 'network', message: apiMessages.networkFailed } };
      }
    },
  ]);
  return Object.fromEntries(entries) as CchcApi;
}

let transport: CchcApi | undefined;

function getTransport(): CchcApi {
  transport ??= window.cchc ?? httpApi();
  return transport;
}

/** Calls the main process; resolves to the result or throws an ApiCallError with a message to show. */
export async function call<C extends ApiChannel>(channel: C, args: ApiArgs<C>): Promise<ApiResult<C>> {
  const fn = getTransport()[channel] as (a: ApiArgs<C>) => Promise<ApiReply<ApiResult<C>>>;
  const reply = await fn(args);
  if (!reply.ok) throw new ApiCallError(reply.error);
  return reply.value;
}
