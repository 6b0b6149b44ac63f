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
}

const TOKEN_KEY = 'cchc-token';
const KEEPALIVE_MAX_BYTES = 60_000;

/** The per-run token of browser mode: from the URL fragment once, then from session storage. */
function browserToken(): string {
  const match = /token=([0-9a-f]+)/u.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1]!;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The same contract over the loopback HTTP bridge (browser mode and tests). */
function httpApi(): CchcApi {
  const token = browserToken();
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
