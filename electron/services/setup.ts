/**
 * The first run: this PC's unit from the national list (or a custom or sample one), and for a
 * merging office the units it expects reports from, all set in one transaction with the settings.
 */
import type { SetupChoice } from '../../shared/api/setup-contract';
import type { Settings } from '../../shared/api/contract';
import { DEFAULT_UNITS, type Unit } from '../../shared/domain/units';
import { setupMessages as M } from '../../shared/i18n/vi/setup';
import { storeMessages } from '../../shared/i18n/vi/store';
import { AppError } from '../errors';
import { listUnits, upsertUnits, findUnit } from '../store/units';
import { setSettings } from '../store/settings';
import { findCommune, findOldDistrict, findProvince } from './catalog';
import { getSettings } from './settings';
import type { ServiceContext } from './context';

type NewUnit = Pick<Unit, 'code' | 'name' | 'level'>;

/** The units a choice brings and the one this PC reports for (always the first). */
function unitsOf(ctx: ServiceContext, choice: SetupChoice): NewUnit[] {
  switch (choice.kind) {
    case 'commune': {
      const c = findCommune(choice.code);
      if (!c) throw new AppError('unknown-commune', M.unknownCommune(choice.code));
      return [{ code: c.code, name: c.name, level: 'xa' }];
    }
    case 'province': {
      const p = findProvince(choice.code);
      if (!p) throw new AppError('unknown-province', M.unknownProvince(choice.code));
      return [
        { code: p.code, name: p.name, level: 'huyen' },
        ...p.communes.map((c) => ({ code: c.code, name: c.name, level: 'xa' as const })),
      ];
    }
    case 'oldDistrict': {
      const d = findOldDistrict(choice.code);
      if (!d) throw new AppError('unknown-district', M.unknownOldDistrict(choice.code));
      return [
        { code: d.code, name: d.name, level: 'huyen' },
        // A district turned whole into a special zone has no commune code of its own.
        ...d.communes
          .filter((c) => c.code)
          .map((c) => ({ code: c.code, name: c.name, level: 'xa' as const })),
      ];
    }
    case 'existing': {
      const unit = findUnit(ctx.db, choice.unitCode);
      if (!unit) throw new AppError('unknown-unit', storeMessages.unknownUnit(choice.unitCode));
      return [unit];
    }
    case 'custom': {
      const taken = findUnit(ctx.db, choice.code);
      if (taken) throw new AppError('unit-exists', M.codeTaken(choice.code, taken.name));
      return [{ code: choice.code, name: choice.name.normalize('NFC').trim(), level: choice.level }];
    }
    case 'sample': {
      const unit = DEFAULT_UNITS.find((u) => u.code === choice.unitCode);
      if (!unit) throw new AppError('unknown-unit', M.notSample(choice.unitCode));
      return [unit, ...DEFAULT_UNITS.filter((u) => u !== unit)];
    }
  }
}

export function applySetup(
  ctx: ServiceContext,
  choice: SetupChoice,
  isMergingOffice: boolean,
): { settings: Settings; units: Unit[]; added: number } {
  const units = unitsOf(ctx, choice);
  const settings: Settings = { unitCode: units[0]!.code, isMergingOffice };
  let added = 0;
  ctx.db.transaction(() => {
    // A unit already in the list keeps its name: the clerk may have corrected it.
    const missing = choice.kind === 'existing' ? [] : units.filter((u) => !findUnit(ctx.db, u.code));
    added = upsertUnits(ctx.db, missing).added;
    setSettings(ctx.db, { unitCode: settings.unitCode, isMergingOffice: String(isMergingOffice) });
  })();
  return { settings: getSettings(ctx) ?? settings, units: listUnits(ctx.db, true), added };
}
