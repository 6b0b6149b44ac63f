import { useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../shared/api/contract';
import { districtMessages, districtUi } from '../../../shared/i18n/vi/district';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { receiptUi } from '../../../shared/i18n/vi/receipt';
import { problemText, shownDateTime } from './format';
import { previousRevision } from './revisionOrder';
import { ReceiptPanel } from './ReceiptPanel';
import { useApiCall } from '../app/useApiCall';
import { ErrorText } from '../app/ErrorText';

type History = ApiResult<'district.history'>;
type Diff = ApiResult<'district.diff'>;

const usable = (f: History[number]) => f.status !== 'refused';

/** Every file received from one unit for the period, and what changed from one revision to the next. */
export function UnitHistory({
  unitCode,
  unitName,
  period,
  onClose,
}: {
  unitCode: string;
  unitName: string;
  period: string;
  onClose: () => void;
}) {
  const [files, setFiles] = useState<History | null>(null);
  const [error, setError] = useState('');
  const [diff, setDiff] = useState<Diff | null>(null);
  // The panel opens below the table, off-screen at 1366×768: bring it into view and move focus to
  // its title, so the click visibly did something and the keyboard continues from there.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    title.current?.scrollIntoView?.({ block: 'start' });
    title.current?.focus({ preventScroll: true });
  }, [unitCode]);
  const [receiptOf, setReceiptOf] = useState<{ id: number; fileName: string } | null>(null);

  useApiCall(
    () => call('district.history', { unitCode, period }),
    setFiles,
    (e) => setError(messageOf(e)),
    [unitCode, period],
  );

  const compare = async (fromId: number, toId: number) => {
    setError('');
    try {
      setDiff(await call('district.diff', { unitCode, period, fromId, toId }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const revision = (f: { revision: number | null }) => districtMessages.revisionName(f.revision);
  return (
    <section className="card unit-history" aria-label={districtUi.historyTitle(unitName)}>
      <div className="results-head">
        <h2 ref={title} tabIndex={-1}>
          {districtUi.historyTitle(unitName)}
        </h2>
        <button type="button" onClick={onClose}>
          {districtUi.hideHistory}
        </button>
      </div>
      <ErrorText message={error} />
      {!files && !error && <p className="hint">{districtUi.loading}</p>}
      {files && files.length === 0 && <p className="hint">{districtUi.noFiles}</p>}
      {files && files.length > 0 && (
        <table className="history-table">
          <thead>
            <tr>
              <th>{districtUi.columns.receivedAt}</th>
              <th>{districtUi.columns.file}</th>
              <th>{districtUi.columns.revision}</th>
              <th>{districtUi.columns.status}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {files.map((f, i) => {
              const previous = previousRevision(files, i);
              return (
                <tr key={f.id} data-status={f.status}>
                  <td>{shownDateTime(f.receivedAt)}</td>
                  <td>
                    {f.fileName}
                    {f.status === 'refused' && (
                      <ul className="problems">
                        {f.problems
                          .filter((p) => p.level === 'error')
                          .map((p, j) => (
                            <li key={j} className="error-text">
                              {problemText(p)}
                            </li>
                          ))}
                      </ul>
                    )}
                  </td>
                  <td>{revision(f)}</td>
                  <td>{districtMessages.fileStatus[f.status]}</td>
                  <td>
                    {usable(f) && previous && (
                      <button type="button" onClick={() => void compare(previous.id, f.id)}>
                        {districtUi.compare}
                      </button>
                    )}{' '}
                    <button
                      type="button"
                      aria-label={receiptUi.makeFor(f.fileName)}
                      onClick={() => setReceiptOf({ id: f.id, fileName: f.fileName })}
                    >
                      {receiptUi.make}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {receiptOf && (
        <ReceiptPanel
          key={receiptOf.id}
          id={receiptOf.id}
          fileName={receiptOf.fileName}
          onClose={() => setReceiptOf(null)}
        />
      )}
      {diff && (
        <div className="diff" aria-live="polite">
          <h3>{districtUi.diffTitle(revision(diff.from), revision(diff.to))}</h3>
          {diff.entries.length === 0 ? (
            <p className="hint">{districtUi.noChanges}</p>
          ) : (
            <ul className="diff-list">
              {diff.entries.map((d, i) => {
                const label =
                  d.kind === 'preparer'
                    ? (districtMessages.preparerField[d.code] ?? d.code)
                    : d.kind.startsWith('model-')
                      ? `${districtMessages.diffKind[d.kind]} ${d.label}`
                      : `${d.code} ${d.label}`;
                return (
                  <li key={i} data-code={d.code}>
                    <span className="diff-label">{label}:</span>{' '}
                    <span className="diff-before">{d.before || districtUi.empty}</span> →{' '}
                    <span className="diff-after">{d.after || districtUi.empty}</span>
                    {d.columns && d.columns.length > 0 && (
                      <ul>
                        {d.columns.map((c) => (
                          <li key={c.code}>
                            {c.label}: {c.before || districtUi.empty} → {c.after || districtUi.empty}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
