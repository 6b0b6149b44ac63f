import { useId, useState, type FormEvent } from 'react';
import { UNIT_CODE_PATTERN, UNIT_LEVEL_NAMES, type Unit, type UnitLevel } from '../../../shared/domain/units';
import { nfc } from '../../../shared/format/text';
import { ui } from '../../../shared/i18n/vi/ui';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * Adds a unit. The code is upper-cased (TH10, as every code in the list); a name another unit
 * already has (ignoring case and spaces) is refused, so two rows never read the same. Its message
 * belongs to the unit list, which clears it when the clerk does something else.
 */
export function AddUnitForm({
  busy,
  message,
  sameName,
  onMessage,
  onAdd,
}: {
  busy: boolean;
  message: Notice | null;
  /** The unit that already has this name, if any. */
  sameName: (name: string) => Unit | undefined;
  onMessage: (message: Notice | null) => void;
  onAdd: (unit: { code: string; name: string; level: UnitLevel }) => Promise<boolean>;
}) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<UnitLevel>('xa');
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cleanCode = code.trim().toUpperCase();
    const cleanName = nfc(name).trim();
    const refuse = (text: string) => onMessage({ kind: 'error', text });
    if (!UNIT_CODE_PATTERN.test(cleanCode)) return refuse(ui.settings.badCode);
    if (!cleanName) return refuse(ui.settings.nameRequired);
    const taken = sameName(cleanName);
    if (taken) return refuse(ui.settings.nameTaken(taken.name, taken.code));
    if (await onAdd({ code: cleanCode, name: cleanName, level })) {
      onMessage({ kind: 'ok', text: ui.settings.added(cleanName) });
      setCode('');
      setName('');
    }
  };

  /** Typing the next unit: the previous message no longer applies. */
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    if (message) onMessage(null);
  };

  return (
    <form className="add-unit" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{ui.settings.addHeading}</h3>
      <div className="add-unit-fields">
        <label className="field">
          <span className="field-label">{ui.settings.addCode}</span>
          <input
            type="text"
            value={code}
            maxLength={20}
            autoCapitalize="characters"
            aria-describedby={hintId}
            onChange={(e) => edit(setCode)(e.target.value)}
          />
        </label>
        <label className="field grow">
          <span className="field-label">{ui.settings.addName}</span>
          <input type="text" value={name} maxLength={200} onChange={(e) => edit(setName)(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{ui.settings.addLevel}</span>
          <select value={level} onChange={(e) => setLevel(e.target.value as UnitLevel)}>
            {(Object.keys(UNIT_LEVEL_NAMES) as UnitLevel[]).map((l) => (
              <option key={l} value={l}>
                {UNIT_LEVEL_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {ui.settings.addButton}
        </button>
      </div>
      <p className="hint" id={hintId}>
        {ui.settings.addCodeHint}
      </p>
      {message && (
        <p
          className={message.kind === 'ok' ? 'ok-text' : 'error-text'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
