import { DEFAULT_UNITS, type Unit, type UnitLevel } from '../../shared/domain/units';
import { nfc } from '../../shared/format/text';
import { storeMessages } from '../../shared/i18n/vi/store';
import { AppError } from '../errors';
import type { Db } from '../store/database';
import { countUnits, findUnit, listUnits, renameUnit, setUnitActive, upsertUnits } from '../store/units';
import type { ServiceContext } from './context';

/** A new database starts with the default unit list (editable afterwards). */
export function seedDefaultUnits(db: Db): void {
  if (countUnits(db) === 0) upsertUnits(db, DEFAULT_UNITS);
}

export function getUnits(ctx: ServiceContext, includeInactive = false): Unit[] {
  return listUnits(ctx.db, includeInactive);
}

/** One unit of the list by its code (inactive ones too); undefined when there is none. */
export function findUnitByCode(ctx: ServiceContext, code: string): Unit | undefined {
  return findUnit(ctx.db, code);
}

function requireUnit(ctx: ServiceContext, code: string): Unit {
  const unit = findUnit(ctx.db, code);
  if (!unit) throw new AppError('unknown-unit', storeMessages.unknownUnit(code));
  return unit;
}

export function addUnit(ctx: ServiceContext, unit: { code: string; name: string; level: UnitLevel }): Unit {
  if (findUnit(ctx.db, unit.code)) throw new AppError('unit-exists', storeMessages.unitExists(unit.code));
  upsertUnits(ctx.db, [{ ...unit, name: nfc(unit.name).trim() }]);
  return requireUnit(ctx, unit.code);
}

export function renameUnitService(ctx: ServiceContext, code: string, name: string): Unit {
  requireUnit(ctx, code);
  renameUnit(ctx.db, code, nfc(name).trim());
  return requireUnit(ctx, code);
}

export function setUnitActiveService(ctx: ServiceContext, code: string, active: boolean): Unit {
  requireUnit(ctx, code);
  setUnitActive(ctx.db, code, active);
  return requireUnit(ctx, code);
}

export function importUnits(
  ctx: ServiceContext,
  units: { code: string; name: string; level: UnitLevel }[],
): { added: number; updated: number } {
  return upsertUnits(
    ctx.db,
    units.map((u) => ({ ...u, name: nfc(u.name).trim() })),
  );
}
