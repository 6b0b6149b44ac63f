import { useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/backups';
import { formatCount } from '../../../shared/format/numbers';
import { backupPanelText as t, backupReasonLabels } from '../../../shared/i18n/vi/trust';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { useApiCall } from '../app/useApiCall';
import { ConfirmBox } from '../app/ConfirmBox';

const pad = (n: number) => String(n).padStart(2, '0');

/** "01/06/2024 10:32:05" in the clerk's local time. */
export function formatBackupTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(
    d.getMinutes(),
  )}:${pad(d.getSeconds())}`;
}

/** "1.234 KB": sizes in whole kilobytes with the Vietnamese thousands separator. */
export function formatSize(bytes: number): string {
  return `${formatCount(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
}

type Status = { kind: 'info' | 'error'; text: string; reload?: boolean } | undefined;

/** Settings → Sao lưu dữ liệu: the list of backups, "Sao lưu ngay", restore with a confirmation. */
export function BackupsPanel() {
  const [folder, setFolder] = useState('');
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const [working, setWorking] = useState<'backup' | 'restore' | undefined>();
  const [confirming, setConfirming] = useState<BackupInfo | undefined>();
  const [status, setStatus] = useState<Status>();

  const [listVersion, setListVersion] = useState(0);
  const refresh = () => setListVersion((v) => v + 1);

  useApiCall(
    () => call('backups.list', {}),
    (listing) => {
      setFolder(listing.folder);
      setBackups(listing.backups);
    },
    (error) => {
      setStatus({ kind: 'error', text: messageOf(error) });
      setBackups([]);
    },
    [listVersion],
  );

  const backupNow = async () => {
    setWorking('backup');
    setStatus(undefined);
    try {
      const made = await call('backups.create', {});
      setStatus({ kind: 'info', text: t.backupDone(formatBackupTime(made.createdAt)) });
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    } finally {
      setWorking(undefined);
      refresh();
    }
  };

  const restore = async (backup: BackupInfo) => {
    setConfirming(undefined);
    setWorking('restore');
    setStatus(undefined);
    try {
      const result = await call('backups.restore', { fileName: backup.fileName, confirm: true });
      setStatus({
        kind: 'info',
        text: t.restored(formatBackupTime(result.restored.createdAt), result.safetyBackup.fileName),
        reload: true,
      });
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    } finally {
      setWorking(undefined);
      refresh();
    }
  };

  return (
    <section className="card settings-card backups-panel" aria-labelledby="backups-title">
      <h2 id="backups-title">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      {folder && <p className="hint backups-folder">{t.folder(folder)}</p>}
      <p>
        <button type="button" onClick={() => void backupNow()} disabled={working !== undefined}>
          {working === 'backup' ? t.backingUp : t.backupNow}
        </button>
      </p>
      {status && (
        <div className={`banner ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <p>{status.text}</p>
          {status.reload && (
            <button type="button" onClick={() => window.location.reload()}>
              {t.reload}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmBox
          id="restore-confirm-title"
          heading="h3"
          title={t.confirmTitle}
          text={t.confirmText(formatBackupTime(confirming.createdAt))}
          yes={t.confirmYes}
          no={t.confirmNo}
          onYes={() => void restore(confirming)}
          onNo={() => setConfirming(undefined)}
        />
      )}
      {backups === undefined ? (
        <p className="hint">{t.loading}</p>
      ) : backups.length === 0 ? (
        <p className="hint">{t.none}</p>
      ) : (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">{t.columnTime}</th>
              <th scope="col">{t.columnReason}</th>
              <th scope="col">{t.columnSize}</th>
              <th scope="col">{t.columnAction}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.fileName} title={b.fileName}>
                <td>{formatBackupTime(b.createdAt)}</td>
                <td>{backupReasonLabels[b.reason]}</td>
                <td className="number">{formatSize(b.size)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => setConfirming(b)}
                    disabled={working !== undefined}
                    aria-label={`${t.restore} ${formatBackupTime(b.createdAt)}`}
                  >
                    {working === 'restore' && confirming === b ? t.restoring : t.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t.moveTitle}</h3>
      <ol className="hint move-steps">
        {t.moveSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
