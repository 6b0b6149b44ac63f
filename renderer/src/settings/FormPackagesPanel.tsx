import { useEffect, useState } from 'react';
import { MAX_FORM_PACKAGE_BYTES, type FormsState } from '../../../shared/api/form-contract';
import { formPackageMessages as t } from '../../../shared/i18n/vi/form-install';
import { ApiCallError, call } from '../api/client';
import { messageOf } from '../app/errors';
import { FilePicker } from '../app/FilePicker';
import { fileToBase64 } from '../app/files';
import { formatBackupTime } from './BackupsPanel';

type Status = { kind: 'info' | 'error'; text: string; details?: string[] } | undefined;

/**
 * Settings → Biểu mẫu báo cáo: the form in use, every version installed, and "Cài biểu mẫu từ
 * tệp…" for the package the province sends. A refused package lists its problems (sheet, cell).
 */
export function FormPackagesPanel({ onInstalled }: { onInstalled: () => void }) {
  const [forms, setForms] = useState<FormsState | undefined>();
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    let live = true;
    call('form.list', {}).then(
      (state) => live && setForms(state),
      (e: unknown) => live && setStatus({ kind: 'error', text: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const install = async (file: File | undefined) => {
    if (!file) return;
    setStatus(undefined);
    if (file.size > MAX_FORM_PACKAGE_BYTES) return setStatus({ kind: 'error', text: t.tooLarge(file.name) });
    setWorking(true);
    try {
      const state = await call('form.install', {
        fileName: file.name,
        base64: await fileToBase64(file),
      });
      setForms(state);
      setStatus({ kind: 'info', text: t.installed(state.active.title, state.active.version) });
      onInstalled();
    } catch (e) {
      const details = e instanceof ApiCallError ? e.error.details : undefined;
      setStatus({ kind: 'error', text: messageOf(e), ...(details ? { details } : {}) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="settings-panel form-packages-panel" aria-labelledby="form-packages-title">
      <h2 id="form-packages-title">{t.title}</h2>
      {forms && (
        <p>{t.inUse(forms.active.title, forms.active.id, forms.active.version, forms.active.builtIn)}</p>
      )}
      <p className="hint">{t.intro}</p>
      <FilePicker
        label={working ? t.installing : t.install}
        name={t.install}
        accept=".xlsx"
        disabled={working}
        onFile={(file) => void install(file)}
      />
      {status && (
        <div className={`banner ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <p>{status.text}</p>
          {status.details && (
            <ul>
              {status.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {forms && (
        <>
          <h3>{t.installedList}</h3>
          {forms.installed.length === 0 ? (
            <p className="hint">{t.none}</p>
          ) : (
            <ul>
              {forms.installed.map((p) => (
                <li key={p.id}>{t.row(p.version, p.title, p.fileName, formatBackupTime(p.installedAt))}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
