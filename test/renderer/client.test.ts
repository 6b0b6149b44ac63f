// @vitest-environment jsdom
/** The HTTP bridge of browser mode (no window.cchc in this file): tokens and time limits. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError, call } from '../../renderer/src/api/client';

interface Sent {
  url: string;
  token: string;
  signal: AbortSignal | undefined;
}
let sent: Sent[];
/** Tokens traded for the remembered session (POST /session). */
let sessions: string[];
/** What the fake server does with the next request: answer, or never answer. */
let respond: 'ok' | 'hang';

beforeEach(() => {
  sent = [];
  sessions = [];
  respond = 'ok';
  window.location.hash = '#token=abc123';
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const signal = init.signal ?? undefined;
    if (url === '/session') {
      sessions.push((init.headers as Record<string, string>)['X-CCHC-Token']!);
      return Promise.resolve(new Response(JSON.stringify({ ok: true, value: null })));
    }
    sent.push({ url, token: (init.headers as Record<string, string>)['X-CCHC-Token']!, signal });
    if (respond === 'hang') {
      return new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return Promise.resolve(new Response(JSON.stringify({ ok: true, value: { changed: true } })));
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the API client over HTTP', () => {
  it('a call that does not answer in time is aborted and fails with a message', async () => {
    vi.useFakeTimers();
    respond = 'hang';
    const result = call(
      'report.save',
      {
        unitCode: 'TH03',
        period: '2023',
        data: {
          counts: {},
          texts: {},
          models: [],
          preparer: { name: '', position: '', phone: '', preparedOn: '' },
        },
        base: 'x',
      },
      { timeoutMs: 8000 },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(7999);
    expect(sent[0]!.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).code).toBe('timeout');
    expect((error as ApiCallError).message).toContain('không trả lời sau 8 giây');
    expect(sent[0]!.signal!.aborted).toBe(true);
  });

  it('calls without a time limit wait; a new address pasted into the tab brings its token', async () => {
    await call('app.info', {});
    expect(sent[0]).toMatchObject({ url: '/api/app.info', token: 'abc123', signal: undefined });
    // Only the fragment changes: no reload, the page takes the new token.
    window.location.hash = '#token=def456';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await call('app.info', {});
    expect(sent[1]!.token).toBe('def456');
    expect(window.location.hash).toBe('');
    // Each address opened trades its token once for the data folder's remembered session.
    expect(sessions).toEqual(['def456']);
  });
});
