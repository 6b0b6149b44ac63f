import { useState, type FormEvent } from 'react';
import type { AppInfo, Settings } from '../../../shared/api/contract';
import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';

/** Which unit this PC reports for, and whether it is a merging office. */
export function StationSettings({
  info,
  settings,
  units,
  onSaved,
}: {
  info: AppInfo;
  settings: Settings;
  units: Unit[];
  onSaved: (settings: Settings) => void;
}) {
  const [unitCode, setUnitCode] = useState(settings.unitCode);
  const [merging, setMerging] = useState(settings.isMergingOffice);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = units.filter((u) => u.active || u.code === settings.unitCode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    call('settings.save', { unitCode, isMergingOffice: merging })
      .then((saved) => {
        onSaved(saved);
        setMessage({ kind: 'ok', text: ui.settings.stationSaved });
      })
      .catch((e: unknown) => setMessage({ kind: 'error', text: messageOf(e) }))
      .finally(() => setBusy(false));
  };

  return (
    <section className="card settings-card">
      <h2>{ui.settings.stationHeading}</h2>
      <form onSubmit={submit} className="station-form" noValidate>
        <label className="field">
          <span className="field-label">{ui.settings.unitLabel}</span>
          <select value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
            {choices.map((u) => (
              <option key={u.code} value={u.code}>
                {ui.unitOption(u.name, u.code)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={merging} onChange={(e) => setMerging(e.target.checked)} />
          <span>{ui.settings.mergingLabel}</span>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {ui.settings.saveStation}
        </button>
        {message && (
          <p
            className={message.kind === 'ok' ? 'ok-text' : 'error-text'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        )}
      </form>
      <p className="hint">
        {ui.settings.version(info.version)} · {ui.settings.dataFolder(info.dataDir)}
      </p>
    </section>
  );
}
