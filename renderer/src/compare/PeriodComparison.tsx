import { useEffect, useRef, useState } from 'react';
import type { Comparison } from '../../../shared/api/compare-contract';
import { periodName } from '../../../shared/domain/periods';
import { heldText } from '../../../shared/compare/format';
import { compareUi as T } from '../../../shared/i18n/vi/compare';
import { call } from '../api/client';
import { ErrorText } from '../app/ErrorText';
import { messageOf } from '../app/errors';
import { useApiCall } from '../app/useApiCall';
import { ComparedTable } from './ComparedTable';
import './compare.css';

/**
 * One unit's figures of this period beside another's, every indicator of the form. A modal dialog:
 * focus goes to its title when it opens and back to what opened it when it closes (button or Esc).
 */
export function PeriodComparison({
  unitCode,
  unitName,
  period,
  note,
  onClose,
}: {
  unitCode: string;
  unitName?: string;
  period: string;
  /** A line under the title (the form: the figures are the saved ones). */
  note?: string;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const [chosen, setChosen] = useState<string | undefined>();
  const [result, setResult] = useState<Comparison | null>(null);
  const [error, setError] = useState('');

  useApiCall(
    () => call('compare.periods', { unitCode, period, ...(chosen ? { otherPeriod: chosen } : {}) }),
    (value) => {
      setResult(value);
      setError('');
    },
    (e) => setError(messageOf(e)),
    [unitCode, period, chosen],
  );

  useEffect(() => {
    const box = dialog.current;
    if (box && !box.open) box.showModal?.();
    title.current?.focus();
    return () => {
      box?.close?.();
      opener?.focus();
    };
  }, [opener]);

  const other = chosen ?? result?.other.period;
  const choices = result ? result.periods.filter((p) => p !== period) : [];
  if (other && result && !choices.includes(other)) choices.unshift(other);
  const name = result?.unit.name ?? unitName ?? unitCode;

  return (
    <dialog
      ref={dialog}
      className="period-compare"
      aria-labelledby="period-compare-title"
      onCancel={(e) => {
        // Esc: closed by the screen's state, so focus returns the same way as with the button.
        e.preventDefault();
        onClose();
      }}
    >
      <div className="compare-head">
        <h2 id="period-compare-title" ref={title} tabIndex={-1}>
          {T.title(name)}
        </h2>
        <label className="compare-pick">
          {T.otherPeriod}{' '}
          <select value={other ?? ''} disabled={!result} onChange={(e) => setChosen(e.target.value)}>
            {choices.map((p) => (
              <option key={p} value={p}>
                {result?.periods.includes(p) ? periodName(p) : T.noDataOption(periodName(p))}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onClose}>
          {T.close}
        </button>
      </div>
      {note && <p className="hint">{note}</p>}
      <ErrorText message={error} />
      {!result && !error && <p className="hint">{T.loading}</p>}
      {result && (
        <>
          <p className="compare-sources" aria-live="polite">
            {heldText(result.period)} {heldText(result.other)}
          </p>
          <div className="compare-scroll" tabIndex={0} role="region" aria-label={T.title(name)}>
            {result.sections.map((s) => (
              <ComparedTable
                key={s.id}
                section={s}
                nowName={periodName(result.period.period)}
                otherName={periodName(result.other.period)}
              />
            ))}
          </div>
          <p className="hint">{T.ratesNote}</p>
        </>
      )}
    </dialog>
  );
}
