import { useState } from 'react';
import type { RecoveryBackup, RecoveryStatus } from '../../../shared/api/recovery-contract';
import { recoveryMessages as t } from '../../../shared/i18n/vi/recovery';
import { backupReasonLabels } from '../../../shared/i18n/vi/trust';
import { call } from '../api/client';
import { formatBackupTime } from '../settings/BackupsPanel';
import { messageOf } from './errors';
import './recovery.css';
import { ConfirmBox } from './ConfirmBox';

type Confirming = { kind: 'restore'; backup: RecoveryBackup } | { kind: 'empty' } | undefined;

function holds(b: RecoveryBackup): string {
  if (!b.usable) return t.unusable;
  const what = t.holds(b.units ?? 0, b.reports ?? 0, b.receivedFiles ?? 0, b.unitCode);
  return b.lastSavedAt ? `${what}; ${t.lastSaved(formatBackupTime(b.lastSavedAt))}` : what;
}

/**
 * Shown instead of the app when its database is missing, empty or damaged at start: the backups
 * with their date and what they hold; restoring one (or starting empty) keeps the damaged file.
 */
export function RecoveryScreen({
  status: initial,
  onDone,
}: {
  status: RecoveryStatus;
  /** The data folder is open again: start the app. */
  onDone: () => void;
}) {
  const [status, setStatus] = useState(initial);
  const [confirming, setConfirming] = useState<Confirming>();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<string | undefined>();

  const reload = () => {
    setError('');
    call('recovery.status', {}).then(setStatus, (e: unknown) => setError(messageOf(e)));
  };
  const run = async () => {
    if (!confirming) return;
    setWorking(true);
    setError('');
    try {
      const result =
        confirming.kind === 'restore'
          ? await call('recovery.restore', { fileName: confirming.backup.fileName, confirm: true })
          : await call('recovery.startEmpty', { confirm: true });
      setDone(t.done(result.damagedKeptAs));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setWorking(false);
      setConfirming(undefined);
    }
  };

  return (
    <main className="recovery-screen">
      <h1>{t.title}</h1>
      {done ? (
        <div className="banner info" role="status">
          <p>{done}</p>
          <button type="button" className="primary" onClick={onDone}>
            {t.open}
          </button>
        </div>
      ) : (
        <>
          <p className="recovery-problem">
            {status.problem && t.problem[status.problem](status.databaseFile)}
          </p>
          {error && (
            <div className="banner error" role="alert">
              <p>{error}</p>
            </div>
          )}
          {status.backups.length === 0 ? (
            <p>{t.noBackups(status.backupFolder)}</p>
          ) : (
            <>
              <p>{t.choose}</p>
              <table className="backups-table">
                <thead>
                  <tr>
                    <th scope="col">{t.columns.createdAt}</th>
                    <th scope="col">{t.columns.reason}</th>
                    <th scope="col">{t.columns.holds}</th>
                    <th scope="col">{t.columns.action}</th>
                  </tr>
                </thead>
                <tbody>
                  {status.backups.map((b) => (
                    <tr key={b.fileName} title={b.fileName}>
                      <td>{formatBackupTime(b.createdAt)}</td>
                      <td>{backupReasonLabels[b.reason]}</td>
                      <td>{holds(b)}</td>
                      <td>
                        {b.usable && (
                          <button
                            type="button"
                            disabled={working}
                            onClick={() => setConfirming({ kind: 'restore', backup: b })}
                            aria-label={`${t.restore} ${formatBackupTime(b.createdAt)}`}
                          >
                            {t.restore}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {confirming && (
            <ConfirmBox
              id="recovery-confirm-title"
              title={t.confirmTitle}
              text={
                confirming.kind === 'restore'
                  ? t.confirm(formatBackupTime(confirming.backup.createdAt))
                  : t.confirmStartEmpty
              }
              yes={working ? t.restoring : confirming.kind === 'restore' ? t.confirmYes : t.startEmptyYes}
              no={t.confirmNo}
              busy={working}
              onYes={() => void run()}
              onNo={() => setConfirming(undefined)}
            />
          )}
          <p className="recovery-actions">
            <button type="button" onClick={reload} disabled={working}>
              {t.reload}
            </button>{' '}
            <button type="button" onClick={() => setConfirming({ kind: 'empty' })} disabled={working}>
              {t.startEmpty}
            </button>
          </p>
        </>
      )}
    </main>
  );
}
