/**
 * Browser mode: the built renderer and the same API as Electron's IPC, over HTTP on 127.0.0.1.
 *
 * Security: the server binds to loopback only; every API call must carry the per-run random token
 * (given to the page in the URL fragment, which browsers never send to servers or in Referer);
 * Host must be this loopback address and port, and Origin, when sent, this server's own origin,
 * so a web page in another tab cannot reach it through DNS rebinding; bodies are size-limited
 * (413, then the connection is closed); only JSON is accepted; the static files are served from
 * one folder only (no "..", no symlink out of it), with a strict CSP. Tested one refusal at a time
 * in test/electron/web/server.test.ts.
 *
 * With a session secret (session.ts), POST /session with the per-run token sets an HttpOnly,
 * SameSite=Strict cookie that stays valid across restarts of the same data folder; an API call
 * then passes with that cookie instead of the token, and only with this server's Origin.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiReply } from '../../shared/api/contract';
import { apiMessages } from '../../shared/i18n/vi/api';
import { dispatch } from '../api/dispatch';
import { cookieValue, sessionCookieHeader, sessionCookieName, sessionCookieValue } from './session';
import type { ServiceContext } from '../services/context';

export const TOKEN_HEADER = 'x-cchc-token';
/** Large enough for a batch of workbooks sent as base64, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'application/json; charset=utf-8',
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, code: string, message: string) {
  send(res, status, JSON.stringify({ ok: false, error: { code, message } }));
}

/** decodeURIComponent that answers undefined for malformed input ("%E0%A4%A") instead of throwing. */
function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve('too-large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return; // already refused: the rest is drained, not kept
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokensEqual(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function startWebServer(options: {
  /** The API: a data folder's context, or a host that may be showing the recovery screen. */
  ctx?: ServiceContext;
  call?: (name: string, args: unknown) => Promise<ApiReply<unknown>>;
  staticDir: string;
  port?: number;
  token?: string;
  /**
   * The data folder's session secret (loadSessionSecret): enables the remembered session. A
   * function when it can change while running ("Đăng xuất mọi trình duyệt khác").
   */
  sessionSecret?: string | (() => string);
}): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const ctx = options.ctx;
  const callApi = options.call ?? ((name: string, args: unknown) => dispatch(ctx!, name, args));
  const staticDir = path.resolve(options.staticDir);
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', apiMessages.internal);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      sendError(res, 421, 'bad-host', apiMessages.forbiddenOrigin);
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      sendError(res, 403, 'bad-origin', apiMessages.forbiddenOrigin);
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const secret =
      typeof options.sessionSecret === 'function' ? options.sessionSecret() : options.sessionSecret;
    if (url.pathname === '/session' && secret) {
      // The page trades the per-run token it was opened with for the remembered session.
      if (req.method !== 'POST') {
        sendError(res, 405, 'method', apiMessages.badArguments);
        return;
      }
      if (!tokensEqual(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        sendError(res, 401, 'unauthorized', apiMessages.unauthorized);
        return;
      }
      res.setHeader('Set-Cookie', sessionCookieHeader(port, secret));
      send(res, 200, JSON.stringify({ ok: true, value: null }));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        sendError(res, 405, 'method', apiMessages.badArguments);
        return;
      }
      // The cookie counts only on a call this server's own page made (Origin sent and ours).
      const bySession =
        secret !== undefined &&
        origin !== undefined &&
        tokensEqual(cookieValue(req.headers.cookie, sessionCookieName(port)), sessionCookieValue(secret));
      if (!bySession && !tokensEqual(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        sendError(res, 401, 'unauthorized', apiMessages.unauthorized);
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        sendError(res, 415, 'bad-arguments', apiMessages.badArguments);
        return;
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === 'too-large') {
        // Answer, then close the connection rather than read the rest of an oversized body.
        res.setHeader('Connection', 'close');
        sendError(res, 413, 'too-large', apiMessages.tooLarge);
        res.once('finish', () => req.socket.destroy());
        return;
      }
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        sendError(res, 400, 'bad-arguments', apiMessages.badArguments);
        return;
      }
      const channel = decodePath(url.pathname.slice(5));
      if (channel === undefined) {
        sendError(res, 400, 'bad-arguments', apiMessages.badArguments);
        return;
      }
      const reply = await callApi(channel, args);
      // Every remembered session just ended: the browser that asked keeps one, with the new secret.
      if (channel === 'settings.signOutBrowsers' && reply.ok && options.sessionSecret) {
        const fresh =
          typeof options.sessionSecret === 'function' ? options.sessionSecret() : options.sessionSecret;
        res.setHeader('Set-Cookie', sessionCookieHeader(port, fresh));
      }
      send(res, 200, JSON.stringify(reply));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'method', apiMessages.badArguments);
      return;
    }
    serveStatic(url.pathname, res);
  }

  const realStaticDir = fs.existsSync(staticDir) ? fs.realpathSync(staticDir) : staticDir;
  const notFound = (res: http.ServerResponse) =>
    send(res, 404, apiMessages.notFound, 'text/plain; charset=utf-8');

  /**
   * A file of the static folder, or 404: the decoded path may not contain "..", a backslash or a
   * NUL, must resolve inside the folder, and so must its real path (no symlink out of it).
   */
  function serveStatic(pathname: string, res: http.ServerResponse) {
    const decoded = pathname === '/' ? 'index.html' : decodePath(pathname)?.replace(/^\/+/u, '');
    if (decoded === undefined || /(^|\/)\.\.(\/|$)|\\|\0/u.test(decoded)) {
      notFound(res);
      return;
    }
    const file = path.resolve(staticDir, decoded);
    if (!file.startsWith(staticDir + path.sep)) {
      notFound(res);
      return;
    }
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      notFound(res);
      return;
    }
    if (!real.startsWith(realStaticDir + path.sep) || !fs.statSync(real).isFile()) {
      notFound(res);
      return;
    }
    const type = CONTENT_TYPES[path.extname(real)] ?? 'application/octet-stream';
    send(res, 200, fs.readFileSync(real), type);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
