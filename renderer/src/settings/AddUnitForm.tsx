import { useId, useState, type FormEvent } from 'react';
import { UNIT_CODE_PATTERN, UNIT_LEVEL_NAMES, type UnitLevel } from '../../../shared/domain/units';
import { nfc } from '../../../shared/format/text';
import { ui } from '../../../shared/i18n/vi/ui';

export function AddUnitForm({
  busy,
  onAdd,
}: {
  busy: boolean;
  onAdd: (unit: { code: string; name: string; level: UnitLevel }) => Promise<boolean>;
}) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<UnitLevel>('xa');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const hintId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cleanName = nfc(name).trim();
    if (!UNIT_CODE_PATTERN.test(code.trim())) return setMessage({ kind: 'error', text: ui.settings.badCode });
    if (!cleanName) return setMessage({ kind: 'error', text: ui.settings.nameRequired });
    setMessage(null);
    if (await onAdd({ code: code.trim(), name: cleanName, level })) {
      setMessage({ kind: 'ok', text: ui.settings.added(cleanName) });
      setCode('');
      setName('');
    }
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
            aria-describedby={hintId}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <label className="field grow">
          <span className="field-label">{ui.settings.addName}</span>
          <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
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
