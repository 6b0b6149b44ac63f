import { useEffect, useState } from 'react';
import type { SavedWordReport } from '../../../shared/api/report-contract';
import { periodName } from '../../../shared/domain/periods';
import { wordReportUi as t } from '../../../shared/i18n/vi/report';
import { exportPanelText } from '../../../shared/i18n/vi/workbook';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { base64Url, downloadInBrowser, DOCX_TYPE } from '../app/files';
import './word-report.css';

type Target = { kind: 'own'; unitCode: string; period: string } | { kind: 'merged'; period: string };

/** Whether the report compares with the previous period, and over how many units. */
function comparedText(saved: SavedWordReport): string {
  if (!saved.comparedWith) return t.notCompared;
  const name = periodName(saved.comparedWith);
  const c = saved.comparedUnits;
  return c && c.units < c.of ? t.comparedOver(name, c.units, c.of) : t.compared(name);
}

/**
 * "Xuất báo cáo Word": the report in the Nghị định 30 layout, for a commune (its own figures) or
 * the merging office (the merge of the files it holds). Says where it was saved, whether it compares
 * with the previous period, and that the yellow places are the clerk's to write.
 */
export function WordReportButton({
  target,
  beforeExport,
  disabled,
}: {
  target: Target;
  /** Saves what was just typed first (the form's autosave flush). */
  beforeExport?: () => Promise<boolean>;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<{
    key: string;
    saved: SavedWordReport;
    url: string;
    downloaded: boolean;
  }>();
  const key = target.kind === 'own' ? `${target.unitCode}|${target.period}` : `*|${target.period}`;
  const shown = done?.key === key ? done : undefined;

  useEffect(() => () => (done ? URL.revokeObjectURL(done.url) : undefined), [done]);

  const run = async () => {
    setBusy(true);
    setError('');
    try {
      if (beforeExport && !(await beforeExport())) {
        setError(exportPanelText.notSavedYet);
        return;
      }
      const saved =
        target.kind === 'own'
          ? await call('report.exportWord', { unitCode: target.unitCode, period: target.period })
          : await call('district.exportWord', { period: target.period });
      setDone({
        key,
        saved,
        url: base64Url(saved.base64, DOCX_TYPE),
        downloaded: downloadInBrowser(saved, DOCX_TYPE),
      });
    } catch (e) {
      setDone(undefined);
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="word-report">
      <button type="button" disabled={busy || disabled} onClick={() => void run()}>
        {busy ? t.working : t.button}
      </button>
      {shown && (
        <div className="word-report-result" role="status">
          <span>{t.saved(shown.saved.fileName, shown.saved.savedPath)}</span>
          <span>{comparedText(shown.saved)}</span>
          <span className="hint">{t.fillHint}</span>
          {shown.downloaded && <span className="hint">{exportPanelText.downloaded}</span>}
          <a href={shown.url} download={shown.saved.fileName}>
            {t.download}
          </a>
        </div>
      )}
      {error && (
        <p className="word-report-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
