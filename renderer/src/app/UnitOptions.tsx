import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';

/** The options of a unit picker: one a unit, shown as its name and code. */
export function UnitOptions({ units }: { units: readonly Unit[] }) {
  return (
    <>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {ui.unitOption(u.name, u.code)}
        </option>
      ))}
    </>
  );
}
