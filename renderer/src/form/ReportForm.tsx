import { useState, type Ref } from 'react';
import type { Report } from '../../../shared/api/contract';
import { ui } from '../../../shared/i18n/vi/ui';
import { call } from '../api/client';
import { messageOf } from '../app/errors';
import { ReportEditor, type ReportFormHandle } from './ReportEditor';
import { useApiCall } from '../app/useApiCall';

export type { ReportFormHandle };

type Loading =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; report: Report };

/** Opens the report of a unit and period, then edits it. Keyed by unit and period by its parent. */
export function ReportForm({
  unitCode,
  period,
  ref,
}: {
  unitCode: string;
  period: string;
  ref?: Ref<ReportFormHandle>;
}) {
  const [state, setState] = useState<Loading>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** Said once the report is open again (after a restore from a file). */
  const [notice, setNotice] = useState('');

  useApiCall(
    () => call('report.open', { unitCode, period }),
    (report) => setState({ status: 'ready', report }),
    (error) => setState({ status: 'failed', message: messageOf(error) }),
    [unitCode, period, attempt],
  );

  if (state.status === 'loading') return <p className="form-loading">{ui.form.opening}</p>;
  if (state.status === 'failed') {
    return (
      <div className="banner error" role="alert">
        <strong>{ui.form.openFailed}</strong>
        <p>{state.message}</p>
        <button
          type="button"
          onClick={() => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          {ui.retry}
        </button>
      </div>
    );
  }
  return (
    <ReportEditor
      key={attempt}
      ref={ref}
      report={state.report}
      unitCode={unitCode}
      period={period}
      notice={notice}
      onReplaced={(message) => {
        setNotice(message);
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      }}
    />
  );
}
