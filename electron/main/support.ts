/**
 * Help → "Xuất nhật ký…" in Electron: the support log is saved where the user chooses in a
 * main-process dialog (the renderer never hands the main process a path).
 */
import { app, dialog, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { logMessages, supportText } from '../../shared/i18n/vi/trust';
import { log } from '../log';
import type { ServiceContext } from '../services/context';
import { exportLogBundle } from '../services/support';

export async function exportLogWithDialog(
  ctx: ServiceContext,
  window: BrowserWindow | undefined,
): Promise<void> {
  try {
    const bundle = exportLogBundle(ctx);
    const options = {
      title: supportText.exportLog,
      defaultPath: path.join(app.getPath('documents'), bundle.fileName),
      filters: [{ name: supportText.logFileType, extensions: ['txt'] }],
    };
    const chosen = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return;
    fs.writeFileSync(chosen.filePath, Buffer.from(bundle.contentBase64, 'base64'));
    log('support', 'log exported');
    const done = {
      type: 'info' as const,
      title: supportText.title,
      message: supportText.exported(path.basename(chosen.filePath)),
    };
    if (window) await dialog.showMessageBox(window, done);
    else await dialog.showMessageBox(done);
  } catch (error) {
    dialog.showErrorBox(supportText.title, logMessages.exportFailed((error as Error).message));
  }
}

/** Exports: a save dialog opening at the proposed file in the export folder; null if cancelled. */
export async function chooseSavePath(
  window: BrowserWindow | undefined,
  proposed: string,
): Promise<string | null> {
  const options = {
    defaultPath: proposed,
    filters: [{ name: 'Excel', extensions: [path.extname(proposed).slice(1) || 'xlsx'] }],
  };
  const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}
