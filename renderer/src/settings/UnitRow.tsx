import { useState } from 'react';
import { UNIT_LEVEL_NAMES, type Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';

/** One unit: rename in place, stop or resume using it (never delete: reports refer to it). */
export function UnitRow({
  unit,
  isThisPc,
  busy,
  onRename,
  onSetActive,
}: {
  unit: Unit;
  isThisPc: boolean;
  busy: boolean;
  onRename: (code: string, name: string) => Promise<boolean>;
  onSetActive: (code: string, active: boolean) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(unit.name);

  const save = async () => {
    if (await onRename(unit.code, name)) setEditing(false);
  };

  return (
    <tr className={unit.active ? '' : 'inactive'}>
      <td className="unit-code">{unit.code}</td>
      <td>
        {editing ? (
          <input
            type="text"
            value={name}
            aria-label={ui.settings.renameLabel(unit.code)}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
              if (e.key === 'Escape') setEditing(false);
            }}
            autoFocus
          />
        ) : (
          unit.name
        )}
      </td>
      <td>{UNIT_LEVEL_NAMES[unit.level]}</td>
      <td>
        {isThisPc ? (
          <strong>{ui.settings.thisPc}</strong>
        ) : unit.active ? (
          ui.settings.active
        ) : (
          ui.settings.inactive
        )}
      </td>
      <td className="unit-actions">
        {editing ? (
          <>
            <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
              {ui.saveButton}
            </button>
            <button
              type="button"
              onClick={() => {
                setName(unit.name);
                setEditing(false);
              }}
            >
              {ui.cancel}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setName(unit.name);
                setEditing(true);
              }}
            >
              {ui.settings.rename}
            </button>
            {!isThisPc && (
              <button type="button" disabled={busy} onClick={() => onSetActive(unit.code, !unit.active)}>
                {unit.active ? ui.settings.deactivate : ui.settings.reactivate}
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
