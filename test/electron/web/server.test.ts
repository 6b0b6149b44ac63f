/**
 * The browser-mode bridge refuses everything but the page it serves: loopback only, the per-run
 * token on every call, Host and Origin checked (DNS rebinding), body size, JSON only, no path
 * traversal, unknown channels.
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';
import { MAX_BODY_BYTES, TOKEN_HEADER, startWebServer, type WebServer } from '../../../electron/web/server';
import { API_CHANNELS } from '../../../shared/api/channels';
import { apiMessages } from '../../../shared/i18n/vi/api';

let dir: string;
let ctx: ServiceContext;
let server: WebServer;
const SECRET = 'BÍ MẬT: không được lộ ra ngoài';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-web-'));
  const staticDir = path.join(dir, 'www');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Báo cáo CCHC</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dir, 'www-secret.txt'), SECRET);
  try {
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(staticDir, 'assets', 'link.txt'));
  } catch {
    // symlinks may be unavailable (Windows without rights): that case is simply not exercised
  }
  ctx = createServiceContext({ dataDir: path.join(dir, 'data'), mode: 'browser', background: false });
  server = await startWebServer({ ctx, staticDir });
});
afterAll(async () => {
  await server.close();
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: every header and the path are sent exactly as given. */
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  host?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: options.host ?? `127.0.0.1:${server.port}`, ...options.headers },
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

function api(channel: string, args: unknown, headers: Record<string, string> = {}, host?: string) {
  const body = typeof args === 'string' ? args : JSON.stringify(args);
  return request({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body,
    ...(host !== undefined ? { host } : {}),
  });
}

const errorOf = (reply: Reply) =>
  (JSON.parse(reply.body) as { ok: false; error: { code: string; message: string } }).error;

describe('browser-mode bridge', () => {
  it('listens on 127.0.0.1 only and prints a loopback URL with the token in the fragment', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/u);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address);
    for (const address of ['::1', ...others]) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: server.port });
        socket.once('connect', () => (socket.destroy(), resolve(false)));
        socket.once('error', () => resolve(true));
      });
      expect(refused, address).toBe(true);
    }
  });

  it('answers a call with the token', async () => {
    const reply = await api('app.info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('requires the token on every call: missing or wrong → 401', async () => {
    for (const channel of API_CHANNELS) {
      const missing = await request({
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(missing.status, channel).toBe(401);
      expect(errorOf(missing)).toEqual({ code: 'unauthorized', message: apiMessages.unauthorized });
    }
    for (const token of [
      '',
      'x',
      server.token.slice(0, -1),
      server.token + '0',
      server.token.toUpperCase(),
      `${server.token},${server.token}`,
    ]) {
      expect((await api('app.info', {}, { [TOKEN_HEADER]: token })).status, token).toBe(401);
    }
    const inQuery = await request({
      method: 'POST',
      path: `/api/app.info?token=${server.token}`,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(inQuery.status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      'evil.example',
      `127.0.0.1:${server.port + 1}`,
      `127.0.0.1.evil.example:${server.port}`,
      `[::1]:${server.port}`,
      '',
    ]) {
      const call = await api('app.info', {}, {}, host);
      expect(call.status, host).toBe(421);
      expect(errorOf(call).message).toBe(apiMessages.forbiddenOrigin);
      const page = await request({ path: '/', host });
      expect(page.status, host).toBe(421);
    }
    expect((await api('app.info', {}, {}, `localhost:${server.port}`)).status).toBe(200);
  });

  it('refuses a foreign Origin', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
      'file://',
    ]) {
      const reply = await api('app.info', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply)).toEqual({ code: 'bad-origin', message: apiMessages.forbiddenOrigin });
    }
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('limits the body size: 413', async () => {
    const declared = await request({
      method: 'POST',
      path: '/api/report.save',
      headers: {
        'Content-Type': 'application/json',
        [TOKEN_HEADER]: server.token,
        'Content-Length': MAX_BODY_BYTES + 1,
      },
      body: undefined,
    }).catch((e: Error) => e);
    expect(declared instanceof Error ? 'reset' : String(declared.status)).toMatch(/^(413|reset)$/u);
    if (!(declared instanceof Error)) expect(errorOf(declared).message).toBe(apiMessages.tooLarge);

    // streamed without a declared length
    const streamed = await new Promise<number | 'reset'>((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/report.save',
          headers: {
            'Content-Type': 'application/json',
            [TOKEN_HEADER]: server.token,
            'Transfer-Encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', () => resolve('reset'));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(String(streamed)).toMatch(/^(413|reset)$/u);
    // the server is still fine afterwards
    expect((await api('app.info', {})).status).toBe(200);
  });

  it('accepts JSON only', async () => {
    const text = await api('app.info', '{}', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    const form = await api('app.info', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const broken = await api('app.info', '{"a":');
    expect(broken.status).toBe(400);
    expect(errorOf(broken)).toEqual({ code: 'bad-arguments', message: apiMessages.badArguments });
    const notObject = await api('report.save', '"chuỗi"');
    expect(JSON.parse(notObject.body)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
  });

  it('answers calls with POST only', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const reply = await request({
        method,
        path: '/api/app.info',
        headers: { [TOKEN_HEADER]: server.token },
      });
      expect(reply.status, method).toBe(405);
    }
  });

  it('refuses unknown channels by name', async () => {
    for (const name of ['nope', 'report.save.x', '__proto__', '..%2F..%2Fetc', '', '%E0%A4%A']) {
      const reply = await api(name, {});
      expect([200, 400], name).toContain(reply.status);
      const error = errorOf(reply);
      expect(['unknown-call', 'bad-arguments'], name).toContain(error.code);
      expect(error.message).toMatch(/[ạảãáàăâđêôơư]/iu);
    }
  });

  it('serves its static files and nothing outside them', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Báo cáo CCHC');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets/link.txt',
      '/../www-secret.txt',
      `/${encodeURIComponent(path.join(dir, 'secret.txt'))}`,
      '//' + path.join(dir, 'secret.txt').replace(/^\//u, ''),
      '/index.html%00.js',
      '/%E0%A4%A',
      '/assets',
    ]) {
      const reply = await request({ path: p });
      expect([400, 404], p).toContain(reply.status);
      expect(reply.body, p).not.toContain(SECRET);
    }
  });
});
