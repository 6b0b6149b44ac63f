/**
 * The form's validation, built from the template: each count box is parsed with `parseCount`, the
 * report is run through THE evaluator (`evaluateReport`), and every issue is mapped to the field
 * it is shown at. The same function feeds react-hook-form (as a resolver), the issue lists, the
 * tab badges and the data that autosave sends, so they can never disagree.
 */
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type { ReportData } from '../../../shared/domain/report';
import { evaluateReport, type Evaluation } from '../../../shared/rules/evaluate';
import { preparerIssues } from '../../../shared/rules/preparer';
import type { PreviousCounts } from '../../../shared/rules/plausibility';
import { allCodes, findIndicator, sectionOfCode, type FormTemplate } from '../../../shared/template';
import { countField, MODELS_FIELD, modelField, preparerField, textField } from './fieldNames';
import { parseCounts, toReportData, type CountFallback, type FormValues } from './formValues';

/** The section id of the "Người lập" block, which is not part of the template. */
export const PREPARER_SECTION = 'preparer';

export interface FormIssue {
  level: 'error' | 'warning';
  /** Which check found it: a rule id, "A03-parse", "B01-required"… */
  check: string;
  code: string;
  /** Every code involved (a rule's both sides), in the rule's order. */
  codes: string[];
  sectionId: string;
  /** For list rows: index of the row (0-based). */
  row?: number;
  /** The react-hook-form path of the field it is shown at. */
  field: string;
  message: string;
}

export interface FormCheck {
  /** What is saved: valid counts (a refused box keeps its last valid value), NFC text. */
  data: ReportData;
  evaluation: Evaluation;
  /** Every problem, in form order (section, row, field). */
  issues: FormIssue[];
  /** Codes whose box holds text that is not a count. */
  refused: Record<string, string>;
}

function fieldOfCode(template: FormTemplate, code: string, row: number | undefined): string {
  if (row !== undefined) return modelField(row, code);
  const indicator = findIndicator(template, code);
  if (!indicator) return `${MODELS_FIELD}.root`;
  return indicator.kind === 'text' ? textField(code) : countField(code);
}

export function checkForm(
  template: FormTemplate,
  values: FormValues,
  period: string,
  fallback: CountFallback = {},
  previous?: PreviousCounts,
): FormCheck {
  const { counts, refused } = parseCounts(template, values, fallback);
  const data = toReportData(template, values, counts);
  const evaluation = evaluateReport(template, data, period, previous ? { previous } : {});
  const issues: FormIssue[] = [];
  for (const [code, message] of Object.entries(refused)) {
    issues.push({
      level: 'error',
      check: `${code}-parse`,
      code,
      codes: [code],
      sectionId: sectionOfCode(template, code)?.id ?? '',
      field: countField(code),
      message: `${code}: ${message}`,
    });
  }
  for (const issue of evaluation.issues) {
    issues.push({
      level: issue.level,
      check: issue.check,
      code: issue.code,
      codes: issue.codes,
      sectionId: issue.sectionId,
      row: issue.row,
      field: fieldOfCode(template, issue.code, issue.row),
      message: issue.message,
    });
  }
  for (const problem of preparerIssues(data.preparer)) {
    issues.push({
      level: problem.level,
      check: `${problem.key}-${problem.key === 'phone' ? 'chars' : 'date'}`,
      code: problem.key,
      codes: [problem.key],
      sectionId: PREPARER_SECTION,
      field: preparerField(problem.key),
      message: problem.message,
    });
  }
  const sectionOrder = [...template.sections.map((s) => s.id), PREPARER_SECTION];
  const codeOrder = allCodes(template);
  const rank = (i: FormIssue) => [
    sectionOrder.indexOf(i.sectionId),
    i.row ?? -1,
    codeOrder.indexOf(i.code),
    i.check.endsWith('-parse') ? 0 : 1,
  ];
  issues.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return ra[k]! - rb[k]!;
    return 0;
  });
  return { data, evaluation, issues, refused };
}

/** The first count the clerk types among these codes, a total or rate standing for its parts. */
function firstEnteredCode(
  template: FormTemplate,
  codes: string[],
  seen = new Set<string>(),
): string | undefined {
  for (const code of codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    const indicator = findIndicator(template, code);
    let found: string | undefined;
    if (indicator?.kind === 'count') found = code;
    else if (indicator?.kind === 'total') found = firstEnteredCode(template, indicator.sumOf, seen);
    else if (indicator?.kind === 'rate') {
      found = firstEnteredCode(template, [...indicator.numerator, ...indicator.denominator], seen);
    }
    if (found) return found;
  }
  return undefined;
}

/**
 * Where a click on an issue takes the clerk: the field it is shown at when it can be typed in;
 * for a computed figure (A07 is a total) the first count it is made of (A02), taking the rule's
 * codes in order, since that is where a fix is typed.
 */
export function issueFocus(template: FormTemplate, issue: FormIssue): { sectionId: string; field: string } {
  const own = { sectionId: issue.sectionId, field: issue.field };
  if (issue.row !== undefined) return own;
  const indicator = findIndicator(template, issue.code);
  if (!indicator || indicator.kind === 'count' || indicator.kind === 'text') return own;
  const code = firstEnteredCode(template, [issue.code, ...issue.codes]);
  if (!code) return own;
  return { sectionId: sectionOfCode(template, code)?.id ?? issue.sectionId, field: countField(code) };
}

/**
 * react-hook-form errors from issues: one FieldError per field, `type` "error" or "warning" (an
 * error wins), the first message in `message` and every message in `types`.
 */
export function issuesToFieldErrors(issues: FormIssue[]): FieldErrors<FormValues> {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = issue.field.split('.');
    let node = root;
    for (const segment of path.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment] as Record<string, unknown>;
    }
    const leaf = path[path.length - 1]!;
    const existing = node[leaf] as FieldError | undefined;
    if (!existing) {
      node[leaf] = { type: issue.level, message: issue.message, types: { [issue.check]: issue.message } };
      continue;
    }
    existing.types = { ...existing.types, [issue.check]: issue.message };
    if (existing.type === 'warning' && issue.level === 'error') {
      existing.type = 'error';
      existing.message = issue.message;
    }
  }
  return root as FieldErrors<FormValues>;
}

export interface ReportResolverContext {
  period: string;
  fallback: CountFallback;
  /** The unit's figures of the previous period, once loaded: a count changed tenfold is a warning. */
  previous?: PreviousCounts;
}

/**
 * The resolver: no issue at all gives the report data as the form's output; otherwise every
 * error and warning as field errors (saving never waits for a clean form: a half-filled report is
 * saved as it is, and a refused count keeps its last valid value).
 */
export function createReportResolver(
  template: FormTemplate,
  getContext: () => ReportResolverContext,
): Resolver<FormValues, unknown, ReportData> {
  return (values) => {
    const { period, fallback, previous } = getContext();
    const check = checkForm(template, values, period, fallback, previous);
    return check.issues.length === 0
      ? { values: check.data, errors: {} }
      : { values: {}, errors: issuesToFieldErrors(check.issues) };
  };
}

/** Every message at a field, errors first (for the text under the box). */
export function fieldMessages(error: FieldError | undefined): string[] {
  if (!error) return [];
  const all = Object.values(error.types ?? {}).filter((m): m is string => typeof m === 'string');
  const first = typeof error.message === 'string' ? [error.message] : [];
  return [...new Set([...first, ...all])];
}

/**
 * The checks of one open report. It remembers, for every count, the last valid value the clerk
 * left the box with (or the value as opened): while a box holds a refused entry ("27,630"), that
 * value is what is saved, never a half-typed prefix like "27".
 */
export interface FormChecker {
  check: (values: FormValues) => FormCheck;
  /** The clerk left a box: its valid counts become the values to fall back on. */
  commit: (values: FormValues) => void;
  /** The previous period's figures arrived (loaded after the form opened). */
  setPrevious: (previous: PreviousCounts | undefined) => void;
  resolver: Resolver<FormValues, unknown, ReportData>;
}

export function createFormChecker(
  template: FormTemplate,
  period: string,
  openedCounts: CountFallback,
): FormChecker {
  const lastValid: CountFallback = { ...openedCounts };
  let previous: PreviousCounts | undefined;
  return {
    check: (values) => checkForm(template, values, period, lastValid, previous),
    setPrevious: (figures) => {
      previous = figures;
    },
    commit: (values) => {
      const { counts, refused } = parseCounts(template, values, lastValid);
      for (const [code, value] of Object.entries(counts)) {
        if (!(code in refused)) lastValid[code] = value;
      }
    },
    resolver: createReportResolver(template, () => ({
      period,
      fallback: lastValid,
      ...(previous ? { previous } : {}),
    })),
  };
}
