import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api/contract';
import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from './errors';
import { ErrorText } from './ErrorText';
import { UnitOptions } from './UnitOptions';

/** Asked once: which unit this PC reports for, and whether it merges other units' reports. */
export function FirstRun({ units, onDone }: { units: Unit[]; onDone: (settings: Settings) => void }) {
  const [unitCode, setUnitCode] = useState('');
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const chooseUnit = (code: string) => {
    setUnitCode(code);
    setError('');
    // A district or province body usually merges; the clerk can still untick it.
    setMerging(units.find((u) => u.code === code)?.level === 'huyen');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!unitCode) {
      setError(ui.firstRun.mustChooseUnit);
      return;
    }
    setBusy(true);
    call('settings.save', { unitCode, isMergingOffice: merging })
      .then(onDone)
      .catch((e: unknown) => {
        setError(messageOf(e));
        setBusy(false);
      });
  };

  return (
    <main className="first-run">
      <form className="card" onSubmit={submit} noValidate>
        <h1>{ui.firstRun.title}</h1>
        <p>{ui.firstRun.intro}</p>
        {units.length === 0 ? (
          <p className="error-text" role="alert">
            {ui.firstRun.noUnits}
          </p>
        ) : (
          <>
            <label className="field">
              <span className="field-label">{ui.firstRun.unitLabel}</span>
              <select
                value={unitCode}
                onChange={(e) => chooseUnit(e.target.value)}
                aria-invalid={error === ui.firstRun.mustChooseUnit || undefined}
                autoFocus
              >
                <option value="">{ui.firstRun.chooseUnit}</option>
                <UnitOptions units={units} />
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={merging} onChange={(e) => setMerging(e.target.checked)} />
              <span>{ui.firstRun.mergingLabel}</span>
            </label>
            <p className="hint">{ui.firstRun.mergingHint}</p>
            <ErrorText message={error} />
            <button type="submit" className="primary" disabled={busy}>
              {ui.firstRun.start}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
