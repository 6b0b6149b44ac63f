import { useRef, useState, type ChangeEvent } from 'react';
import {
  MAX_RESTORE_FILE_BYTES,
  type RestorePreview,
  type SavedWorkbook,
} from '../../../shared/api/workbook-contract';
import { periodName } from '../../../shared/domain/periods';
import { exportPanelText as t, workbookServiceMessages } from '../../../shared/i18n/vi/workbook';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { downloadInBrowser, fileToBase64, XLSX_TYPE } from '../app/files';
import { WordReportButton } from '../report/WordReportButton';
import './export-panel.css';

/** Every workbook export (the commune's workbook, the district's merged workbook). */
export const download = (saved: Pick<SavedWorkbook, 'fileName' | 'base64'>): boolean =>
  downloadInBrowser(saved, XLSX_TYPE);

type Busy = 'export' | 'blank' | 'restore' | undefined;
interface Done {
  /** The report it was made for: another unit or period shows nothing. */
  key: string;
  saved: SavedWorkbook;
  blank: boolean;
  downloaded: boolean;
  /** When the file was made (ms): a save after it means the file no longer holds the report. */
  at: number;
}
interface PendingRestore {
  fileName: string;
  base64: string;
  preview: RestorePreview;
}

/**
 * The workbook actions of a report: export the file for the district (the app shows where it was
 * saved and opens its folder), a blank template, and restoring the commune's own workbook on a new
 * PC, after a confirmation when it would overwrite data.
 */
export function ExportPanel({
  unitCode,
  period,
  beforeExport,
  unsavedErrors,
  onRestored,
  savedAt = 0,
}: {
  unitCode: string;
  period: string;
  /** When the report was last saved (ms since 1970; 0: not since the form opened). */
  savedAt?: number;
  /**
   * Saves what was just typed before the file is made (the form's autosave flush). In Electron the
   * blur's save reaches the main process first anyway; over HTTP two requests may race. Also
   * awaited before a restore, so no save still on its way lands over the restored data.
   */
  beforeExport?: () => Promise<boolean>;
  /**
   * The form's errors, counted as its tabs count them, when a box holds a refused entry that was
   * not saved (0 otherwise): the export is refused here with that count, as the stored report the
   * service checks lacks that entry and its error.
   */
  unsavedErrors?: () => number;
  /**
   * The report on disk was replaced from a file: the form drops what it holds and opens it again,
   * showing `message`. Without it the panel shows the message itself.
   */
  onRestored?: (message: string) => void;
}) {
  const [busy, setBusy] = useState<Busy>();
  const [done, setDone] = useState<Done>();
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState('');
  const [pending, setPending] = useState<PendingRestore>();
  const fileInput = useRef<HTMLInputElement>(null);
  const key = `${unitCode}|${period}`;
  const shown = done?.key === key ? done : undefined;

  const run = async (kind: 'export' | 'blank') => {
    setBusy(kind);
    setError(undefined);
    setInfo('');
    try {
      const blocking = kind === 'export' ? (unsavedErrors?.() ?? 0) : 0;
      if (blocking > 0) {
        setDone(undefined);
        setError(workbookServiceMessages.reportHasErrors(blocking));
        return;
      }
      if (kind === 'export' && beforeExport && !(await beforeExport())) {
        setError(t.notSavedYet);
        return;
      }
      const saved = await call(kind === 'export' ? 'workbook.exportReport' : 'workbook.blankTemplate', {
        unitCode,
        period,
      });
      setDone({ key, saved, blank: kind === 'blank', downloaded: download(saved), at: Date.now() });
    } catch (e) {
      setDone(undefined);
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const openFolder = async () => {
    if (!shown) return;
    setError(undefined);
    try {
      await call('workbook.openFolder', { path: shown.saved.savedPath });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setInfo('');
    if (file.size > MAX_RESTORE_FILE_BYTES) {
      setError(t.fileTooLarge(Math.round(MAX_RESTORE_FILE_BYTES / 1024 / 1024)));
      return;
    }
    setBusy('restore');
    try {
      const base64 = await fileToBase64(file);
      const preview = await call('workbook.restorePreview', {
        fileName: file.name,
        base64,
        unitCode,
        period,
      });
      setPending({ fileName: file.name, base64, preview });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const applyRestore = async () => {
    if (!pending) return;
    setBusy('restore');
    try {
      await beforeExport?.();
      await call('workbook.restoreApply', {
        fileName: pending.fileName,
        base64: pending.base64,
        unitCode,
        period,
        confirm: true,
      });
      setPending(undefined);
      const message = t.restored(pending.fileName);
      if (onRestored) onRestored(message);
      else setInfo(message);
    } catch (e) {
      setPending(undefined);
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="export-panel" aria-label={t.title}>
      <div className="export-actions">
        <button type="button" className="primary" disabled={!!busy} onClick={() => void run('export')}>
          {busy === 'export' ? t.exporting : t.export}
        </button>
        <button type="button" disabled={!!busy} onClick={() => void run('blank')}>
          {t.blank}
        </button>
        <button type="button" disabled={!!busy} onClick={() => fileInput.current?.click()}>
          {busy === 'restore' ? t.restoreChecking : t.restore}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label={t.restore}
          onChange={(e) => void pickFile(e)}
        />
      </div>
      <WordReportButton
        target={{ kind: 'own', unitCode, period }}
        beforeExport={beforeExport}
        disabled={!!busy}
      />
      {shown && (
        <div className="export-result" role="status">
          <span>
            {shown.blank
              ? t.blankSavedAt(shown.saved.fileName)
              : t.savedAt(shown.saved.fileName, shown.saved.revision)}
          </span>
          <span className="export-path">{shown.saved.savedPath}</span>
          <button type="button" onClick={() => void openFolder()}>
            {t.openFolder}
          </button>
          {shown.downloaded && <span className="hint">{t.downloaded}</span>}
        </div>
      )}
      {shown && !shown.blank && savedAt > shown.at && (
        <div className="export-warning" role="note">
          {t.changedSinceExport(shown.saved.fileName)}
        </div>
      )}
      {shown && shown.saved.blankCounts.length > 0 && (
        <div className="export-warning" role="note">
          {t.blankCounts(shown.saved.blankCounts)}
        </div>
      )}
      {info && (
        <div className="export-result" role="status">
          {info}
        </div>
      )}
      {error && (
        <div className="export-error" role="alert">
          {error}
        </div>
      )}
      {pending && (
        <RestoreDialog
          pending={pending}
          busy={busy === 'restore'}
          onConfirm={() => void applyRestore()}
          onCancel={() => setPending(undefined)}
        />
      )}
    </div>
  );
}

function RestoreDialog({
  pending,
  busy,
  onConfirm,
  onCancel,
}: {
  pending: PendingRestore;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { check, canRestore, existing } = pending.preview;
  const name = periodName(check.identity?.period ?? '');
  const errors = check.problems.filter((p) => p.level === 'error');
  const warnings = check.problems.filter((p) => p.level === 'warning');
  const same = canRestore && !!existing?.sameData;
  return (
    <div className="restore-dialog">
      <div
        className="restore-box"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="restore-title"
        onKeyDown={(e) => {
          // Esc is "Hủy", as in any dialog; never while the restore is being applied.
          if (e.key === 'Escape' && !busy) {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2 id="restore-title">{t.restoreTitle}</h2>
        {pending.preview.notice && <p className="warning-text">{pending.preview.notice}</p>}
        {!canRestore && (
          <>
            <p>{t.restoreRefused}</p>
            <ul>
              {errors.map((p, i) => (
                <li key={i} className="problem-error">
                  {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
        {canRestore && same && <p>{t.restoreSame}</p>}
        {canRestore && !same && (
          <p>
            <strong>{existing?.hasData ? t.restoreWillOverwrite(name) : t.restoreNew(name)}</strong>
          </p>
        )}
        {canRestore && warnings.length > 0 && (
          <>
            <p>{t.restoreWarnings}</p>
            <ul>
              {warnings.map((p, i) => (
                <li key={i} className="problem-warning">
                  {p.message}
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="restore-buttons">
          {canRestore && !same && (
            <button
              type="button"
              className={existing?.hasData ? 'danger' : 'primary'}
              disabled={busy}
              onClick={onConfirm}
            >
              {t.restoreConfirm}
            </button>
          )}
          <button type="button" onClick={onCancel} autoFocus>
            {t.cancel}
          </button>
        </div>
      </div>
    </div>
  );
}
