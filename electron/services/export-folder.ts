/**
 * Where exported workbooks go: Documents\Báo cáo CCHC by default, where a clerk finds them (the data
 * folder is hidden under AppData on Windows), or a folder chosen in Cài đặt, kept in the data
 * folder's settings. In Electron the save dialog opens there (ctx.chooseSavePath).
 */
import fs from 'node:fs';
import path from 'node:path';
import { workbookServiceMessages as m } from '../../shared/i18n/vi/workbook';
import { writeFileAtomic } from '../atomic-write';
import { AppError } from '../errors';
import { getSetting, setSettings } from '../store/settings';
import type { ServiceContext } from './context';

const SETTING = 'exportFolder';

export function defaultExportFolder(ctx: ServiceContext): string {
  return path.join(ctx.documentsDir ?? path.join(ctx.dataDir, 'Documents'), m.exportFolderName);
}

export function exportFolder(ctx: ServiceContext): string {
  return getSetting(ctx.db, SETTING) || defaultExportFolder(ctx);
}

/** Sets the folder (null: back to the default); it must be a full path the app can write in. */
export function setExportFolder(ctx: ServiceContext, folder: string | null): void {
  if (folder === null || path.resolve(folder) === defaultExportFolder(ctx)) {
    setSettings(ctx.db, { [SETTING]: '' });
    return;
  }
  // A full local path: not relative, not a network share (\\server\share), no NUL.
  if (!path.isAbsolute(folder) || folder.includes('\0') || /^[\\/]{2}/u.test(folder)) {
    throw new AppError('bad-export-folder', m.exportFolderNotAbsolute(folder));
  }
  const resolved = path.resolve(folder);
  // Not inside the data folder: that is what the clerk could not find (and holds the backups).
  const inData = path.relative(path.resolve(ctx.dataDir), resolved);
  if (!inData.startsWith('..') && !path.isAbsolute(inData)) {
    throw new AppError('bad-export-folder', m.exportFolderInDataFolder(resolved));
  }
  try {
    fs.mkdirSync(resolved, { recursive: true });
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch (error) {
    throw new AppError('bad-export-folder', m.exportFolderNotWritable(resolved, (error as Error).message));
  }
  setSettings(ctx.db, { [SETTING]: resolved });
}

/**
 * Where an export goes: the file in the export folder, or, in Electron, where the clerk says in a
 * save dialog opening there. Cancelled: an error that says so, and nothing is written.
 */
export async function chooseExportPath(ctx: ServiceContext, fileName: string): Promise<string> {
  const proposed = path.join(exportFolder(ctx), fileName);
  const target = ctx.chooseSavePath ? await ctx.chooseSavePath(proposed) : proposed;
  if (!target) throw new AppError('export-canceled', m.exportCanceled);
  return target;
}

/** Another folder chosen in the dialog: the next dialog opens there, and "Mở thư mục" opens it. */
export function rememberExportFolder(ctx: ServiceContext, savedPath: string): void {
  if (path.dirname(savedPath) === exportFolder(ctx)) return;
  try {
    setExportFolder(ctx, path.dirname(savedPath));
  } catch {
    // Not a folder the app keeps (inside the data folder…): the file is saved all the same.
  }
}

/** An export saved whole or not at all (atomic-write.ts), where chooseExportPath says. */
export async function saveExport(ctx: ServiceContext, fileName: string, bytes: Uint8Array): Promise<string> {
  const target = await chooseExportPath(ctx, fileName);
  writeExport(ctx, target, bytes);
  return target;
}

/** Writes an export where the clerk chose (whole or not at all) and remembers that folder. */
export function writeExport(ctx: ServiceContext, target: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(target, bytes);
  } catch (error) {
    throw new AppError('export-write', m.cannotWrite(path.dirname(target), (error as Error).message));
  }
  rememberExportFolder(ctx, target);
}
