/**
 * One unit's figures in two periods side by side (the district screen's "So sánh kỳ", and a
 * commune's own form): the figures this PC holds of each period, compared by shared/compare.
 */
import type { Comparison } from '../../shared/api/compare-contract';
import { comparePeriods, defaultOtherPeriod, newestFirst } from '../../shared/compare/periods';
import type { ReportData } from '../../shared/domain/report';
import { storeMessages } from '../../shared/i18n/vi/store';
import { AppError } from '../errors';
import { getReceivedFile, listReceivedOf } from '../store/received';
import { findUnit } from '../store/units';
import { periodsOfUnit } from '../store/unit-periods';
import type { ServiceContext } from './context';
import { activeTemplate } from './form-template';
import { figuresInFormInUse } from './form-migration';
import { hasFigures } from './own-report';
import { storedReport } from './reports';

interface Held {
  data: ReportData;
  source: 'typed' | 'received';
  revision: number | null;
  at: string;
}

/**
 * A unit's figures of a period on this PC: its report typed (or restored) here, else the current
 * file received from it, under the form in use either way; null when it holds neither.
 */
export function heldFigures(ctx: ServiceContext, unitCode: string, period: string): Held | null {
  const typed = storedReport(ctx, { unitCode, period });
  if (typed && hasFigures(typed.data)) {
    return { data: typed.data, source: 'typed', revision: typed.revision, at: typed.updatedAt };
  }
  const current = listReceivedOf(ctx.db, unitCode, period).find((f) => f.status === 'current');
  const file = current && getReceivedFile(ctx.db, current.id);
  if (!file?.data) return null;
  return {
    data: figuresInFormInUse(ctx, file.data, file.templateId, file.templateVersion),
    source: 'received',
    revision: file.revision,
    at: file.receivedAt,
  };
}

const described = (period: string, held: Held | null) => ({
  period,
  source: held?.source ?? null,
  revision: held?.revision ?? null,
  at: held?.at || null,
});

export function compareUnitPeriods(
  ctx: ServiceContext,
  args: { unitCode: string; period: string; otherPeriod?: string | undefined },
): Comparison {
  const unit = findUnit(ctx.db, args.unitCode);
  if (!unit) throw new AppError('unknown-unit', storeMessages.unknownUnit(args.unitCode));
  const template = activeTemplate(ctx);
  const held = new Map<string, Held | null>();
  const figuresOf = (period: string) => {
    if (!held.has(period)) held.set(period, heldFigures(ctx, unit.code, period));
    return held.get(period)!;
  };
  const periods = newestFirst(periodsOfUnit(ctx.db, unit.code, template.id)).filter((p) => figuresOf(p));
  const other =
    args.otherPeriod ??
    defaultOtherPeriod(
      args.period,
      periods.filter((p) => p !== args.period),
    ) ??
    args.period;
  const now = figuresOf(args.period);
  const then = figuresOf(other);
  return {
    unit: { code: unit.code, name: unit.name },
    period: described(args.period, now),
    other: described(other, then),
    periods,
    sections: comparePeriods(template, now?.data ?? null, then?.data ?? null),
  };
}
