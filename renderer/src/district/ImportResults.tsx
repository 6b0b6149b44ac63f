import type { ImportResult } from '../../../shared/api/district-contract';
import { districtMessages, districtUi } from '../../../shared/i18n/vi/district';
import { problemText } from './format';

/** The outcome of each file of the last import, with every problem in Vietnamese. */
const ORDER = { refused: 0, warnings: 1, accepted: 2 } as const;

/** A clean file that was simply received: one line. Anything else gets its message in full. */
const compact = (r: ImportResult) =>
  r.verdict === 'accepted' && (r.outcome === 'current' || r.outcome === 'replaced');

/** Refused files first, then those with warnings: what needs a person's attention comes first. */
export function ImportResults({ results, onClose }: { results: ImportResult[]; onClose: () => void }) {
  const sorted = [...results].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const count = (v: ImportResult['verdict']) => results.filter((r) => r.verdict === v).length;
  // A notice is about how the batch was checked (e.g. without the safety limits): shown once.
  const notices = [...new Set(results.flatMap((r) => (r.notice ? [r.notice] : [])))];
  return (
    <section className="card import-results" aria-label={districtUi.resultsTitle}>
      <div className="results-head">
        <h2>{districtUi.resultsTitle}</h2>
        <button type="button" onClick={onClose}>
          {districtUi.clearResults}
        </button>
      </div>
      <p className="results-summary">
        {districtUi.resultsSummary(results.length, count('accepted'), count('warnings'), count('refused'))}
      </p>
      {notices.map((notice) => (
        <p key={notice} role="alert" className="import-notice warning-text">
          {notice}
        </p>
      ))}
      <ul>
        {sorted.map((r, i) => (
          <li
            key={`${i}-${r.fileName}`}
            className={`import-result verdict-${r.verdict}`}
            data-file={r.fileName}
          >
            <div className="result-line">
              <span className={`verdict-badge verdict-${r.verdict}`}>
                {districtMessages.verdict[r.verdict]}
              </span>
              <strong className="result-file">{r.fileName}</strong>
              {compact(r) && <span className="result-message">{r.message}</span>}
            </div>
            {!compact(r) && <p className="result-message">{r.message}</p>}
            {r.problems.length > 0 && (
              <ul className="problems">
                {r.problems.map((p, j) => (
                  <li key={j} className={p.level === 'error' ? 'error-text' : 'warning-text'}>
                    {problemText(p)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
