import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api/contract';
import type { SetupChoice } from '../../../shared/api/setup-contract';
import {
  DEFAULT_UNITS,
  UNIT_CODE_PATTERN,
  UNIT_LEVEL_NAMES,
  type Unit,
  type UnitLevel,
} from '../../../shared/domain/units';
import { setupMessages as M } from '../../../shared/i18n/vi/setup';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from './errors';
import { ErrorText } from './ErrorText';
import { UnitOptions } from './UnitOptions';
import { CommuneSearch, type CommuneHit } from './firstRun/CommuneSearch';
import { OldDistrictPicker, ProvincePicker } from './firstRun/MergingPicker';
import './firstRun/first-run.css';

type Kind = SetupChoice['kind'];

/**
 * Asked once: which unit this PC reports for. A commune is found by typing its name in the
 * national list; a merging office picks its province (or, for periods before 1/7/2025, its old
 * district) and gets its communes as expected units. Units already in the list, a unit typed by
 * hand and the sample district (to try the app) remain possible.
 */
export function FirstRun({
  units,
  onDone,
}: {
  units: Unit[];
  onDone: (settings: Settings, units: Unit[]) => void;
}) {
  const kinds: Kind[] = [
    ...(units.length ? (['existing'] as const) : []),
    'commune',
    'province',
    'oldDistrict',
    'custom',
    'sample',
  ];
  const [kind, setKind] = useState<Kind>(kinds[0]!);
  const [commune, setCommune] = useState<CommuneHit | null>(null);
  const [province, setProvince] = useState('');
  const [district, setDistrict] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [custom, setCustom] = useState<{ code: string; name: string; level: UnitLevel }>({
    code: '',
    name: '',
    level: 'xa',
  });
  const [merging, setMerging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const listed = kind === 'sample' ? [...DEFAULT_UNITS] : units;
  const chooseKind = (next: Kind) => {
    setKind(next);
    setError('');
    setUnitCode('');
    setMerging(next === 'province' || next === 'oldDistrict');
  };
  const chooseUnit = (code: string) => {
    setUnitCode(code);
    setError('');
    // A district or province body usually merges; the clerk can still untick it.
    setMerging(listed.find((u) => u.code === code)?.level === 'huyen');
  };

  /** The choice to send, or the message saying what is missing. */
  const choice = (): SetupChoice | string => {
    switch (kind) {
      case 'commune':
        return commune ? { kind, code: commune.code } : M.mustChooseCommune;
      case 'province':
        return province ? { kind, code: province } : M.mustChooseProvince;
      case 'oldDistrict':
        return district ? { kind, code: district } : M.mustChooseOldDistrict;
      case 'existing':
      case 'sample':
        return unitCode ? { kind, unitCode } : ui.firstRun.mustChooseUnit;
      case 'custom': {
        const code = custom.code.trim().toUpperCase();
        return UNIT_CODE_PATTERN.test(code) && custom.name.trim()
          ? { kind, code, name: custom.name.trim(), level: custom.level }
          : M.mustFillCustom;
      }
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = choice();
    if (typeof chosen === 'string') {
      setError(chosen);
      return;
    }
    setBusy(true);
    call('setup.apply', { choice: chosen, isMergingOffice: merging })
      .then((result) => onDone(result.settings, result.units))
      .catch((e: unknown) => {
        setError(messageOf(e));
        setBusy(false);
      });
  };

  const showMerging = kind === 'existing' || kind === 'custom' || kind === 'sample';
  return (
    <main className="first-run">
      <form className="card" onSubmit={submit} noValidate>
        <h1>{ui.firstRun.title}</h1>
        <p>{ui.firstRun.intro}</p>
        <fieldset className="first-run-kinds">
          <legend className="field-label">{M.kindLabel}</legend>
          {kinds.map((k) => (
            <label className="check" key={k}>
              <input type="radio" name="first-run-kind" checked={kind === k} onChange={() => chooseKind(k)} />
              <span>{M.kinds[k]}</span>
            </label>
          ))}
        </fieldset>
        {kind === 'commune' && (
          <CommuneSearch
            chosen={commune}
            onChoose={(hit) => {
              setCommune(hit);
              setError('');
            }}
            invalid={!!error}
          />
        )}
        {kind === 'province' && <ProvincePicker value={province} onChange={setProvince} invalid={!!error} />}
        {kind === 'oldDistrict' && (
          <OldDistrictPicker value={district} onChange={setDistrict} invalid={!!error} />
        )}
        {(kind === 'existing' || kind === 'sample') && (
          <>
            <label className="field">
              <span className="field-label">{kind === 'sample' ? M.sampleUnit : ui.firstRun.unitLabel}</span>
              <select
                value={unitCode}
                onChange={(e) => chooseUnit(e.target.value)}
                aria-invalid={!!error || undefined}
              >
                <option value="">{ui.firstRun.chooseUnit}</option>
                <UnitOptions units={listed} />
              </select>
            </label>
            {kind === 'sample' && <p className="hint">{M.sampleNote}</p>}
          </>
        )}
        {kind === 'custom' && (
          <div className="first-run-custom">
            <label className="field">
              <span className="field-label">{M.customCode}</span>
              <input
                value={custom.code}
                maxLength={20}
                onChange={(e) => setCustom({ ...custom, code: e.target.value })}
                aria-describedby="custom-code-hint"
              />
            </label>
            <p className="hint" id="custom-code-hint">
              {M.customCodeHint}
            </p>
            <label className="field">
              <span className="field-label">{M.customName}</span>
              <input
                value={custom.name}
                maxLength={200}
                onChange={(e) => setCustom({ ...custom, name: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field-label">{M.customLevel}</span>
              <select
                value={custom.level}
                onChange={(e) => {
                  const level = e.target.value as UnitLevel;
                  setCustom({ ...custom, level });
                  setMerging(level === 'huyen');
                }}
              >
                {(['xa', 'huyen'] as const).map((level) => (
                  <option key={level} value={level}>
                    {UNIT_LEVEL_NAMES[level]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {showMerging && (
          <>
            <label className="check">
              <input type="checkbox" checked={merging} onChange={(e) => setMerging(e.target.checked)} />
              <span>{ui.firstRun.mergingLabel}</span>
            </label>
            <p className="hint">{ui.firstRun.mergingHint}</p>
          </>
        )}
        <ErrorText message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {ui.firstRun.start}
        </button>
      </form>
    </main>
  );
}
