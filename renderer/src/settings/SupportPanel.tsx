import { useState } from 'react';
import { supportText as t } from '../../../shared/i18n/vi/trust';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { downloadBase64 } from '../app/files';

/** Settings → Hỗ trợ: "Xuất nhật ký" saves the support log for whoever helps the commune. */
export function SupportPanel() {
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string }>();

  const exportLog = async () => {
    setWorking(true);
    setStatus(undefined);
    try {
      const bundle = await call('support.exportLog', {});
      downloadBase64(bundle.fileName, bundle.contentBase64, 'text/plain;charset=utf-8');
      setStatus({ kind: 'info', text: t.exported(bundle.fileName) });
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="card settings-card support-panel" aria-labelledby="support-title">
      <h2 id="support-title">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <button type="button" onClick={() => void exportLog()} disabled={working}>
        {working ? t.exporting : t.exportLog}
      </button>
      {status && (
        <p className={`banner ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
