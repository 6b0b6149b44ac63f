import { useState } from 'react';
import { browserSessionUi as t } from '../../../shared/i18n/vi/web';
import { call } from '../api/client';
import { messageOf } from '../app/errors';

/**
 * Cài đặt → Phiên đăng nhập trình duyệt (browser mode only): ends every other browser's remembered
 * session after a confirmation; this browser stays signed in (the server gives it a new session).
 */
export function BrowserSessionPanel() {
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string }>();

  const signOut = async () => {
    setConfirming(false);
    setWorking(true);
    setStatus(undefined);
    try {
      await call('settings.signOutBrowsers', { confirm: true });
      setStatus({ kind: 'info', text: t.done });
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="settings-panel browser-session-panel" aria-labelledby="browser-session-title">
      <h2 id="browser-session-title">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <button
        type="button"
        onClick={() => {
          setStatus(undefined);
          setConfirming(true);
        }}
        disabled={working || confirming}
      >
        {working ? t.working : t.signOut}
      </button>
      {confirming && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="browser-session-confirm"
          aria-modal="false"
        >
          <h3 id="browser-session-confirm">{t.confirmTitle}</h3>
          <p>{t.confirmText}</p>
          <button type="button" className="danger" onClick={() => void signOut()}>
            {t.confirmYes}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t.confirmNo}
          </button>
        </div>
      )}
      {status && (
        <p className={`banner ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
