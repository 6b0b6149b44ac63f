import type { ModelRow, ReportData } from '../domain/report';
import { UNIT_LEVEL_NAMES, type Unit, type UnitLevel } from '../domain/units';
import { computeFigures, computeRates, type RateResult } from '../rules/evaluate';
import { countIndicators, textIndicators, type FormTemplate } from '../template';

/**
 * The merge of the units' accepted latest reports. Counts are summed code by code; totals and rates
 * are then computed from the summed counts by the evaluator, exactly as for a single unit, so a
 * merged rate is never an average of the units' rates.
 */
export interface MergeEntry {
  unit: Pick<Unit, 'code' | 'name' | 'level'>;
  data: ReportData;
  revision?: number | null;
}

export interface MergedFigures {
  /** Summed counts and totals computed from them; null where no unit gave the figure. */
  figures: Record<string, number | null>;
  rates: Record<string, RateResult | undefined>;
}

export interface MergedLevel extends MergedFigures {
  level: UnitLevel;
  /** "Cấp huyện", "Cấp xã". */
  name: string;
  unitCodes: string[];
}

export interface MergedUnit extends MergedFigures {
  unit: MergeEntry['unit'];
  revision: number | null;
}

export interface MergedModel {
  unit: MergeEntry['unit'];
  values: ModelRow['values'];
}

export interface MergedReport extends MergedFigures {
  templateId: string;
  templateVersion: number;
  period: string;
  /** One per level that has at least one merged unit, in the order of UNIT_LEVEL_NAMES. */
  levels: MergedLevel[];
  units: MergedUnit[];
  models: MergedModel[];
  /** Narrative texts per unit (only units that wrote something). */
  texts: { unit: MergeEntry['unit']; texts: Record<string, string> }[];
}

/** Sums counts code by code: a code stays null only if no unit gave it. */
export function sumCounts(
  template: FormTemplate,
  reports: readonly Pick<ReportData, 'counts'>[],
): Record<string, number | null> {
  const sums: Record<string, number | null> = {};
  for (const c of countIndicators(template)) {
    let sum: number | null = null;
    for (const r of reports) {
      const v = r.counts[c.code];
      if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
    }
    sums[c.code] = sum;
  }
  return sums;
}

export function figuresOf(template: FormTemplate, reports: readonly Pick<ReportData, 'counts'>[]): MergedFigures {
  const figures = computeFigures(template, sumCounts(template, reports));
  return { figures, rates: computeRates(template, figures) };
}

export function mergeReports(
  template: FormTemplate,
  period: string,
  entries: readonly MergeEntry[],
): MergedReport {
  const levelOrder = Object.keys(UNIT_LEVEL_NAMES) as UnitLevel[];
  const levels = levelOrder
    .map((level) => ({ level, entries: entries.filter((e) => e.unit.level === level) }))
    .filter((l) => l.entries.length > 0)
    .map((l): MergedLevel => ({
      level: l.level,
      name: UNIT_LEVEL_NAMES[l.level],
      unitCodes: l.entries.map((e) => e.unit.code),
      ...figuresOf(
        template,
        l.entries.map((e) => e.data),
      ),
    }));
  const textCodes = textIndicators(template).map((t) => t.code);
  return {
    templateId: template.id,
    templateVersion: template.version,
    period,
    ...figuresOf(
      template,
      entries.map((e) => e.data),
    ),
    levels,
    units: entries.map((e) => ({
      unit: e.unit,
      revision: e.revision ?? null,
      ...figuresOf(template, [e.data]),
    })),
    models: entries.flatMap((e) => e.data.models.map((m) => ({ unit: e.unit, values: m.values }))),
    texts: entries
      .map((e) => ({
        unit: e.unit,
        texts: Object.fromEntries(
          textCodes
            .map((code) => [code, e.data.texts[code] ?? ''] as const)
            .filter(([, t]) => t.trim() !== ''),
        ),
      }))
      .filter((t) => Object.keys(t.texts).length > 0),
  };
}
