/**
 * End-to-end harness: the browser-mode server as a child process (so a test can stop it and start
 * it again on the same data folder, as a clerk restarting the PC would), Debian's Chromium through
 * playwright-core, and screenshots under test-output/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
export const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with a clear message when the renderer was not built (npm test builds it first). */
export function requireBuiltRenderer(): void {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The renderer is not built: ${RENDERER_DIR}/index.html is missing. ` +
        'Run `npx vite build` (or `npm test`, which builds it) before the end-to-end tests.',
    );
  }
}

export function freshDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunningServer {
  /** The URL printed on the first stdout line, with the per-run token in its fragment. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Milliseconds from spawning the process to reading its URL. */
  startMs: number;
  /** performance.now() when the process was spawned. */
  spawnedAt: number;
  stop(): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now (for a server restarted on the same address). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npx tsx electron/web/server-main.ts --data-dir DIR --port N` (0: any free port; the same port
 * keeps the page's origin, and so its local storage, across a restart); resolves once it printed
 * its URL.
 */
export async function startServer(
  dataDir: string,
  {
    timeoutMs = 60_000,
    port = 0,
    extraArgs = [],
  }: { timeoutMs?: number; port?: number; extraArgs?: string[] } = {},
): Promise<RunningServer> {
  const spawnedAt = performance.now();
  // Documents inside the data folder: a test never writes into the real Documents folder.
  const documents = path.join(dataDir, 'Documents');
  const args = [
    'tsx',
    'electron/web/server-main.ts',
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--documents-dir',
    documents,
    ...extraArgs,
  ];
  const child = spawn('npx', args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stop() reaches npx, tsx and the server alike.
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      reject(new Error(`The server printed no URL within ${timeoutMs} ms.\n${stderr}`));
    }, timeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (code ${code}) before printing its URL.\n${stderr}`));
    });
  });
  if (!/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+$/u.test(url)) {
    await killGroup(child, exited);
    throw new Error(`The server's first line is not its URL: ${JSON.stringify(url)}\n${stderr}`);
  }
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: /token=([0-9a-f]+)/u.exec(parsed.hash)![1]!,
    dataDir,
    startMs: performance.now() - spawnedAt,
    spawnedAt,
    stop: () => killGroup(child, exited),
  };
}

async function killGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    signal('SIGKILL');
    await exited;
  }
}

/** Calls the API of a running server directly, to check what is really on disk. */
export async function apiCall<T>(server: RunningServer, channel: string, args: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CCHC-Token': server.token },
    body: JSON.stringify(args),
  });
  const reply = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value;
}

/**
 * First run through the API with the sample district (huyện Tân Hồng): a new data folder has no
 * unit until then, as a clerk's PC does.
 */
export function useSampleDistrict(server: RunningServer, unitCode: string, isMergingOffice: boolean) {
  return apiCall(server, 'setup.apply', { choice: { kind: 'sample', unitCode }, isMergingOffice });
}

/** Saves a report over whatever is stored (opens it first for the fingerprint a save carries). */
export async function saveReportOver(
  server: RunningServer,
  key: { unitCode: string; period: string },
  data: unknown,
): Promise<void> {
  const { fingerprint } = await apiCall<{ fingerprint: string }>(server, 'report.open', key);
  await apiCall(server, 'report.save', { ...key, data, base: fingerprint });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a throw-away profile and a 1366×768 window. */
export async function launchBrowser(
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium).`);
  }
  const profile = freshDir('cchc-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot of the window as test-output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The JavaScript errors a page threw, collected so a test can assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

// Expressions evaluated in the page are strings: this file is type-checked as Node code, without DOM types.

/** The accessible label (aria-label) of the focused element, or null. */
export function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(
    "document.activeElement ? document.activeElement.getAttribute('aria-label') : null",
  );
}

/** The width of the page's content: more than the window means a horizontal scroll bar. */
export function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/**
 * Installed with page.addInitScript: stamps (performance.now) every key pressed and every moment
 * the save status turns to "Đã lưu lúc …", so latency is measured in the page, not by polling.
 */
export const SAVE_TIMER_SCRIPT = `(() => {
  const times = { keys: [], saved: [] };
  window.__cchcTimes = times;
  document.addEventListener('keydown', () => times.keys.push(performance.now()), true);
  let wasSaved = false;
  new MutationObserver(() => {
    const status = document.querySelector('.save-status');
    const saved = !!status && status.dataset.state === 'saved';
    if (saved && !wasSaved) times.saved.push(performance.now());
    wasSaved = saved;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/** Milliseconds from each of the last `n` keys to the first "Đã lưu" after it (SAVE_TIMER_SCRIPT). */
export async function keyToSavedTimes(page: Page, n: number): Promise<number[]> {
  const { keys, saved } = await page.evaluate<{ keys: number[]; saved: number[] }>('window.__cchcTimes');
  return keys.slice(-n).map((key) => (saved.find((t) => t >= key) ?? Number.NaN) - key);
}

/** A fresh data folder, the app served from it, and Chromium: what most end-to-end files start with. */
export interface ServedApp {
  dataDir: string;
  server: RunningServer;
  browser: Browser;
  page: Page;
  pageErrors: string[];
}

export async function openServedApp(prefix: string): Promise<ServedApp> {
  requireBuiltRenderer();
  const dataDir = freshDir(prefix);
  const server = await startServer(dataDir);
  const browser = await launchBrowser();
  return { dataDir, server, browser, page: browser.page, pageErrors: collectPageErrors(browser.page) };
}

/** Closes what openServedApp opened (also a server restarted since), whatever part of it started. */
export async function closeServedApp(app: Partial<Pick<ServedApp, 'dataDir' | 'server' | 'browser'>>) {
  await app.browser?.close();
  await app.server?.stop();
  if (app.dataDir) fs.rmSync(app.dataDir, { recursive: true, force: true });
}
