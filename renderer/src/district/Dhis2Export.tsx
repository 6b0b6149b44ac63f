import { useEffect, useState } from 'react';
import { dhis2Ui } from '../../../shared/i18n/vi/dhis2';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { FilePicker } from '../app/FilePicker';
import { decodeUnitFile } from '../settings/parseUnitList';

type Format = 'adx' | 'json';

/**
 * The DHIS2 export of the period on screen: ADX or dataValueSets JSON of the accepted units'
 * counts, with an optional mapping .csv; the summary says what was left out and why.
 */
export function Dhis2Export({ period, disabled }: { period: string; disabled: boolean }) {
  const [format, setFormat] = useState<Format>('adx');
  const [mapping, setMapping] = useState<{ name: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [made, setMade] = useState<{ key: string; fileName: string; url: string; summary: string } | null>(
    null,
  );
  // A result belongs to the period and format it was made for: another choice hides it.
  const key = `${period}/${format}`;
  const done = made?.key === key ? made : null;
  const error = failed?.key === key ? failed.message : '';
  const setError = (message: string) => setFailed(message ? { key, message } : null);
  useEffect(() => () => void (made && URL.revokeObjectURL(made.url)), [made]);

  const pickMapping = async (file: File | undefined) => {
    setError('');
    if (!file) return;
    setMapping({ name: file.name, text: decodeUnitFile(await file.arrayBuffer()) });
  };

  const run = async () => {
    setBusy(true);
    setError('');
    setMade(null);
    try {
      const out = await call('district.exportDhis2', {
        period,
        format,
        ...(mapping ? { mappingCsv: mapping.text } : {}),
      });
      const type = format === 'adx' ? 'application/adx+xml' : 'application/json';
      const url = URL.createObjectURL(new Blob([out.content], { type }));
      setMade({ key, fileName: out.fileName, url, summary: out.summary });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card dhis2-export" aria-labelledby="dhis2-title">
      <h2 id="dhis2-title">{dhis2Ui.title}</h2>
      <p className="hint">{dhis2Ui.hint}</p>
      <div className="dhis2-controls">
        <label>
          {dhis2Ui.format}{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="adx">{dhis2Ui.formats.adx}</option>
            <option value="json">{dhis2Ui.formats.json}</option>
          </select>
        </label>
        <FilePicker label={dhis2Ui.mapping} accept=".csv,.txt" onFile={(file) => void pickMapping(file)} />
        <button type="button" className="primary" disabled={disabled || busy} onClick={() => void run()}>
          {busy ? dhis2Ui.exporting : dhis2Ui.export}
        </button>
      </div>
      {mapping && (
        <p>
          {dhis2Ui.mappingChosen(mapping.name)}{' '}
          <button type="button" onClick={() => setMapping(null)}>
            {dhis2Ui.removeMapping}
          </button>
        </p>
      )}
      {done && (
        <div className="ok-text" role="status">
          {done.summary.split('\n').map((line) => (
            <p key={line}>{line}</p>
          ))}
          <a href={done.url} download={done.fileName}>
            {dhis2Ui.download(done.fileName)}
          </a>
        </div>
      )}
      {error && (
        <p className="error-text dhis2-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
