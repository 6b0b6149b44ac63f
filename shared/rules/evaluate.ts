import type { ReportData } from '../domain/report';
import { periodEnd } from '../domain/periods';
import { compareDates, formatDate, parseDate } from '../format/dates';
import { formatCount, ratePercent } from '../format/numbers';
import { looseKey, nfc, stripInvisible } from '../format/text';
import { ruleMessages } from '../i18n/vi/rules';
import { checkPlausibility, type PreviousCounts } from './plausibility';
import {
  allIndicators,
  countIndicators,
  listSection,
  rateIndicators,
  textIndicators,
  totalIndicators,
  type FormTemplate,
  type IndicatorCode,
} from '../template';

export type IssueLevel = 'error' | 'warning';

export interface Issue {
  level: IssueLevel;
  /** Which check found it: a rule id, or "B01-required" and the like for list checks. */
  check: string;
  /** The field the problem is shown at. */
  code: IndicatorCode;
  /** Every code involved. */
  codes: IndicatorCode[];
  sectionId: string;
  /** For list sections: index of the row (0-based). */
  row?: number;
  message: string;
}

export interface RateResult {
  numerator: number;
  denominator: number;
  /** Percentage rounded half-up to two decimals; null where the denominator is 0. */
  percent: number | null;
}

export interface SectionProgress {
  sectionId: string;
  filled: number;
  total: number;
  errors: number;
  warnings: number;
}

export interface Evaluation {
  /** Counts as entered and totals as computed; null where nothing is known. */
  figures: Record<IndicatorCode, number | null>;
  /** Rates whose every part is known. */
  rates: Record<IndicatorCode, RateResult | undefined>;
  issues: Issue[];
  progress: SectionProgress[];
}

const sumKnown = (values: (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

const sumAll = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** Figures (counts and totals) of a report: a total is known as soon as one of its parts is. */
export function computeFigures(
  template: FormTemplate,
  counts: Record<string, number | null | undefined>,
): Record<IndicatorCode, number | null> {
  const figures: Record<IndicatorCode, number | null> = {};
  for (const c of countIndicators(template)) figures[c.code] = counts[c.code] ?? null;
  for (const t of totalIndicators(template)) {
    figures[t.code] = sumKnown(t.sumOf.map((code) => figures[code] ?? null));
  }
  return figures;
}

/** Rates from figures: computed only when every part is known, never averaged. */
export function computeRates(
  template: FormTemplate,
  figures: Record<IndicatorCode, number | null>,
): Record<IndicatorCode, RateResult | undefined> {
  const rates: Record<IndicatorCode, RateResult | undefined> = {};
  for (const r of rateIndicators(template)) {
    const numerator = sumAll(r.numerator.map((c) => figures[c] ?? null));
    const denominator = sumAll(r.denominator.map((c) => figures[c] ?? null));
    // Nothing in the denominator means the rate does not arise, whatever the numerator says.
    rates[r.code] =
      denominator === 0
        ? { numerator: numerator ?? 0, denominator, percent: null }
        : numerator === null || denominator === null
          ? undefined
          : { numerator, denominator, percent: ratePercent(numerator, denominator) };
  }
  return rates;
}

function sectionOf(template: FormTemplate, code: string): string {
  for (const s of template.sections) {
    const codes = s.kind === 'indicators' ? s.indicators.map((i) => i.code) : s.columns.map((c) => c.code);
    if (codes.includes(code)) return s.id;
  }
  return '';
}

/** "A11 + A14 = 25.227": the figures a rule compared, so the clerk sees by how much it is off. */
function describeSide(codes: IndicatorCode[], value: number): string {
  return `${codes.join(' + ')} = ${formatCount(value)}`;
}

function checkRules(template: FormTemplate, figures: Record<string, number | null>): Issue[] {
  const issues: Issue[] = [];
  for (const rule of template.rules) {
    const left = sumAll(rule.left.map((c) => figures[c] ?? null));
    const right = sumAll(rule.right.map((c) => figures[c] ?? null));
    if (left === null || right === null) continue;
    const holds = rule.op === 'lte' ? left <= right : left === right;
    if (holds) continue;
    issues.push({
      level: rule.level,
      check: rule.id,
      code: rule.target,
      codes: [...rule.left, ...rule.right],
      sectionId: sectionOf(template, rule.target),
      message: `${rule.message} ${ruleMessages.ruleFigures(describeSide(rule.left, left), describeSide(rule.right, right))}`,
    });
  }
  return issues;
}

function checkCounts(template: FormTemplate, figures: Record<string, number | null>): Issue[] {
  return countIndicators(template)
    .filter((c) => (figures[c.code] ?? 0) > template.maxCount)
    .map((c) => ({
      level: 'error' as const,
      check: `${c.code}-max`,
      code: c.code,
      codes: [c.code],
      sectionId: sectionOf(template, c.code),
      message: ruleMessages.countTooLarge(c.code, c.label),
    }));
}

function checkTexts(template: FormTemplate, data: ReportData): Issue[] {
  return textIndicators(template)
    .filter((t) => (data.texts[t.code] ?? '').length > t.maxLength)
    .map((t) => ({
      level: 'error' as const,
      check: `${t.code}-length`,
      code: t.code,
      codes: [t.code],
      sectionId: sectionOf(template, t.code),
      message: ruleMessages.textTooLong(
        t.code,
        t.label,
        formatCount((data.texts[t.code] ?? '').length),
        formatCount(t.maxLength),
      ),
    }));
}

function checkList(template: FormTemplate, data: ReportData, period: string): Issue[] {
  const section = listSection(template);
  if (!section) return [];
  const issues: Issue[] = [];
  const noun = section.rowNoun.charAt(0).toLocaleUpperCase('vi') + section.rowNoun.slice(1);
  const add = (code: string, check: string, row: number | undefined, message: string) =>
    issues.push({ level: 'error', check, code, codes: [code], sectionId: section.id, row, message });
  if (data.models.length > section.maxRows) {
    add(
      section.columns[0]!.code,
      'list-max-rows',
      undefined,
      ruleMessages.listTooManyRows(section.rowNoun, section.maxRows),
    );
  }
  const end = periodEnd(period);
  const firstRowOfKey = new Map<string, number>();
  data.models.forEach((model, index) => {
    const row = index + 1;
    for (const column of section.columns) {
      // Invisible characters alone are no name, and make no two names differ.
      const value = stripInvisible(nfc(model.values[column.code] ?? '')).trim();
      if (value === '') {
        if (column.required) {
          add(
            column.code,
            `${column.code}-required`,
            index,
            ruleMessages.listRequired(noun, row, column.label, column.code),
          );
        }
        continue;
      }
      if (column.type === 'text') {
        if (value.length > column.maxLength) {
          add(
            column.code,
            `${column.code}-length`,
            index,
            ruleMessages.listTooLong(
              noun,
              row,
              column.label,
              column.code,
              formatCount(value.length),
              formatCount(column.maxLength),
            ),
          );
        }
        if (column.unique) {
          const key = looseKey(value);
          const first = firstRowOfKey.get(key);
          if (first === undefined) firstRowOfKey.set(key, row);
          else
            add(
              column.code,
              `${column.code}-unique`,
              index,
              ruleMessages.listDuplicate(noun, row, first, column.code),
            );
        }
      } else if (column.type === 'enum') {
        if (!column.options.includes(value)) {
          add(
            column.code,
            `${column.code}-option`,
            index,
            ruleMessages.listBadOption(noun, row, column.label, column.code, column.options),
          );
        }
      } else {
        const parsed = parseDate(value);
        if (!parsed.ok || parsed.value === null) {
          add(
            column.code,
            `${column.code}-date`,
            index,
            ruleMessages.listBadDate(noun, row, column.label, column.code),
          );
        } else if (column.notAfterPeriodEnd && end && compareDates(parsed.value, end) > 0) {
          add(
            column.code,
            `${column.code}-after-period`,
            index,
            ruleMessages.listDateAfterPeriod(noun, row, column.label, column.code, formatDate(end)),
          );
        }
      }
    }
  });
  return issues;
}

function progressOf(template: FormTemplate, data: ReportData, issues: Issue[]): SectionProgress[] {
  return template.sections.map((s) => {
    let filled = 0;
    let total = 0;
    if (s.kind === 'indicators') {
      for (const i of s.indicators) {
        if (i.kind === 'count') {
          total++;
          if (data.counts[i.code] !== null && data.counts[i.code] !== undefined) filled++;
        } else if (i.kind === 'text') {
          total++;
          if ((data.texts[i.code] ?? '').trim() !== '') filled++;
        }
      }
    } else {
      total = data.models.length;
      filled = data.models.length;
    }
    const own = issues.filter((i) => i.sectionId === s.id);
    return {
      sectionId: s.id,
      filled,
      total,
      errors: own.filter((i) => i.level === 'error').length,
      warnings: own.filter((i) => i.level === 'warning').length,
    };
  });
}

/**
 * The one evaluator: totals, rates and every check of a report. The form, the workbook export,
 * the import and the merge all call this, so they can never disagree.
 */
export function evaluateReport(
  template: FormTemplate,
  data: ReportData,
  period: string,
  options: { previous?: PreviousCounts } = {},
): Evaluation {
  const figures = computeFigures(template, data.counts);
  const rates = computeRates(template, figures);
  const issues = [
    ...checkCounts(template, figures),
    ...checkPlausibility(template, data.counts, (code) => sectionOf(template, code), options.previous),
    ...checkRules(template, figures),
    ...checkList(template, data, period),
    ...checkTexts(template, data),
  ];
  return { figures, rates, issues, progress: progressOf(template, data, issues) };
}

/** Labels of every indicator by code, for messages that name them. */
export function indicatorLabels(template: FormTemplate): Record<string, string> {
  return Object.fromEntries(allIndicators(template).map((i) => [i.code, i.label]));
}
