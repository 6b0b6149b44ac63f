import { useState } from 'react';
import type { Unit } from '../../../shared/domain/units';
import { looseKey } from '../../../shared/format/text';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { AddUnitForm, type Notice } from './AddUnitForm';
import { UnitRow } from './UnitRow';
import { ErrorText } from '../app/ErrorText';

/**
 * The unit list: add, rename, stop or resume using a unit. One message at a time: each action
 * replaces the previous one ("Đã thêm …" does not linger after a rename).
 */
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
  const [addMessage, setAddMessage] = useState<Notice | null>(null);

  /** Runs a change, then reloads the list; false (and a message) if it failed. */
  const run = async (change: () => Promise<unknown>, from: 'list' | 'add' = 'list'): Promise<boolean> => {
    setBusy(true);
    setError('');
    setAddMessage(null);
    try {
      await change();
      onUnitsChange(await call('units.list', { includeInactive: true }));
      return true;
    } catch (e) {
      if (from === 'add') setAddMessage({ kind: 'error', text: messageOf(e) });
      else setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  /** Another unit with this name, ignoring case and spaces (two rows must never read the same). */
  const sameName = (name: string, except?: string) =>
    units.find((u) => u.code !== except && looseKey(u.name) === looseKey(name));

  const c = ui.settings.col;
  return (
    <section className="card settings-card">
      <h2>{ui.settings.unitsHeading}</h2>
      <p className="hint">{ui.settings.unitsIntro}</p>
      <ErrorText message={error} />
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
                sameName={(name) => sameName(name, u.code)}
                onStartEditing={() => {
                  setError('');
                  setAddMessage(null);
                }}
                onRename={(code, name) => run(() => call('units.rename', { code, name }))}
                onSetActive={(code, active) => void run(() => call('units.setActive', { code, active }))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <AddUnitForm
        busy={busy}
        message={addMessage}
        sameName={(name) => sameName(name)}
        onMessage={(message) => {
          setError('');
          setAddMessage(message);
        }}
        onAdd={(unit) => run(() => call('units.add', unit), 'add')}
      />
    </section>
  );
}
