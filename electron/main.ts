/**
 * Electron main process: thin glue. It opens the data folder, binds each API channel to the one
 * dispatcher (which validates every argument) and shows one hardened window. Everything it calls
 * is plain Node code, tested without Electron.
 */
import { app, dialog, ipcMain, screen, type BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { API_CHANNELS } from '../shared/api/channels';
import { menuLabels } from '../shared/i18n/vi/menu';
import { boundaryMessages } from '../shared/i18n/vi/trust';
import { dispatch } from './api/dispatch';
import { createServiceContext } from './app-context';
import { buildEditContextMenu, buildMenu, type MenuActions } from './main/menu';
import { chooseSavePath, exportLogWithDialog } from './main/support';
import { createSecureWindow, hardenWebContents } from './main/security';
import { APP_FOLDER_NAME, resolveDataDir } from './paths';
import { closeChecker } from './services/district';
import { isAppUrl } from './security/urls';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const rendererRoot = pathToFileURL(path.dirname(rendererIndex)).href + '/';

app.setName(APP_FOLDER_NAME);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | undefined;
  const menuActions: MenuActions = {};
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => isAppUrl(url, rendererRoot));
  });

  void app.whenReady().then(() => {
    try {
      const dataDir = resolveDataDir(process.argv, process.env);
      const ctx = createServiceContext({
        dataDir,
        mode: 'electron',
        appVersion: app.getVersion(),
        documentsDir: app.getPath('documents'),
      });
      ctx.chooseSavePath = (proposed) => chooseSavePath(window, proposed);
      for (const channel of API_CHANNELS) {
        ipcMain.handle(channel, (event, args: unknown) => {
          if (!event.senderFrame || !isAppUrl(event.senderFrame.url, rendererRoot)) {
            return { ok: false, error: { code: 'forbidden', message: boundaryMessages.forbiddenSender } };
          }
          return dispatch(ctx, channel, args);
        });
      }
      // On quit: stop the workbook check pool's worker threads, then close the database.
      let closed = false;
      app.on('will-quit', (event) => {
        if (closed) return;
        event.preventDefault();
        void closeChecker(ctx)
          .catch(() => undefined)
          .finally(() => {
            closed = true;
            ctx.db.close();
            app.quit();
          });
      });
      menuActions.exportLog = () => void exportLogWithDialog(ctx, window);
    } catch (error) {
      dialog.showErrorBox(menuLabels.startupFailed, (error as Error).message);
      app.exit(1);
      return;
    }
    // Old commune PCs have 1366×768 screens: fit the work area above the taskbar, maximised there.
    const workArea = screen.getPrimaryDisplay().workAreaSize;
    const fitsWorkArea = workArea.width > 1366 && workArea.height > 768;
    window = createSecureWindow(
      {
        width: Math.min(1366, workArea.width),
        height: Math.min(768, workArea.height),
        minWidth: 1024,
        minHeight: 600,
        title: 'Báo cáo CCHC',
        show: false,
      },
      path.join(here, 'preload.cjs'),
    );
    window.setMenu(buildMenu(menuActions));
    window.once('ready-to-show', () => {
      if (!fitsWorkArea) window?.maximize();
      window?.show();
    });
    window.webContents.on('context-menu', (_event, params) => {
      buildEditContextMenu({
        isEditable: params.isEditable,
        hasSelection: params.selectionText !== '',
      }).popup({
        window,
      });
    });
    void window.loadURL(rendererUrl);
  });

  app.on('window-all-closed', () => app.quit());
}
