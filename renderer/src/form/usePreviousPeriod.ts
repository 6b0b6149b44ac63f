import { useState } from 'react';
import { previousPeriodOf } from '../../../shared/report/phrases';
import { evaluateReport, type RateResult } from '../../../shared/rules/evaluate';
import { call } from '../api/client';
import { useApiCall } from '../app/useApiCall';
import { useFormTemplate } from './formTemplate';

/** The same unit's figures of the previous period (a year earlier), shown read-only beside the form. */
export interface PreviousFigures {
  period: string;
  figures: Record<string, number | null>;
  rates: Record<string, RateResult | undefined>;
}

/**
 * Loads the unit's own report of the previous period from this PC (typed here or restored from its
 * workbook); null while loading, when there is none, or when it cannot be read (the form works
 * without it).
 */
export function usePreviousPeriod(
  unitCode: string,
  period: string,
  /** Called once the answer is in (null: none), e.g. to check the form against it. */
  onLoaded?: (value: PreviousFigures | null) => void,
): PreviousFigures | null {
  const key = `${unitCode}|${period}`;
  const [loaded, setLoaded] = useState<{ key: string; value: PreviousFigures | null }>();
  const previous = previousPeriodOf(period);
  // The form in use (a province's package may have changed it): the previous report opens under it.
  const template = useFormTemplate();
  const done = (value: PreviousFigures | null) => {
    setLoaded({ key, value });
    onLoaded?.(value);
  };
  useApiCall(
    previous ? () => call('report.open', { unitCode, period: previous }) : null,
    (report) => {
      if (report.id === 0 || !previous) return done(null);
      const { figures, rates } = evaluateReport(template, report.data, previous);
      done({ period: previous, figures, rates });
    },
    () => done(null),
    [key, unitCode, period],
  );
  return loaded?.key === key ? loaded.value : null;
}
