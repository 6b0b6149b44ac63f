import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../shared/api/contract';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';

/** Where exported workbooks go: Documents\Báo cáo CCHC unless the clerk names another folder. */
export function ExportFolderSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}) {
  const [text, setText] = useState(settings.exportFolder ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = (exportFolder: string | null) => {
    setBusy(true);
    setMessage(null);
    call('settings.save', {
      unitCode: settings.unitCode,
      isMergingOffice: settings.isMergingOffice,
      exportFolder,
    })
      .then((saved) => {
        onSaved(saved);
        setText(saved.exportFolder ?? '');
        setMessage({ kind: 'ok', text: ui.settings.exportFolderSaved(saved.exportFolder ?? '') });
      })
      .catch((e: unknown) => setMessage({ kind: 'error', text: messageOf(e) }))
      .finally(() => setBusy(false));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) save(text.trim());
  };

  return (
    <section className="card settings-card export-folder">
      <h2>{ui.settings.exportFolderHeading}</h2>
      <form className="station-form" onSubmit={submit}>
        <label className="field grow">
          <span className="field-label">{ui.settings.exportFolderLabel}</span>
          <input
            type="text"
            value={text}
            disabled={busy}
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <div className="import-actions">
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            {ui.settings.exportFolderSave}
          </button>
          <button
            type="button"
            disabled={busy || settings.exportFolder === settings.defaultExportFolder}
            onClick={() => save(null)}
          >
            {ui.settings.exportFolderReset}
          </button>
        </div>
      </form>
      {message && (
        <p
          className={message.kind === 'ok' ? 'ok-text' : 'error-text'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      )}
      <p className="hint">{ui.settings.exportFolderHint}</p>
    </section>
  );
}
