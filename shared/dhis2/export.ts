/**
 * What goes to DHIS2: the input counts of every accepted unit, one group per unit. Totals and rates
 * are left out (DHIS2 computes them as indicators, from these counts), and so are texts and models,
 * which are not data values; the export says how many of each it left out.
 */
import type { ReportData } from '../domain/report';
import {
  countIndicators,
  rateIndicators,
  textIndicators,
  totalIndicators,
  type FormTemplate,
} from '../template';
import type { Dhis2Mapping } from './mapping';
import { dhis2Periods, type Dhis2Periods } from './periods';

export interface Dhis2Source {
  unitCode: string;
  data: ReportData;
}

export interface Dhis2Value {
  dataElement: string;
  categoryOptionCombo?: string;
  /** A whole number, as DHIS2 writes it ("27630"). */
  value: string;
}

export interface Dhis2Group {
  orgUnit: string;
  values: Dhis2Value[];
}

export interface Dhis2Export {
  dataSet: string;
  period: string;
  periods: Dhis2Periods;
  groups: Dhis2Group[];
  valueCount: number;
  /** What was not exported, for the summary. */
  left: { totals: number; rates: number; texts: number; models: number };
  /** True when some identifier is our own code (to be imported with idScheme=CODE). */
  usesCodes: boolean;
}

export function buildDhis2Export(
  template: FormTemplate,
  period: string,
  sources: readonly Dhis2Source[],
  mapping: Dhis2Mapping,
): Dhis2Export | null {
  const periods = dhis2Periods(period);
  if (!periods) return null;
  const counts = countIndicators(template);
  const textCodes = textIndicators(template).map((t) => t.code);
  let usesCodes = !mapping.dataSet;
  const groups = sources.map((source): Dhis2Group => {
    const orgUnit = mapping.orgUnits.get(source.unitCode);
    if (!orgUnit) usesCodes = true;
    const values: Dhis2Value[] = [];
    for (const c of counts) {
      const v = source.data.counts[c.code];
      if (v === null || v === undefined) continue;
      const mapped = mapping.dataElements.get(c.code);
      if (!mapped) usesCodes = true;
      values.push({
        dataElement: mapped?.id ?? c.code,
        ...(mapped?.categoryOptionCombo ? { categoryOptionCombo: mapped.categoryOptionCombo } : {}),
        value: String(v),
      });
    }
    return { orgUnit: orgUnit ?? source.unitCode, values };
  });
  return {
    dataSet: mapping.dataSet ?? template.id.toUpperCase(),
    period,
    periods,
    groups,
    valueCount: groups.reduce((n, g) => n + g.values.length, 0),
    left: {
      totals: totalIndicators(template).length,
      rates: rateIndicators(template).length,
      texts: sources.reduce(
        (n, s) => n + textCodes.filter((code) => (s.data.texts[code] ?? '').trim() !== '').length,
        0,
      ),
      models: sources.reduce((n, s) => n + s.data.models.length, 0),
    },
    usesCodes,
  };
}
