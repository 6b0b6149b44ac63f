/**
 * Window hardening, in one place: no navigation away from the app, no new windows, no webviews,
 * no permission prompts. External links go only through openExternalSafely (http/https only).
 */
import { shell, type BrowserWindow, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../security/urls';

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

export async function openExternalSafely(url: string): Promise<void> {
  if (isSafeExternalUrl(url)) await shell.openExternal(url);
}

export function secureWindowOptions(preload: string) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
    preload,
  } as const satisfies Electron.WebPreferences;
}

export type { BrowserWindow };
