import { useState } from 'react';
import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { AddUnitForm } from './AddUnitForm';
import { UnitRow } from './UnitRow';

/** The unit list: add, rename, stop or resume using a unit. */
export function UnitsManager({
  units,
  currentUnit,
  onUnitsChange,
}: {
  units: Unit[];
  currentUnit: string;
  onUnitsChange: (units: Unit[]) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  /** Runs a change, then reloads the list; false (and a message) if it failed. */
  const run = async (change: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError('');
    try {
      await change();
      onUnitsChange(await call('units.list', { includeInactive: true }));
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const c = ui.settings.col;
  return (
    <section className="card settings-card">
      <h2>{ui.settings.unitsHeading}</h2>
      <p className="hint">{ui.settings.unitsIntro}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="units-scroll">
        <table className="units-table">
          <thead>
            <tr>
              <th>{c.code}</th>
              <th>{c.name}</th>
              <th>{c.level}</th>
              <th>{c.status}</th>
              <th>{c.actions}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <UnitRow
                key={u.code}
                unit={u}
                isThisPc={u.code === currentUnit}
                busy={busy}
                onRename={(code, name) => run(() => call('units.rename', { code, name }))}
                onSetActive={(code, active) => void run(() => call('units.setActive', { code, active }))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <AddUnitForm busy={busy} onAdd={(unit) => run(() => call('units.add', unit))} />
    </section>
  );
}
