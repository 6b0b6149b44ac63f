import { useState } from 'react';
import { previousPeriodOf } from '../../../shared/report/phrases';
import { evaluateReport, type RateResult } from '../../../shared/rules/evaluate';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { call } from '../api/client';
import { useApiCall } from '../app/useApiCall';

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
export function usePreviousPeriod(unitCode: string, period: string): PreviousFigures | null {
  const key = `${unitCode}|${period}`;
  const [loaded, setLoaded] = useState<{ key: string; value: PreviousFigures | null }>();
  const previous = previousPeriodOf(period);
  useApiCall(
    previous ? () => call('report.open', { unitCode, period: previous }) : null,
    (report) => {
      if (report.id === 0 || !previous) return setLoaded({ key, value: null });
      const { figures, rates } = evaluateReport(CURRENT_TEMPLATE, report.data, previous);
      setLoaded({ key, value: { period: previous, figures, rates } });
    },
    () => setLoaded({ key, value: null }),
    [key, unitCode, period],
  );
  return loaded?.key === key ? loaded.value : null;
}
