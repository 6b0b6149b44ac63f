/**
 * A stable browser-mode session per data folder: the secret lives in the data folder (readable by
 * this user only) and survives restarts; the browser keeps an HttpOnly, SameSite=Strict cookie
 * derived from it, set once after the page shows the per-run #token. A bookmark of the plain
 * address then works after every restart. `--new-session` makes a new secret: every browser must
 * open the printed address again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write';

export const SESSION_FILE = 'phien-trinh-duyet.key';
/** A year: the clerk's browser stays signed in to this data folder until the secret is rotated. */
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

/** The data folder's session secret; a new one when asked or when the file is missing or damaged. */
export function loadSessionSecret(dataDir: string, { rotate = false }: { rotate?: boolean } = {}): string {
  const file = path.join(dataDir, SESSION_FILE);
  if (!rotate) {
    try {
      const text = fs.readFileSync(file, 'utf8').trim();
      if (/^[0-9a-f]{64}$/u.test(text)) return text;
    } catch {
      // missing: made below
    }
  }
  const secret = crypto.randomBytes(32).toString('hex');
  writeFileAtomic(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/**
 * The cookie's name carries the port: browsers send a cookie of 127.0.0.1 to every port, and two
 * data folders served on two ports must not overwrite each other's session.
 */
export const sessionCookieName = (port: number) => `cchc_session_${port}`;

/** What the cookie holds: derived from the secret, so the file's content never travels. */
export function sessionCookieValue(secret: string): string {
  return crypto.createHmac('sha256', secret).update('cchc-browser-session-v1').digest('hex');
}

export function sessionCookieHeader(port: number, secret: string): string {
  return `${sessionCookieName(port)}=${sessionCookieValue(secret)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_SECONDS}`;
}

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
