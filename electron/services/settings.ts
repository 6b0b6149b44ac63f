import type { Settings, SettingsInput } from '../../shared/api/contract';
import { isPeriodCode } from '../../shared/domain/periods';
import { storeMessages } from '../../shared/i18n/vi/store';
import { AppError } from '../errors';
import { getSetting, setSettings } from '../store/settings';
import type { Unit } from '../../shared/domain/units';
import { findUnit, listUnits } from '../store/units';
import type { ServiceContext } from './context';
import { defaultExportFolder, exportFolder, setExportFolder } from './export-folder';

/** Null until the first run has said which unit this PC reports for. */
export function getSettings(ctx: ServiceContext): Settings | null {
  const unitCode = getSetting(ctx.db, 'unitCode');
  if (!unitCode) return null;
  const period = getSetting(ctx.db, 'period');
  return {
    unitCode,
    isMergingOffice: getSetting(ctx.db, 'isMergingOffice') === 'true',
    ...(period && isPeriodCode(period) ? { period } : {}),
    exportFolder: exportFolder(ctx),
    defaultExportFolder: defaultExportFolder(ctx),
  };
}

/** Saves what is given; the period and the export folder are kept when left out. */
export function saveSettings(ctx: ServiceContext, settings: SettingsInput): Settings {
  if (!findUnit(ctx.db, settings.unitCode)) {
    throw new AppError('unknown-unit', storeMessages.unknownUnit(settings.unitCode));
  }
  if (settings.exportFolder !== undefined) setExportFolder(ctx, settings.exportFolder);
  setSettings(ctx.db, {
    unitCode: settings.unitCode,
    isMergingOffice: String(settings.isMergingOffice),
    ...(settings.period ? { period: settings.period } : {}),
  });
  return getSettings(ctx)!;
}

/**
 * The office that issues a merged report or workbook (its Nghị định 30 header): this PC's unit
 * when set, else the unit list's first district body; a nameless one when there is neither.
 */
export function issuingUnit(ctx: ServiceContext): Pick<Unit, 'name' | 'level'> {
  const own = getSettings(ctx);
  const unit =
    (own && findUnit(ctx.db, own.unitCode)) || listUnits(ctx.db, true).find((u) => u.level === 'huyen');
  return unit ?? { name: '', level: 'huyen' };
}
