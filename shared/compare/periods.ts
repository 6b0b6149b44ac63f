import type { ModelRow, ReportData } from '../domain/report';
import { parsePeriod, periodEnd } from '../domain/periods';
import { compareUi as T } from '../i18n/vi/compare';
import { previousPeriodOf } from '../report/phrases';
import { computeFigures, computeRates, type RateResult } from '../rules/evaluate';
import {
  displayOrder,
  rowNumbers,
  type FormTemplate,
  type IndicatorSection,
  type ListSection,
} from '../template';

/**
 * One unit's figures in two periods, row by row as the form shows them (same sections, STT, codes
 * and labels). Totals and rates of each period come from the one evaluator (computeFigures,
 * computeRates), never recomputed here; only the differences are. Pure: the service gives it the
 * two reports, the screen formats what it returns (./format.ts).
 */

/** Why a figure is not known. */
export type MissingReason = 'no-report' | 'not-filled' | 'parts-missing';

/** One period's figure: a count or a rate's percentage, a rate that does not arise, or nothing. */
export type Side =
  | { state: 'value'; value: number }
  | { state: 'not-applicable' }
  | { state: 'missing'; reason: MissingReason };

/** Why a change is not given. */
export type NoChangeReason = 'missing' | 'not-applicable' | 'from-zero';

export interface ComparedRow {
  code: string;
  stt: number;
  label: string;
  /** The unit of the figure ("hồ sơ"); "%" for a rate. */
  unit: string;
  kind: 'count' | 'total' | 'rate' | 'list';
  indent: number;
  now: Side;
  other: Side;
  /** now − other: a count's difference, a rate's in percentage points; null when not given. */
  change: number | null;
  /** A count's change as a share of the other period's figure, one decimal; null when not given. */
  changePercent: number | null;
  /** Why `change` (or for a count `changePercent`) is null. */
  noChange: NoChangeReason | null;
}

export interface ComparedSection {
  id: string;
  title: string;
  rows: ComparedRow[];
  /** Text indicators of the section, not compared (words, not figures). */
  texts: { code: string; label: string }[];
}

interface Evaluated {
  figures: Record<string, number | null>;
  rates: Record<string, RateResult | undefined>;
}

const evaluate = (template: FormTemplate, data: ReportData | null): Evaluated | null => {
  if (!data) return null;
  const figures = computeFigures(template, data.counts);
  return { figures, rates: computeRates(template, figures) };
};

const missing = (reason: MissingReason): Side => ({ state: 'missing', reason });
const value = (v: number): Side => ({ state: 'value', value: v });

function figureSide(e: Evaluated | null, code: string): Side {
  if (!e) return missing('no-report');
  const v = e.figures[code];
  return v === null || v === undefined ? missing('not-filled') : value(v);
}

function rateSide(e: Evaluated | null, code: string): Side {
  if (!e) return missing('no-report');
  const r = e.rates[code];
  if (!r) return missing('parts-missing');
  return r.percent === null ? { state: 'not-applicable' } : value(r.percent);
}

/** Rounded half away from zero to one decimal, as the Word report writes "(8,2%)". */
const oneDecimalShare = (diff: number, base: number) =>
  (Math.sign(diff) * Math.round((Math.abs(diff) * 1000) / base)) / 10;

/** The change between two sides of a row (counts: difference and share; rates: points). */
export function changeOf(
  kind: ComparedRow['kind'],
  now: Side,
  other: Side,
): Pick<ComparedRow, 'change' | 'changePercent' | 'noChange'> {
  if (now.state === 'missing' || other.state === 'missing') {
    return { change: null, changePercent: null, noChange: 'missing' };
  }
  if (now.state === 'not-applicable' || other.state === 'not-applicable') {
    return { change: null, changePercent: null, noChange: 'not-applicable' };
  }
  if (kind === 'rate') {
    // In hundredths, so 98,74 − 93,54 is 5,2 exactly, not 5,199999.
    const points = (Math.round(now.value * 100) - Math.round(other.value * 100)) / 100;
    return { change: points, changePercent: null, noChange: null };
  }
  const diff = now.value - other.value;
  return other.value > 0
    ? { change: diff, changePercent: oneDecimalShare(diff, other.value), noChange: null }
    : { change: diff, changePercent: null, noChange: 'from-zero' };
}

function row(base: Omit<ComparedRow, 'change' | 'changePercent' | 'noChange'>): ComparedRow {
  return { ...base, ...changeOf(base.kind, base.now, base.other) };
}

function indicatorRows(section: IndicatorSection, now: Evaluated | null, other: Evaluated | null) {
  const stt = rowNumbers(section);
  return displayOrder(section).flatMap((i): ComparedRow[] => {
    if (i.kind === 'text') return [];
    const side = i.kind === 'rate' ? rateSide : figureSide;
    return [
      row({
        code: i.code,
        stt: stt.get(i.code)!,
        label: i.label,
        unit: i.kind === 'rate' ? '%' : i.unit,
        kind: i.kind,
        indent: i.kind === 'count' ? (i.indent ?? 0) : 0,
        now: side(now, i.code),
        other: side(other, i.code),
      }),
    ];
  });
}

/** Rows a clerk filled in (an added row left empty is not a model). */
const filledModels = (models: readonly ModelRow[]) =>
  models.filter((m) => Object.values(m.values).some((v) => v.trim() !== ''));

/** The list section as counts: how many rows, and how many of each choice of its choice columns. */
function listRows(list: ListSection, now: ReportData | null, other: ReportData | null): ComparedRow[] {
  const count = (data: ReportData | null, match: (m: ModelRow) => boolean): Side =>
    data ? value(filledModels(data.models).filter(match).length) : missing('no-report');
  const lines = [
    { code: list.id, label: T.listTotal(list.rowNoun), indent: 0, match: () => true },
    ...list.columns.flatMap((c) =>
      c.type === 'enum'
        ? c.options.map((o) => ({
            code: c.code,
            label: T.listBy(c.label, o),
            indent: 1,
            match: (m: ModelRow) => m.values[c.code] === o,
          }))
        : [],
    ),
  ];
  return lines.map((l, i) =>
    row({
      code: l.code,
      stt: i + 1,
      label: l.label,
      unit: T.listUnit,
      kind: 'list',
      indent: l.indent,
      now: count(now, l.match),
      other: count(other, l.match),
    }),
  );
}

/** Every section of the form, its rows comparing `now` with `other` (null: no report that period). */
export function comparePeriods(
  template: FormTemplate,
  now: ReportData | null,
  other: ReportData | null,
): ComparedSection[] {
  const a = evaluate(template, now);
  const b = evaluate(template, other);
  return template.sections.map((s) => ({
    id: s.id,
    title: s.title,
    rows: s.kind === 'indicators' ? indicatorRows(s, a, b) : listRows(s, now, other),
    texts:
      s.kind === 'indicators'
        ? s.indicators.flatMap((i) => (i.kind === 'text' ? [{ code: i.code, label: i.label }] : []))
        : [],
  }));
}

const KIND_ORDER = ['Y', 'QIV', 'Q3', 'QIII', 'H1', 'QII', 'Q1', 'M'];
const endKey = (code: string) => {
  const d = periodEnd(code);
  return d ? d.year * 10_000 + d.month * 100 + d.day : 0;
};

/** Periods newest first (by their last day; a year before its quarter IV). */
export function newestFirst(periods: readonly string[]): string[] {
  const kindRank = (code: string) => KIND_ORDER.indexOf(parsePeriod(code)?.kind ?? 'M');
  return [...new Set(periods)].sort((x, y) => endKey(y) - endKey(x) || kindRank(x) - kindRank(y));
}

/**
 * The period to compare with when the clerk has not chosen one: the same kind of period a year
 * earlier (Năm 2022 for Năm 2023) if this PC holds it, else the latest earlier period of the same
 * kind that it holds, else the year-earlier one all the same (shown as not held).
 */
export function defaultOtherPeriod(period: string, withData: readonly string[]): string | null {
  const yearBefore = previousPeriodOf(period);
  if (yearBefore && withData.includes(yearBefore)) return yearBefore;
  const p = parsePeriod(period);
  const sameKind = newestFirst(withData).find((c) => {
    const q = parsePeriod(c);
    return q && p && q.kind === p.kind && q.month === p.month && q.year < p.year;
  });
  return sameKind ?? yearBefore;
}
