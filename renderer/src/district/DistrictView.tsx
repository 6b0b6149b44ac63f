import { useCallback, useRef, useState } from 'react';
import type { ApiResult } from '../../../shared/api/contract';
import type { ImportResult } from '../../../shared/api/district-contract';
import { periodName } from '../../../shared/domain/periods';
import { districtUi } from '../../../shared/i18n/vi/district';
import { exportPanelText } from '../../../shared/i18n/vi/workbook';
import { download } from '../form/ExportPanel';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { PeriodComparison } from '../compare/PeriodComparison';
import { WordReportButton } from '../report/WordReportButton';
import { CompletenessChart } from './CompletenessChart';
import { CompletenessTable } from './CompletenessTable';
import { Dhis2Export } from './Dhis2Export';
import { ImportResults } from './ImportResults';
import { importInBatches } from './importBatches';
import { RollUpTree } from './RollUpTree';
import { UnitHistory } from './UnitHistory';
import { useWindowFileDrop } from './useWindowFileDrop';
import './district.css';
import { useApiCall } from '../app/useApiCall';
import { ErrorText } from '../app/ErrorText';

type Completeness = ApiResult<'district.completeness'>;

/**
 * The merging office's screen: who has reported for the period, receiving files (dropped anywhere
 * on the window or picked), the result of each, the history of a unit, and the merged workbook.
 */
export function DistrictView({ period }: { period: string }) {
  // Kept with the period it belongs to, so a change of period never shows the previous one's table.
  const [loaded, setLoaded] = useState<{ period: string; value: Completeness } | null>(null);
  const completeness = loaded?.period === period ? loaded.value : null;
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [historyOf, setHistoryOf] = useState<{ code: string; name: string; period: string } | null>(null);
  const history = historyOf?.period === period ? historyOf : null;
  const [compareOf, setCompareOf] = useState<{ code: string; name: string; period: string } | null>(null);
  const comparing = compareOf?.period === period ? compareOf : null;
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<{
    fileName: string;
    savedPath: string;
    downloaded: boolean;
  } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const load = useCallback(async () => {
    try {
      setLoaded({ period, value: await call('district.completeness', { period }) });
      setError('');
    } catch (e) {
      setError(messageOf(e));
    }
  }, [period]);

  useApiCall(
    () => call('district.completeness', { period }),
    (value) => setLoaded({ period, value }),
    (e) => setError(messageOf(e)),
    [period],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      if (!files.length || progress) return;
      setError('');
      setResults(null);
      setProgress({ done: 0, total: files.length });
      try {
        const all = await importInBatches(
          files,
          (batch) => call('district.import', { files: batch, period }),
          (done, total) => setProgress({ done, total }),
        );
        setResults(all);
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setProgress(null);
        await load();
      }
    },
    [period, progress, load],
  );

  const dragging = useWindowFileDrop((files) => void importFiles(files));

  const openFolder = async (savedPath: string) => {
    try {
      await call('workbook.openFolder', { path: savedPath });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const exportMerged = async () => {
    setExporting(true);
    setError('');
    try {
      const out = await call('district.exportMerged', { period });
      // Saved like the commune's export: in the export folder, and downloaded in browser mode.
      setExported({ fileName: out.fileName, savedPath: out.savedPath, downloaded: download(out) });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="district">
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{districtUi.dropOverlay}</p>
        </div>
      )}
      <div className="district-head">
        <h1>
          {districtUi.title} — {periodName(period)}
        </h1>
        <button
          type="button"
          className="primary"
          onClick={() => void exportMerged()}
          disabled={exporting || !!progress}
        >
          {exporting ? districtUi.exporting : districtUi.exportMerged}
        </button>
        <WordReportButton target={{ kind: 'merged', period }} disabled={exporting || !!progress} />
      </div>

      {exported && (
        <div className="export-result export-done" role="status">
          <span className="ok-text">{districtUi.exported(exported.fileName, exported.savedPath)}</span>
          <button type="button" onClick={() => void openFolder(exported.savedPath)}>
            {exportPanelText.openFolder}
          </button>
          {exported.downloaded && <span className="hint">{exportPanelText.downloaded}</span>}
        </div>
      )}
      <ErrorText message={error} />

      <div className="card drop-zone">
        <p>
          {districtUi.dropHint}{' '}
          <button type="button" onClick={() => input.current?.click()} disabled={!!progress}>
            {districtUi.pickFiles}
          </button>
        </p>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx"
          className="visually-hidden"
          aria-label={districtUi.pickFiles}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void importFiles(files);
          }}
        />
        {progress && (
          <div className="import-progress" role="status">
            <progress max={progress.total} value={progress.done} />
            <span>{districtUi.importing(progress.done, progress.total)}</span>
          </div>
        )}
      </div>

      {results && <ImportResults results={results} onClose={() => setResults(null)} />}

      {completeness ? (
        <section className="card" aria-label={districtUi.chartTitle}>
          <CompletenessChart counts={completeness.counts} />
          <CompletenessTable
            completeness={completeness}
            onHistory={(unit) => setHistoryOf({ ...unit, period })}
            onCompare={(unit) => setCompareOf({ ...unit, period })}
          />
          {completeness.unattributed.length > 0 && (
            <details className="unattributed">
              <summary>
                {districtUi.unattributed} ({completeness.unattributed.length})
              </summary>
              <ul>
                {completeness.unattributed.map((f) => (
                  <li key={f.id}>
                    <strong>{f.fileName}</strong>: {f.problems.map((p) => p.message).join(' ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      ) : (
        !error && <p className="hint">{districtUi.loading}</p>
      )}

      {completeness && (
        <RollUpTree completeness={completeness} onHistory={(unit) => setHistoryOf({ ...unit, period })} />
      )}

      <Dhis2Export period={period} disabled={!!progress} />

      {history && (
        <UnitHistory
          key={`${history.code}/${period}`}
          unitCode={history.code}
          unitName={history.name}
          period={period}
          onClose={() => setHistoryOf(null)}
        />
      )}

      {comparing && (
        <PeriodComparison
          key={`${comparing.code}/${period}`}
          unitCode={comparing.code}
          unitName={comparing.name}
          period={period}
          onClose={() => setCompareOf(null)}
        />
      )}
    </div>
  );
}
