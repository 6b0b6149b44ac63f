import { useState } from 'react';
import type { AppInfo, Settings } from '../../../shared/api/contract';
import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { UnitOptions } from '../app/UnitOptions';

/**
 * Which unit this PC reports for, and whether it is a merging office. Each change is saved at
 * once (there is no button to forget before leaving Settings); if it cannot be saved, the boxes
 * go back to what is saved and say why.
 */
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
  const [shown, setShown] = useState(settings);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const choices = units.filter((u) => u.active || u.code === settings.unitCode);

  const change = (next: Settings) => {
    setShown(next);
    setMessage(null);
    setBusy(true);
    // Only what this panel changes: the period and the export folder are kept as they are.
    call('settings.save', { unitCode: next.unitCode, isMergingOffice: next.isMergingOffice })
      .then((saved) => {
        onSaved(saved);
        setShown(saved);
        setMessage({ kind: 'ok', text: ui.settings.stationSaved });
      })
      .catch((e: unknown) => {
        setShown(settings);
        setMessage({ kind: 'error', text: messageOf(e) });
      })
      .finally(() => setBusy(false));
  };

  return (
    <section className="card settings-card">
      <h2>{ui.settings.stationHeading}</h2>
      <div className="station-form">
        <label className="field">
          <span className="field-label">{ui.settings.unitLabel}</span>
          <select
            value={shown.unitCode}
            disabled={busy}
            onChange={(e) => change({ ...shown, unitCode: e.target.value })}
          >
            <UnitOptions units={choices} />
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={shown.isMergingOffice}
            disabled={busy}
            onChange={(e) => change({ ...shown, isMergingOffice: e.target.checked })}
          />
          <span>{ui.settings.mergingLabel}</span>
        </label>
        {message && (
          <p
            className={message.kind === 'ok' ? 'ok-text' : 'error-text'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        )}
      </div>
      <p className="hint">{ui.settings.savedOnChange}</p>
      <p className="hint">
        {ui.settings.version(info.version)} · {ui.settings.dataFolder(info.dataDir)}
      </p>
    </section>
  );
}
