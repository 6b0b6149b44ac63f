import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { RestorePreview, SavedWorkbook } from '../../shared/api/workbook-contract';
import { canonicalJson, canonicalReportData, hasReportContent } from '../../shared/domain/canonical';
import { emptyReportData } from '../../shared/domain/report';
import { storeMessages } from '../../shared/i18n/vi/store';
import { workbookServiceMessages } from '../../shared/i18n/vi/workbook';
import { evaluateReport } from '../../shared/rules/evaluate';
import { preparerIssues } from '../../shared/rules/preparer';
import { blankCounts } from '../../shared/rules/blank-counts';
import type { CheckedWorkbook } from '../../shared/workbook/import-types';
import { blankTemplateFileName, unitWorkbookFileName } from '../../shared/workbook/layout';
import { AppError } from '../errors';
import { log } from '../log';
import { findReport, markExported, unmarkExported } from '../store/reports';
import { listUnits, findUnit } from '../store/units';
import { restoreReportData } from '../store/workbook-restore';
import type { CheckOptions } from '../workbook/unit-reader';
import { writeUnitWorkbook } from '../workbook/unit-writer';
import { backupBeforeImport } from './backups';
import type { ServiceContext } from './context';
import { activeTemplate, knownTemplates } from './form-template';
import { checkerFor, withoutLimitsNotice } from './district';
import { chooseExportPath, exportFolder, saveExport, writeExport } from './export-folder';
import { getSettings } from './settings';

/**
 * The commune's workbooks: export of its report (which marks the revision exported, so the next
 * change raises it), the blank template, opening the folder of exported files with the OS file
 * manager, and restoring its own workbook on a new PC (checked like any received file, in the
 * worker pool, and applied only after the clerk confirms).
 */

/** Exported files go to the export folder (services/export-folder.ts); "Mở thư mục" opens it. */
export { exportFolder } from './export-folder';

function requireUnit(ctx: ServiceContext, code: string) {
  const unit = findUnit(ctx.db, code);
  if (!unit) throw new AppError('unknown-unit', storeMessages.unknownUnit(code));
  return unit;
}

function identity(ctx: ServiceContext, unitCode: string, period: string) {
  return {
    unitCode,
    period,
    templateId: activeTemplate(ctx).id,
    templateVersion: activeTemplate(ctx).version,
  };
}

/** A stored report that may leave the PC: refused like the app refuses it (nothing saved, errors). */
function exportableReport(ctx: ServiceContext, key: { unitCode: string; period: string }) {
  const unit = requireUnit(ctx, key.unitCode);
  const report = findReport(ctx.db, identity(ctx, key.unitCode, key.period));
  if (!report) throw new AppError('nothing-to-export', workbookServiceMessages.nothingToExport);
  // The same errors the form shows: the rules' and the preparer's (a bad date or phone on the cover).
  const errors = [
    ...evaluateReport(activeTemplate(ctx), report.data, key.period).issues,
    ...preparerIssues(report.data.preparer),
  ].filter((i) => i.level === 'error');
  if (errors.length) {
    throw new AppError(
      'report-has-errors',
      workbookServiceMessages.reportHasErrors(errors.length),
      errors.slice(0, 20).map((e) => e.message),
    );
  }
  // No figure, text or model (a phone alone): the district would refuse the file as a blank template.
  if (!hasReportContent(report.data))
    throw new AppError('nothing-entered', workbookServiceMessages.nothingEntered);
  return { unit, report };
}

export interface BuiltReportWorkbook {
  fileName: string;
  revision: number;
  bytes: Buffer;
  /** Counts left blank: the district will be warned and its totals lack them. */
  blankCounts: string[];
  /** The file could not be written: the revision is no longer marked exported. */
  unmark(): void;
}

/**
 * The workbook of a stored report, refused like the app refuses it, its revision marked exported
 * (call unmark() when the file is not written after all). The one path of "Xuất tệp Excel" and of
 * `cli export`.
 */
export async function buildReportWorkbook(
  ctx: ServiceContext,
  key: { unitCode: string; period: string },
): Promise<BuiltReportWorkbook> {
  const { unit, report } = exportableReport(ctx, key);
  // Marked exported before the first await, with no await between reading and marking: a save
  // arriving while the file is written then raises the revision, and the file's content is
  // exactly this revision's.
  const revision = markExported(ctx.db, report.id);
  const previous = report.exportedRevision;
  const template = activeTemplate(ctx);
  const bytes = await writeUnitWorkbook({
    template,
    unit,
    period: key.period,
    data: report.data,
    revision,
    reportId: report.id,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
  });
  const fileName = unitWorkbookFileName({
    period: key.period,
    unitCode: unit.code,
    unitName: unit.name,
    revision,
  });
  return {
    fileName,
    revision,
    bytes,
    blankCounts: blankCounts(template, report.data),
    unmark: () => unmarkExported(ctx.db, report.id, revision, previous),
  };
}

/**
 * "Xuất tệp Excel": where to save is asked first (Electron's dialog), so "Hủy" changes nothing;
 * the revision is marked exported only once the file is written.
 */
export async function exportReportWorkbook(
  ctx: ServiceContext,
  key: { unitCode: string; period: string },
): Promise<SavedWorkbook> {
  const { unit, report } = exportableReport(ctx, key);
  const proposed = unitWorkbookFileName({
    period: key.period,
    unitCode: unit.code,
    unitName: unit.name,
    revision: report.revision,
  });
  const chosen = await chooseExportPath(ctx, proposed);
  const built = await buildReportWorkbook(ctx, key);
  // A change saved in another tab while the dialog was open may have raised the revision: the
  // file keeps the chosen folder and is named after the revision it holds.
  const target =
    path.basename(chosen) === proposed ? path.join(path.dirname(chosen), built.fileName) : chosen;
  try {
    writeExport(ctx, target, built.bytes);
  } catch (error) {
    built.unmark();
    throw error;
  }
  log('workbook', `exported ${built.fileName} (${built.bytes.length} bytes)`);
  return {
    fileName: built.fileName,
    savedPath: target,
    revision: built.revision,
    base64: built.bytes.toString('base64'),
    blankCounts: built.blankCounts,
  };
}

export async function blankTemplateWorkbook(
  ctx: ServiceContext,
  key: { unitCode: string; period: string },
): Promise<SavedWorkbook> {
  const unit = requireUnit(ctx, key.unitCode);
  const bytes = await writeUnitWorkbook({
    template: activeTemplate(ctx),
    unit,
    period: key.period,
    data: null,
    revision: 0,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
  });
  const fileName = blankTemplateFileName({ period: key.period, unitCode: unit.code, unitName: unit.name });
  const savedPath = await saveExport(ctx, fileName, bytes);
  log('workbook', `blank template ${fileName}`);
  return { fileName, savedPath, revision: 0, base64: bytes.toString('base64'), blankCounts: [] };
}

/** How the OS file manager is started; tests pass their own. */
export type FolderOpener = (command: string, args: string[]) => Promise<void>;

const spawnOpener: FolderOpener = (command, args) =>
  new Promise((resolve, reject) => {
    // No shell: the path is one argument, never interpreted.
    const child = spawn(command, args, { detached: true, stdio: 'ignore', shell: false, windowsHide: false });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });

export function folderOpenCommand(
  platform: NodeJS.Platform,
  folder: string,
  file?: string,
): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'explorer.exe', args: file ? [`/select,${file}`] : [folder] };
  if (platform === 'darwin') return { command: 'open', args: file ? ['-R', file] : [folder] };
  return { command: 'xdg-open', args: [folder] };
}

/**
 * Opens the export folder (or shows a file in it). The path comes from the renderer, so it is
 * never trusted: only the folder this app created, or a file directly in it, is accepted, after
 * resolving links; anything else is refused without starting a process.
 */
export async function openExportFolder(
  ctx: ServiceContext,
  requested: string,
  opener: FolderOpener = spawnOpener,
  platform: NodeJS.Platform = process.platform,
): Promise<{ opened: boolean; folder: string }> {
  const refuse = () => new AppError('folder-not-allowed', workbookServiceMessages.folderNotAllowed);
  if (!path.isAbsolute(requested) || requested.includes('\0')) throw refuse();
  let folder: string;
  let target: string;
  try {
    folder = fs.realpathSync(exportFolder(ctx));
    target = fs.realpathSync(path.resolve(requested));
  } catch {
    throw refuse();
  }
  const same = (a: string, b: string) =>
    platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
  const stat = fs.statSync(target);
  let file: string | undefined;
  if (stat.isDirectory()) {
    if (!same(target, folder)) throw refuse();
  } else if (stat.isFile() && same(path.dirname(target), folder)) {
    file = target;
  } else {
    throw refuse();
  }
  const { command, args } = folderOpenCommand(platform, folder, file);
  try {
    await opener(command, args);
  } catch (error) {
    throw new AppError(
      'folder-open-failed',
      workbookServiceMessages.folderOpenFailed((error as Error).message),
    );
  }
  return { opened: true, folder };
}

interface RestoreArgs {
  fileName: string;
  base64: string;
  unitCode?: string;
  period?: string;
}

async function checkOwnWorkbook(ctx: ServiceContext, args: RestoreArgs): Promise<CheckedWorkbook> {
  const bytes = Buffer.from(args.base64, 'base64');
  if (bytes.length === 0) throw new AppError('bad-file', workbookServiceMessages.badBase64);
  const settings = getSettings(ctx);
  const options: CheckOptions = {
    units: listUnits(ctx.db, true),
    expectedPeriod: args.period,
    expectedUnitCode: args.unitCode ?? settings?.unitCode,
  };
  const templates = knownTemplates(ctx);
  return checkerFor(ctx).check(
    bytes,
    path.basename(args.fileName),
    templates ? { ...options, templates } : options,
  );
}

export async function previewRestore(ctx: ServiceContext, args: RestoreArgs): Promise<RestorePreview> {
  const check = await checkOwnWorkbook(ctx, args);
  const canRestore = check.verdict !== 'refused' && !!check.identity && !!check.data;
  let existing: RestorePreview['existing'] = null;
  if (check.identity) {
    const report = findReport(ctx.db, identity(ctx, check.identity.unitCode, check.identity.period));
    if (report) {
      const local = canonicalReportData(report.data);
      existing = {
        revision: report.revision,
        hasData: canonicalJson(local) !== canonicalJson(canonicalReportData(emptyReportData())),
        sameData: !!check.data && canonicalJson(local) === canonicalJson(canonicalReportData(check.data)),
      };
    }
  }
  const notice = withoutLimitsNotice(ctx);
  return { check, canRestore, existing, ...(notice ? { notice } : {}) };
}

export async function applyRestore(
  ctx: ServiceContext,
  args: RestoreArgs & { confirm: true },
): Promise<{ unitCode: string; period: string; revision: number; changed: boolean }> {
  if (args.confirm !== true)
    throw new AppError('confirm-required', workbookServiceMessages.restoreNeedsConfirm);
  // Checked again: the preview's verdict came from the renderer's round trip, not from here.
  const check = await checkOwnWorkbook(ctx, args);
  if (check.verdict === 'refused' || !check.identity || !check.data) {
    const errors = check.problems.filter((p) => p.level === 'error');
    throw new AppError(
      'restore-refused',
      workbookServiceMessages.restoreRefused(errors.length),
      errors.slice(0, 20).map((p) => p.message),
    );
  }
  const { unitCode, period, revision: fileRevision } = check.identity;
  requireUnit(ctx, unitCode);
  await backupBeforeImport(ctx);
  const result = restoreReportData(
    ctx.db,
    identity(ctx, unitCode, period),
    canonicalReportData(check.data),
    fileRevision,
    ctx.now().toISOString(),
  );
  log(
    'workbook',
    `restored ${unitCode} ${period} from a workbook of revision ${fileRevision} → r${result.revision}`,
  );
  return { unitCode, period, ...result };
}
