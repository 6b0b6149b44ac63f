/**
 * Electron hardening, tested under plain Node: the real 'electron' package throws without its
 * binary, so the few Electron objects the code touches are mocked.
 */
import { ESLint } from 'eslint';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '../../../shared/api/channels';
import { CONTENT_SECURITY_POLICY } from '../../../electron/web/server';

const electron = vi.hoisted(() => ({
  openExternal: vi.fn(async (_url: string) => undefined),
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true })),
}));

vi.mock('electron', () => ({
  BrowserWindow: class {
    static created: unknown[] = [];
    constructor(options: unknown) {
      (this.constructor as unknown as { created: unknown[] }).created.push(options);
    }
  },
  shell: { openExternal: electron.openExternal },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke },
}));

const { createSecureWindow, hardenWebContents, isAppUrl, isSafeExternalUrl, openExternalSafely } =
  await import('../../../electron/main/security');
const { BrowserWindow } = (await import('electron')) as unknown as { BrowserWindow: { created: unknown[] } };

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const APP_ROOT = 'file:///opt/B%C3%A1o%20c%C3%A1o%20CCHC/resources/app.asar/dist/renderer/';
const APP_PAGE = APP_ROOT + 'index.html';

beforeEach(() => {
  electron.openExternal.mockClear();
  electron.invoke.mockClear();
});

/** A WebContents stand-in: events, the window-open handler and the session's permission handlers. */
function fakeContents() {
  const emitter = new EventEmitter();
  const contents = {
    on: (name: string, listener: (...args: unknown[]) => void) => emitter.on(name, listener),
    windowOpenHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    },
    permissionRequest: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => boolean),
    session: {} as Record<string, unknown>,
  };
  contents.session = {
    setPermissionRequestHandler: (h: typeof contents.permissionRequest) => (contents.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof contents.permissionCheck) => (contents.permissionCheck = h),
  };
  /** Emits an event the way Electron does and says whether the listener prevented it. */
  const prevented = (name: string, ...args: unknown[]) => {
    let stopped = false;
    emitter.emit(name, { preventDefault: () => (stopped = true) }, ...args);
    return stopped;
  };
  return { contents, prevented };
}

describe('window options', () => {
  it('sandbox and context isolation on; no Node, no webview, no insecure content, no middle-click windows', () => {
    createSecureWindow({ width: 1366, height: 768, title: 'Báo cáo CCHC' }, '/app/preload.cjs');
    expect(BrowserWindow.created.at(-1)).toEqual({
      width: 1366,
      height: 768,
      title: 'Báo cáo CCHC',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        navigateOnDragDrop: false,
        spellcheck: false,
        preload: '/app/preload.cjs',
      },
    });
  });

  it('the caller cannot slip in its own webPreferences', () => {
    createSecureWindow({ webPreferences: { nodeIntegration: true } } as never, '/app/preload.cjs');
    const options = BrowserWindow.created.at(-1) as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences.nodeIntegration).toBe(false);
    expect(options.webPreferences.sandbox).toBe(true);
  });
});

describe('web contents hardening', () => {
  function hardened() {
    const fake = fakeContents();
    hardenWebContents(fake.contents as never, (url) => isAppUrl(url, APP_ROOT));
    return fake;
  }

  it('denies navigation and redirects away from the app', () => {
    const { prevented } = hardened();
    expect(prevented('will-navigate', APP_ROOT + 'index.html#/cai-dat')).toBe(false);
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:5180/',
      'file:///C:/Windows/System32/',
      'file:///opt/B%C3%A1o%20c%C3%A1o%20CCHC/resources/app.asar/dist/renderer/../../secret.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'chrome://settings',
    ]) {
      expect(prevented('will-navigate', url), url).toBe(true);
      expect(prevented('will-redirect', url), url).toBe(true);
    }
  });

  it('refuses every webview', () => {
    const { prevented } = hardened();
    expect(prevented('will-attach-webview', {}, { src: APP_PAGE })).toBe(true);
  });

  it('opens no new window; an http(s) link goes to the system browser, anything else nowhere', () => {
    const { contents } = hardened();
    expect(contents.windowOpenHandler!({ url: 'https://dichvucong.gov.vn/' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://dichvucong.gov.vn/');
    electron.openExternal.mockClear();
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'ms-msdt:/id', 'smb://host/share', APP_PAGE]) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('refuses every permission request and check', () => {
    const { contents } = hardened();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const answers: boolean[] = [];
      contents.permissionRequest!({}, permission, (ok) => answers.push(ok));
      expect(answers, permission).toEqual([false]);
      expect(contents.permissionCheck!({}, permission, APP_PAGE, {})).toBe(false);
    }
  });
});

describe('external links', () => {
  it('only http and https, parsed, through openExternalSafely', async () => {
    const allowed = ['https://dichvucong.gov.vn/p/home', 'http://example.vn/a?b=c#d', 'HTTPS://EXAMPLE.VN'];
    const refused = [
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'smb://10.0.0.1/share',
      'data:text/html,x',
      'vbscript:msgbox',
      'https://',
      'http:/relative',
      '//evil.example/x',
      'dichvucong.gov.vn',
      ' https://evil.example\u0000.vn',
      '',
    ];
    for (const url of allowed) expect(isSafeExternalUrl(url), url).toBe(true);
    for (const url of refused) expect(isSafeExternalUrl(url), url).toBe(false);
    for (const url of [...allowed, ...refused]) await openExternalSafely(url);
    expect(electron.openExternal.mock.calls.map((c) => c[0])).toEqual(allowed);
  });

  it('a lint rule forbids shell.openExternal anywhere else', async () => {
    const eslint = new ESLint({ cwd: root });
    const snippets = [
      "import { shell } from 'electron';\nvoid shell.openExternal('https://x.vn');\n",
      "import * as electron from 'electron';\nvoid electron.shell.openExternal('https://x.vn');\n",
      "import { shell } from 'electron';\nconst { openExternal } = shell;\nvoid openExternal('file:///etc');\n",
      "import { shell } from 'electron';\nvoid shell['openExternal']('https://x.vn');\n",
    ];
    for (const code of snippets) {
      const [result] = await eslint.lintText(code, { filePath: path.join(root, 'electron/main/other.ts') });
      const rules = result!.messages.map((m) => m.ruleId);
      expect(
        rules.some((r) => r === 'no-restricted-syntax' || r === 'no-restricted-properties'),
        code,
      ).toBe(true);
    }
    const [own] = await eslint.lintText(
      fs.readFileSync(path.join(root, 'electron/main/security.ts'), 'utf8'),
      {
        filePath: path.join(root, 'electron/main/security.ts'),
      },
    );
    expect(own!.messages.filter((m) => m.ruleId?.startsWith('no-restricted'))).toEqual([]);
  }, 30_000);
});

describe('app pages', () => {
  it('are file: URLs inside the renderer folder, nothing else', () => {
    expect(isAppUrl(APP_PAGE, APP_ROOT)).toBe(true);
    expect(isAppUrl(APP_ROOT + 'assets/index-abc.js?x=1#y', APP_ROOT)).toBe(true);
    // the same folder, encoded differently by Chromium
    expect(
      isAppUrl(
        'file:///opt/B%c3%a1o%20c%c3%a1o%20CCHC/resources/app.asar/dist/renderer/index.html',
        APP_ROOT,
      ),
    ).toBe(true);
    for (const url of [
      'file:///opt/B%C3%A1o%20c%C3%A1o%20CCHC/resources/app.asar/dist/renderer-evil/index.html',
      APP_ROOT + '%2e%2e/%2e%2e/package.json',
      APP_ROOT + '..%2f..%2fpackage.json',
      APP_ROOT + 'a%5c..%5c..%5cpackage.json',
      'file://evil-host/opt/B%C3%A1o%20c%C3%A1o%20CCHC/resources/app.asar/dist/renderer/index.html',
      'https://evil.example/dist/renderer/index.html',
      'not a url',
    ]) {
      expect(isAppUrl(url, APP_ROOT), url).toBe(false);
    }
  });
});

describe('app pages on a Windows PC, compared by parts', () => {
  // The installer puts the app under the user's own folder, named after the clerk: pathToFileURL
  // writes it one way, Chromium reports the page's URL another way.
  const enc = (text: string) => encodeURIComponent(text);
  const folders = ['Nguyễn Văn A', 'Tổ #1 xã', '100% xong', 'Phòng Nội vụ (2025)'];
  for (const user of folders) {
    const base = `/Users/${enc(user)}/AppData/Local/Programs/${enc('Báo cáo CCHC')}/resources/app.asar/dist/renderer/`;
    const root = `file:///C:${base}`;
    it(`the same page under "${user}" is trusted however it is written`, () => {
      const written = [
        `file:///C:${base}index.html`,
        `file:///c:${base}index.html`,
        `file:///c:${base.replace(/%[0-9A-F]{2}/gu, (e) => e.toLowerCase())}index.html`,
        // Unicode NFD (a name typed on a Mac keyboard or copied from a web page), encoded as is.
        `file:///C:${base.replace(enc(user), encodeURIComponent(user.normalize('NFD')))}index.html`,
        // Characters left unencoded, which the URL parser encodes itself.
        `file:///c:/Users/${user.replace(/[#%]/gu, encodeURIComponent)}/AppData/Local/Programs/Báo cáo CCHC/resources/app.asar/dist/renderer/index.html`,
        `file://localhost/C:${base}assets/index-abc.js`,
      ];
      for (const url of written) {
        expect(isAppUrl(url, root), url).toBe(true);
        // and the other way round: the root as Chromium might write it
        expect(
          isAppUrl(`file:///C:${base}index.html`, url.replace(/(index\.html|assets\/index-abc\.js)$/u, '')),
          url,
        ).toBe(true);
      }
    });
    it(`nothing outside the renderer folder under "${user}" is trusted`, () => {
      for (const url of [
        root,
        `file:///D:${base}index.html`,
        // Only the drive letter's case is ignored: another folder name is another folder.
        `file:///C:${base.replace('/Users/', '/USERS/')}index.html`,
        `file:///C:${base}..%2Findex.html`,
        `file:///C:${base}%2e%2e/%2e%2e/package.json`,
        `file:///C:${base}a%5C..%5C..%5Cpackage.json`,
        `file:///C:${base}a%2F..%2F..%2Fpackage.json`,
        `file:///C:${base}%E0%A4%A.js`,
        `file:///C:${base.replace('/renderer/', '/renderer%23/')}index.html`,
        `file:///C:${base.replace('/renderer/', '/renderer-evil/')}index.html`,
        `file://evil-host/C:${base}index.html`,
        `https://evil.example/C:${base}index.html`,
      ]) {
        expect(isAppUrl(url, root), url).toBe(false);
      }
    });
  }

  it('a folder named with "#" or "%" is matched by its name, not by a prefix of its encoding', () => {
    const root = `file:///C:/${enc('Tổ #1')}/renderer/`;
    expect(isAppUrl(`file:///C:/${enc('Tổ #1')}/renderer/index.html`, root)).toBe(true);
    expect(isAppUrl(`file:///C:/${enc('Tổ #12')}/renderer/index.html`, root)).toBe(false);
    expect(isAppUrl(`file:///C:/${enc('Tổ ')}/renderer/index.html`, root)).toBe(false);
    const percent = `file:///C:/${enc('100%')}/renderer/`;
    expect(isAppUrl(`file:///C:/100%25/renderer/index.html`, percent)).toBe(true);
    expect(isAppUrl(`file:///C:/100%2525/renderer/index.html`, percent)).toBe(false);
    expect(isAppUrl(`file:///C:/100%/renderer/index.html`, percent)).toBe(false);
  });
});

describe('preload', () => {
  it('exposes exactly the API calls, frozen, each invoking its own channel', async () => {
    await import('../../../electron/preload');
    const api = electron.exposed.get('cchc') as Record<string, (args: unknown) => Promise<unknown>>;
    expect([...electron.exposed.keys()]).toEqual(['cchc']);
    expect(Object.keys(api).sort()).toEqual([...API_CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['report.open']!({ unitCode: 'TH03', period: '2024' });
    expect(electron.invoke).toHaveBeenCalledWith('report.open', { unitCode: 'TH03', period: '2024' });
    expect('invoke' in api || 'send' in api || 'on' in api).toBe(false);
  });
});

describe('content security policy', () => {
  function directives(policy: string): Map<string, string[]> {
    return new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/u))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!.toLowerCase(), values]),
    );
  }

  function assertStrict(policy: string, where: string) {
    const d = directives(policy);
    expect(d.get('default-src'), where).toEqual(["'self'"]);
    expect(d.get('script-src'), where).toEqual(["'self'"]);
    expect(d.get('object-src'), where).toEqual(["'none'"]);
    expect(d.get('base-uri'), where).toEqual(["'none'"]);
    expect(d.get('form-action'), where).toEqual(["'none'"]);
    for (const [name, values] of d) {
      for (const value of values) {
        expect(value, `${where} ${name}`).not.toMatch(
          /unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/u,
        );
        // no remote sources: no scheme-qualified hosts, no wildcards, no http(s)/ws schemes
        expect(value, `${where} ${name}`).not.toMatch(/^(\*|https?:|wss?:|ftp:|file:)|:\/\/|\*/u);
        if (name !== 'style-src') expect(value, `${where} ${name}`).not.toBe("'unsafe-inline'");
      }
    }
  }

  it('is strict in the page (Electron) and in the browser-mode server', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/iu.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    assertStrict(meta![1]!, 'renderer/index.html');
    assertStrict(CONTENT_SECURITY_POLICY, 'electron/web/server.ts');
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
    // the same rules in both places (frame-ancestors only works as a header)
    const page = directives(meta![1]!);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      if (name !== 'frame-ancestors') expect(page.get(name), name).toEqual(values);
    }
  });

  it('has no inline script in the page', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
      expect(script[1]).toMatch(/\bsrc=/u);
      expect(script[2]!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/iu);
  });
});
