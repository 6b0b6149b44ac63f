/**
 * The names of the API calls, without their schemas, so the sandboxed preload can expose exactly
 * these and stay tiny. `contract.ts` fails to compile unless it defines each one.
 */
export const API_CHANNELS = [
  'app.info',
  'settings.get',
  'settings.save',
  'settings.signOutBrowsers',
  'units.list',
  'units.add',
  'units.rename',
  'units.setActive',
  'units.import',
  'report.open',
  'report.save',
  'report.list',
  'backups.list',
  'backups.create',
  'backups.restore',
  'support.exportLog',
  'district.import',
  'district.completeness',
  'district.history',
  'district.diff',
  'district.exportMerged',
  'district.exportDhis2',
  'district.receipt',
  'receipt.import',
  'workbook.exportReport',
  'workbook.blankTemplate',
  'workbook.openFolder',
  'workbook.restorePreview',
  'workbook.restoreApply',
  'recovery.status',
  'recovery.restore',
  'recovery.startEmpty',
  'report.exportWord',
  'district.exportWord',
] as const;

export type ApiChannel = (typeof API_CHANNELS)[number];
