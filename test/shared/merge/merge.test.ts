import { describe, expect, it } from 'vitest';
import { formatCount, formatRate } from '../../../shared/format/numbers';
import { mergeReports } from '../../../shared/merge/merge';
import { evaluateReport } from '../../../shared/rules/evaluate';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { SEED_MODELS, SEED_PERIOD, seedShapedReports } from './seed-reports';

describe('merge of seed-shaped reports (district body + nine communes)', () => {
  const reports = seedShapedReports();
  const merged = mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, reports);

  it('every fixture report passes the template rules (so the fixture is realistic)', () => {
    for (const r of reports) {
      const errors = evaluateReport(CURRENT_TEMPLATE, r.data, SEED_PERIOD).issues.filter(
        (i) => i.level === 'error',
      );
      expect(errors, r.unit.code).toEqual([]);
    }
  });

  it('gives the seed totals: 27.630 received, 27.282 resolved (98,74%), 97 trained', () => {
    expect(formatCount(merged.figures.A07!)).toBe('27.630');
    expect(formatCount(merged.figures.A11!)).toBe('27.282');
    expect(formatRate(merged.rates.R02!.percent)).toBe('98,74%');
    expect(merged.figures.C10).toBe(97);
    expect(merged.figures.A16).toBe(27_048);
    expect(formatRate(merged.rates.R05!.percent)).toBe('28,88%');
  });

  it('splits by level: Cấp huyện 3.252, Cấp xã 24.378 with 62,03% online', () => {
    expect(merged.levels.map((l) => l.name)).toEqual(['Cấp huyện', 'Cấp xã']);
    const [huyen, xa] = merged.levels;
    expect(huyen!.figures.A07).toBe(3_252);
    expect(formatRate(huyen!.rates.R01!.percent)).toBe('74,2%');
    expect(xa!.figures.A07).toBe(24_378);
    expect(xa!.figures.A03).toBe(15_121);
    expect(formatRate(xa!.rates.R01!.percent)).toBe('62,03%');
    expect(xa!.unitCodes).toHaveLength(9);
  });

  it('recomputes rates from merged counts, never averaging the units’ rates', () => {
    const average = merged.units.reduce((a, u) => a + (u.rates.R01?.percent ?? 0), 0) / merged.units.length;
    const fromCounts = merged.rates.R01!.percent!;
    expect(merged.rates.R01!.numerator).toBe(merged.figures.A03);
    expect(fromCounts).not.toBeCloseTo(average, 2);
  });

  it('keeps every model with its unit, names verbatim', () => {
    const names = merged.models.map((m) => m.values.B01);
    expect(names).toEqual(reports.flatMap((r) => SEED_MODELS[r.unit.code] ?? []));
    expect(merged.models.find((m) => m.values.B01!.includes('VNeID'))!.unit.code).toBe('TH01');
  });

  it('leaves a figure no unit gave as null ("không phát sinh" for a rate without denominator)', () => {
    const empty = mergeReports(CURRENT_TEMPLATE, SEED_PERIOD, [
      {
        unit: reports[1]!.unit,
        data: { counts: { A21: 0, A22: 0 }, texts: {}, models: [], preparer: reports[1]!.data.preparer },
      },
    ]);
    expect(empty.figures.A03).toBeNull();
    expect(empty.rates.R07!.percent).toBeNull();
    expect(empty.rates.R01).toBeUndefined();
    expect(empty.levels.map((l) => l.level)).toEqual(['xa']);
  });
});
