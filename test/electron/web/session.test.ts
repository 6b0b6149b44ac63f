/**
 * Browser mode's remembered session: the per-run #token is traded once for an HttpOnly,
 * SameSite=Strict cookie valid across restarts of the same data folder, rotated on demand, while
 * the bridge keeps loopback only, Host and Origin checks, and no token or secret in what it prints.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext, type ServiceContext } from '../../../electron/services/context';
import { TOKEN_HEADER, startWebServer, type WebServer } from '../../../electron/web/server';
import { SESSION_FILE, loadSessionSecret } from '../../../electron/web/session';

let dir: string;
let dataDir: string;
let staticDir: string;
let ctx: ServiceContext;
const servers: WebServer[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-session-'));
  dataDir = path.join(dir, 'data');
  staticDir = path.join(dir, 'www');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Báo cáo CCHC</title>');
  ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
});
afterAll(async () => {
  for (const s of servers) await s.close();
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function start(port = 0, rotate = false): Promise<WebServer> {
  const server = await startWebServer({
    ctx,
    staticDir,
    port,
    sessionSecret: loadSessionSecret(dataDir, { rotate }),
  });
  servers.push(server);
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  server: WebServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
        setHost: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An API call as the page makes it after a restart: no token, the cookie, its own Origin. */
function pageCall(server: WebServer, cookie: string, origin = `http://127.0.0.1:${server.port}`) {
  return request(server, {
    path: '/api/app.info',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
    body: '{}',
  });
}

async function signIn(server: WebServer): Promise<string> {
  const reply = await request(server, { path: '/session', headers: { [TOKEN_HEADER]: server.token } });
  expect(reply.status).toBe(200);
  const setCookie = reply.headers['set-cookie']![0]!;
  return setCookie.split(';')[0]!;
}

describe('browser mode: a remembered session per data folder', () => {
  it('trades the per-run token for an HttpOnly, SameSite=Strict cookie; a wrong token or a GET gets none', async () => {
    const server = await start();
    const wrong = await request(server, { path: '/session', headers: { [TOKEN_HEADER]: 'f'.repeat(48) } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect((await request(server, { method: 'GET', path: '/session' })).status).toBe(405);

    const reply = await request(server, { path: '/session', headers: { [TOKEN_HEADER]: server.token } });
    const cookie = reply.headers['set-cookie']![0]!;
    expect(cookie).toMatch(new RegExp(`^cchc_session_${server.port}=[0-9a-f]{64}; `, 'u'));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    // Neither the run token nor the data folder's secret travels in the cookie.
    const secret = fs.readFileSync(path.join(dataDir, SESSION_FILE), 'utf8').trim();
    expect(cookie).not.toContain(secret);
    expect(cookie).not.toContain(server.token);
  });

  it('works after a restart of the same data folder, without the token (a bookmark of the plain address)', async () => {
    const first = await start();
    const cookie = await signIn(first);
    const port = first.port;
    await first.close();
    const again = await start(port);
    expect(again.token).not.toBe(first.token);
    const reply = await pageCall(again, cookie);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
    // The old run's token, though, is gone.
    const stale = await request(again, {
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: first.token },
      body: '{}',
    });
    expect(stale.status).toBe(401);
  });

  it('keeps the Host and Origin checks: no Origin, another origin, another Host, or a forged cookie → refused', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const noOrigin = await request(server, {
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    });
    expect(noOrigin.status).toBe(401);
    expect((await pageCall(server, cookie, 'http://evil.example')).status).toBe(403);
    expect((await pageCall(server, cookie, `http://127.0.0.1:${server.port + 1}`)).status).toBe(403);
    const otherHost = await request(server, {
      path: '/api/app.info',
      headers: { Host: `evil.example:${server.port}`, 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    });
    expect(otherHost.status).toBe(421);
    const [name] = cookie.split('=');
    expect((await pageCall(server, `${name}=${'0'.repeat(64)}`)).status).toBe(401);
    expect((await pageCall(server, cookie.replace(/_\d+=/u, '_1='))).status).toBe(401);
  });

  it('a new session (--new-session) signs every browser out; the secret file is readable by this user only', async () => {
    const server = await start();
    const cookie = await signIn(server);
    const port = server.port;
    await server.close();
    const rotated = await start(port, true);
    expect((await pageCall(rotated, cookie)).status).toBe(401);
    expect((await pageCall(rotated, await signIn(rotated))).status).toBe(200);
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dataDir, SESSION_FILE)).mode & 0o077).toBe(0);
    }
  });
});
