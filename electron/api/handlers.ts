import type { ApiArgs, ApiResult } from '../../shared/api/contract';
import type { ApiChannel } from '../../shared/api/channels';
import { recoveryMessages } from '../../shared/i18n/vi/recovery';
import { AppError } from '../errors';
import { createManualBackup, databaseFile, getBackups, restoreBackup } from '../services/backups';
import type { ServiceContext } from '../services/context';
import {
  exportMergedWorkbook,
  getCompleteness,
  getDiff,
  getHistory,
  importBase64Files,
} from '../services/district';
import { compareUnitPeriods } from '../services/compare-periods';
import { exportDhis2 } from '../services/dhis2';
import { importReceipt, lastReceipt, makeReceipt } from '../services/receipts';
import { getReportList, openReport, saveReportData } from '../services/reports';
import { getSettings, saveSettings, signOutBrowsers } from '../services/settings';
import { oldDistrictSummaries, provinceSummaries, searchCommunes } from '../services/catalog';
import { applySetup } from '../services/setup';
import { activeTemplate } from '../services/form-template';
import { getForms, installFormPackage } from '../services/form-packages';
import { exportMergedWordReport, exportOwnWordReport } from '../services/word-report';
import { exportLogBundle } from '../services/support';
import { addUnit, getUnits, importUnits, renameUnitService, setUnitActiveService } from '../services/units';
import {
  applyRestore,
  blankTemplateWorkbook,
  exportReportWorkbook,
  openExportFolder,
  previewRestore,
} from '../services/workbooks';

export type Handler<C extends ApiChannel> = (
  ctx: ServiceContext,
  args: ApiArgs<C>,
) => ApiResult<C> | Promise<ApiResult<C>>;

/** Which service answers each call. Neither transport knows more than this table. */
export const handlers: { [C in ApiChannel]: Handler<C> } = {
  'app.info': (ctx) => ({
    version: ctx.appVersion,
    mode: ctx.mode,
    dataDir: ctx.dataDir,
    templateId: activeTemplate(ctx).id,
    templateVersion: activeTemplate(ctx).version,
  }),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.save': (ctx, args) => saveSettings(ctx, args),
  'settings.signOutBrowsers': (ctx) => signOutBrowsers(ctx),
  'units.list': (ctx, args) => getUnits(ctx, args.includeInactive),
  'units.add': (ctx, args) => addUnit(ctx, args),
  'units.rename': (ctx, args) => renameUnitService(ctx, args.code, args.name),
  'units.setActive': (ctx, args) => setUnitActiveService(ctx, args.code, args.active),
  'units.import': (ctx, args) => importUnits(ctx, args.units),
  'report.open': (ctx, args) => openReport(ctx, args),
  'report.save': (ctx, args) => saveReportData(ctx, args, args.data, args.base),
  'report.list': (ctx) => getReportList(ctx),
  'backups.list': (ctx) => getBackups(ctx),
  'backups.create': (ctx) => createManualBackup(ctx),
  'backups.restore': (ctx, args) => restoreBackup(ctx, args.fileName),
  'support.exportLog': (ctx) => exportLogBundle(ctx),
  'district.import': (ctx, args) => importBase64Files(ctx, args.files, args.period),
  'district.completeness': (ctx, args) => getCompleteness(ctx, args.period),
  'district.history': (ctx, args) => getHistory(ctx, args.unitCode, args.period),
  'district.diff': (ctx, args) => getDiff(ctx, args),
  'district.exportMerged': (ctx, args) => exportMergedWorkbook(ctx, args.period),
  'district.exportDhis2': (ctx, args) => exportDhis2(ctx, args),
  'district.receipt': (ctx, args) => makeReceipt(ctx, args.id),
  'receipt.import': (ctx, args) => importReceipt(ctx, args),
  'receipt.last': (ctx, args) => lastReceipt(ctx, args),
  'workbook.exportReport': (ctx, args) => exportReportWorkbook(ctx, args),
  'workbook.blankTemplate': (ctx, args) => blankTemplateWorkbook(ctx, args),
  'workbook.openFolder': (ctx, args) => openExportFolder(ctx, args.path),
  'workbook.restorePreview': (ctx, args) => previewRestore(ctx, args),
  'workbook.restoreApply': (ctx, args) => applyRestore(ctx, args),
  'catalog.search': (_ctx, args) => searchCommunes(args.query, args.limit),
  'catalog.provinces': () => provinceSummaries(),
  'catalog.oldDistricts': () => oldDistrictSummaries(),
  'setup.apply': (ctx, args) => applySetup(ctx, args.choice, args.isMergingOffice),
  'form.current': (ctx) => activeTemplate(ctx) as unknown as ApiResult<'form.current'>,
  'form.list': (ctx) => getForms(ctx),
  'form.install': (ctx, args) => installFormPackage(ctx, args.fileName, Buffer.from(args.base64, 'base64')),
  // The database opened whole: nothing to recover (see host.ts for the recovery screen's table).
  'recovery.status': (ctx) => ({
    needed: false,
    problem: null,
    databaseFile: databaseFile(ctx.dataDir),
    backupFolder: getBackups(ctx).folder,
    backups: [],
  }),
  'recovery.restore': () => {
    throw new AppError('recovery-not-needed', recoveryMessages.notNeeded);
  },
  'recovery.startEmpty': () => {
    throw new AppError('recovery-not-needed', recoveryMessages.notNeeded);
  },
  'report.exportWord': (ctx, args) => exportOwnWordReport(ctx, args),
  'district.exportWord': (ctx, args) => exportMergedWordReport(ctx, args.period),
  'compare.periods': (ctx, args) => compareUnitPeriods(ctx, args),
};
