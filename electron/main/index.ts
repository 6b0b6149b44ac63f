/**
 * Electron main process: thin glue. It opens the data folder, binds each API channel to the one
 * dispatcher and shows one hardened window. Everything it calls is plain Node code, tested without
 * Electron; the packaged app's start is simulated under Node in test/build/first-start.test.ts.
 */
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { menuLabels } from '../../shared/i18n/vi/menu';
import { openApiHost } from '../api/host';
import { log } from '../log';
import { APP_FOLDER_NAME, resolveDataDir } from '../paths';
import { closeChecker } from '../services/district';
import { bindApiChannels } from './ipc';
import type { MenuActions } from './menu';
import { closeOnQuit } from './quit';
import { hardenWebContents, isAppUrl } from './security';
import { chooseSavePath, exportLogWithDialog } from './support';
import { openMainWindow } from './window';

// Bundled into dist-electron/main.mjs (scripts/build-electron.mjs): the page and the preload are
// found from there, inside app.asar in the installed app.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'dist', 'renderer', 'index.html');
const rendererRoot = pathToFileURL(path.dirname(rendererIndex)).href + '/';
const isOwnPage = (url: string) => isAppUrl(url, rendererRoot);

app.setName(APP_FOLDER_NAME);
// Electron has already set userData (Chromium's profile, the single-instance lock) from
// productName ("…/Báo cáo CCHC"); it belongs in the data folder, beside the database.
// setPath throws for a folder that does not exist (the first start). If it cannot be made, the
// database cannot be opened either, and the start fails below with its message.
const dataDir = resolveDataDir(process.argv, process.env);
try {
  fs.mkdirSync(dataDir, { recursive: true });
  app.setPath('userData', dataDir);
} catch (error) {
  log('app', `cannot use the data folder for userData: ${(error as Error).message}`);
}
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
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnPage));

  void app.whenReady().then(() => {
    try {
      // A missing, empty or damaged database: the same window shows the recovery screen first.
      const host = openApiHost({
        dataDir,
        mode: 'electron',
        appVersion: app.getVersion(),
        // Exports: Documents\Báo cáo CCHC, through a save dialog opening there.
        documentsDir: app.getPath('documents'),
        chooseSavePath: (proposed) => chooseSavePath(window, proposed),
      });
      bindApiChannels(ipcMain, host.call, isOwnPage);
      // On quit: stop the check pool's worker threads, then close the database (read then: a
      // restore may have opened or swapped it).
      closeOnQuit(app, [
        () => host.context() && closeChecker(host.context()!),
        () => host.context()?.db.close(),
      ]);
      menuActions.exportLog = () => {
        const ctx = host.context();
        if (ctx) void exportLogWithDialog(ctx, window);
      };
    } catch (error) {
      log('app', `startup failed: ${(error as Error).message}`);
      dialog.showErrorBox(menuLabels.startupFailed, (error as Error).message);
      app.exit(1);
      return;
    }
    window = openMainWindow(pathToFileURL(rendererIndex).href, path.join(here, 'preload.cjs'), menuActions);
  });

  app.on('window-all-closed', () => app.quit());
}
