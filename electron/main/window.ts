import { screen } from 'electron';
import { log } from '../log';
import { buildEditContextMenu, buildMenu, type MenuActions } from './menu';
import { createSecureWindow, type BrowserWindow } from './security';

/**
 * The one window, hardened (see security.ts), sized for old commune PCs, showing `pageUrl`.
 * "window loaded" in the support log is what the release workflow's launch test waits for.
 */
export function openMainWindow(pageUrl: string, preload: string, menuActions: MenuActions): BrowserWindow {
  // Old commune PCs have 1366×768 screens: fit the work area above the taskbar, maximised there.
  const workArea = screen.getPrimaryDisplay().workAreaSize;
  const fitsWorkArea = workArea.width > 1366 && workArea.height > 768;
  const window = createSecureWindow(
    {
      width: Math.min(1366, workArea.width),
      height: Math.min(768, workArea.height),
      minWidth: 1024,
      minHeight: 600,
      title: 'Báo cáo CCHC',
      show: false,
    },
    preload,
  );
  window.setMenu(buildMenu(menuActions));
  window.once('ready-to-show', () => {
    if (!fitsWorkArea) window.maximize();
    window.show();
  });
  window.webContents.on('did-finish-load', () => log('app', 'window loaded'));
  window.webContents.on('did-fail-load', (_event, code, description) =>
    log('app', `window failed to load: ${code} ${description}`),
  );
  window.webContents.on('context-menu', (_event, params) => {
    buildEditContextMenu({
      isEditable: params.isEditable,
      hasSelection: params.selectionText !== '',
    }).popup({ window });
  });
  void window.loadURL(pageUrl);
  return window;
}
