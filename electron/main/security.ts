/**
 * The Electron side's security, in one place: the one window is created here with its security
 * options written out literally (so @doyensec/electronegativity checks them statically, and the
 * tests check the very object handed to BrowserWindow); no navigation away from the app, no new
 * windows, no webviews, no permission prompts; which URLs are the app's own pages (trusted to
 * call the API) and which links may leave for the system browser (http/https only, through
 * openExternalSafely).
 */
import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type WebContents } from 'electron';

export function createSecureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preload: string,
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The page runs in Chromium's sandbox, in its own JavaScript world, without Node.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open a link in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      // PRELOAD_JS_CHECK asks for a review of every preload. Reviewed: electron/preload.ts exposes
      // exactly one function per API call and nothing generic (tested in security.test.ts).
      preload, // eng-disable PRELOAD_JS_CHECK
    },
  });
}

export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** The one way out of the app to the system browser: http and https links only. */
export async function openExternalSafely(url: string): Promise<void> {
  // Electronegativity's OPEN_EXTERNAL_JS_CHECK asks for a manual review of every openExternal call
  // with a non-literal argument. Reviewed: this is the only call (a lint rule forbids others) and
  // it runs only after isSafeExternalUrl, tested in test/electron/main/security.test.ts.
  if (isSafeExternalUrl(url)) await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}

export type { BrowserWindow };

/**
 * The one check for links that leave the app: only http and https, parsed, never substring-matched.
 * The text must also be written as an absolute http(s) URL with no spaces or control characters,
 * so the lenient URL parser never "repairs" something odd ("http:/x", " https://…") into a link.
 */
export function isSafeExternalUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (!/^https?:\/\/[^\s\u0000-\u001f\u007f\\]+$/iu.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A file: URL as comparable parts: the host, then each path segment decoded and in Unicode NFC,
 * a Windows drive letter in upper case. Chromium and Node's pathToFileURL may write the same
 * folder differently ("c:" or "C:", "%c3%a1" or "%C3%A1" or "á", a name typed in NFD), so URLs
 * are compared by what they name, never as strings. Undefined for anything that is not a plain
 * file path: a segment that decodes to a separator, "." or "..", or that does not decode at all.
 */
function filePathParts(url: string): string[] | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'file:') return undefined;
  const host = parsed.host.toLowerCase() === 'localhost' ? '' : parsed.host.toLowerCase();
  const parts = [host];
  const segments = parsed.pathname.split('/').slice(1);
  for (const [index, segment] of segments.entries()) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment).normalize('NFC');
    } catch {
      return undefined;
    }
    if (/[\\/]/u.test(decoded) || decoded === '.' || decoded === '..') return undefined;
    // The empty segment after a trailing slash names nothing; elsewhere ("a//b") it is refused.
    if (decoded === '') {
      if (index === segments.length - 1) break;
      return undefined;
    }
    parts.push(index === 0 && /^[a-z][:|]$/iu.test(decoded) ? decoded[0]!.toUpperCase() + ':' : decoded);
  }
  return parts;
}

/**
 * Whether a URL is one of the app's own pages: a file: URL naming a file inside the renderer's
 * folder (`rendererRoot`, the folder's own file: URL). Compared part by part (see filePathParts),
 * so neither "..", "%2e%2e", an encoded "/", a query nor another host can pass a prefix match,
 * and a folder named "Nguyễn Văn A", "Tổ #1" or "100%" is still the app's own.
 */
export function isAppUrl(url: string, rendererRoot: string): boolean {
  const root = filePathParts(rendererRoot);
  const target = filePathParts(url);
  if (!root || !target || target.length <= root.length) return false;
  return root.every((part, i) => target[i] === part);
}
