import { useId, useState } from 'react';
import type { Unit } from '../../../shared/domain/units';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { FilePicker } from '../app/FilePicker';
import { decodeUnitFile, parseUnitList } from './parseUnitList';

/** Imports a unit list pasted or read from a .csv/.txt file (`code;name;level` per line). */
export function UnitImport({ onUnitsChange }: { onUnitsChange: (units: Unit[]) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const textId = useId();
  const parsed = text.trim() ? parseUnitList(text) : null;

  const pickFile = (file: File | undefined) => {
    if (!file) return;
    file
      .arrayBuffer()
      .then((bytes) => {
        setText(decodeUnitFile(bytes));
        setResult(null);
      })
      .catch(() => setResult({ kind: 'error', text: ui.settings.fileUnreadable(file.name) }));
  };

  const importUnits = () => {
    if (!parsed || parsed.problems.length > 0 || parsed.units.length === 0) return;
    setBusy(true);
    call('units.import', { units: parsed.units })
      .then(async ({ added, updated }) => {
        onUnitsChange(await call('units.list', { includeInactive: true }));
        setResult({ kind: 'ok', text: ui.settings.importDone(added, updated) });
        setText('');
      })
      .catch((e: unknown) => setResult({ kind: 'error', text: messageOf(e) }))
      .finally(() => setBusy(false));
  };

  return (
    <section className="card settings-card">
      <h2>{ui.settings.importHeading}</h2>
      <p className="hint">{ui.settings.importIntro}</p>
      <label htmlFor={textId} className="field-label">
        {ui.settings.importText}
      </label>
      <textarea
        id={textId}
        rows={5}
        value={text}
        spellCheck={false}
        onChange={(e) => {
          setText(e.target.value);
          setResult(null);
        }}
      />
      <div className="import-actions">
        <FilePicker label={ui.settings.importFile} accept=".csv,.txt,text/csv,text/plain" onFile={pickFile} />
        {parsed && parsed.problems.length === 0 && (
          <button type="button" className="primary" disabled={busy} onClick={importUnits}>
            {ui.settings.importButton(parsed.units.length)}
          </button>
        )}
      </div>
      {parsed && parsed.problems.length > 0 && (
        <div className="error-text" role="alert">
          <p>{ui.settings.importProblems}</p>
          <ul>
            {parsed.problems.map((p) => (
              <li key={p.line}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {result && (
        <p
          className={result.kind === 'ok' ? 'ok-text' : 'error-text'}
          role={result.kind === 'ok' ? 'status' : 'alert'}
        >
          {result.text}
        </p>
      )}
    </section>
  );
}
