import { useId, useState } from 'react';
import { UNIT_LEVEL_NAMES, type Unit } from '../../../shared/domain/units';
import { nfc } from '../../../shared/format/text';
import { ui } from '../../../shared/i18n/vi/ui';

/** One unit: rename in place, stop or resume using it (never delete: reports refer to it). */
export function UnitRow({
  unit,
  isThisPc,
  busy,
  sameName,
  onStartEditing,
  onRename,
  onSetActive,
}: {
  unit: Unit;
  isThisPc: boolean;
  busy: boolean;
  /** Another unit that already has this name, if any. */
  sameName: (name: string) => Unit | undefined;
  onStartEditing: () => void;
  onRename: (code: string, name: string) => Promise<boolean>;
  onSetActive: (code: string, active: boolean) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(unit.name);
  const [problem, setProblem] = useState('');
  const problemId = useId();

  /** Checked here as when adding a unit: the clerk is told what to fix, at the box. */
  const save = async () => {
    const clean = nfc(name).trim();
    if (!clean) {
      setProblem(ui.settings.nameRequired);
      return;
    }
    const taken = sameName(clean);
    if (taken) {
      setProblem(ui.settings.nameTaken(taken.name, taken.code));
      return;
    }
    setProblem('');
    if (await onRename(unit.code, clean)) setEditing(false);
  };
  const stopEditing = () => {
    setName(unit.name);
    setProblem('');
    setEditing(false);
  };

  return (
    <tr className={unit.active ? '' : 'inactive'}>
      <td className="unit-code">{unit.code}</td>
      <td>
        {editing ? (
          <>
            <input
              type="text"
              value={name}
              maxLength={200}
              aria-label={ui.settings.renameLabel(unit.code)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? problemId : undefined}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void save();
                if (e.key === 'Escape') stopEditing();
              }}
              autoFocus
            />
            {problem && (
              <p className="error-text" role="alert" id={problemId}>
                {problem}
              </p>
            )}
          </>
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
            <button type="button" onClick={stopEditing}>
              {ui.cancel}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              disabled={busy}
              aria-label={ui.settings.renameButtonLabel(unit.name, unit.code)}
              onClick={() => {
                setName(unit.name);
                onStartEditing();
                setEditing(true);
              }}
            >
              {ui.settings.rename}
            </button>
            {!isThisPc && (
              <button
                type="button"
                disabled={busy}
                aria-label={(unit.active ? ui.settings.deactivateLabel : ui.settings.reactivateLabel)(
                  unit.name,
                  unit.code,
                )}
                onClick={() => onSetActive(unit.code, !unit.active)}
              >
                {unit.active ? ui.settings.deactivate : ui.settings.reactivate}
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
