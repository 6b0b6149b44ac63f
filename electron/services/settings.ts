import type { Settings } from '../../shared/api/contract';
import { storeMessages } from '../../shared/i18n/vi/store';
import { AppError } from '../errors';
import { getSetting, setSettings } from '../store/settings';
import type { Unit } from '../../shared/domain/units';
import { findUnit, listUnits } from '../store/units';
import type { ServiceContext } from './context';

/** Null until the first run has said which unit this PC reports for. */
export function getSettings(ctx: ServiceContext): Settings | null {
  const unitCode = getSetting(ctx.db, 'unitCode');
  if (!unitCode) return null;
  return { unitCode, isMergingOffice: getSetting(ctx.db, 'isMergingOffice') === 'true' };
}

export function saveSettings(ctx: ServiceContext, settings: Settings): Settings {
  if (!findUnit(ctx.db, settings.unitCode)) {
    throw new AppError('unknown-unit', storeMessages.unknownUnit(settings.unitCode));
  }
  setSettings(ctx.db, { unitCode: settings.unitCode, isMergingOffice: String(settings.isMergingOffice) });
  return settings;
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
