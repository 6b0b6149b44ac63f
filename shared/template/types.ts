import type { PeriodChoiceKind } from '../domain/periods';

/**
 * The shape of a form template. A template is data: the form, the rules, the workbook layout,
 * import and merge are all driven by one of these definitions, so a new indicator next year is an
 * edit to a template file (with a new version), not to the code that reads it.
 */

export type IndicatorCode = string;

/** How a figure comes to be: typed by the clerk, or derived from other figures. */
export type IndicatorKind = 'count' | 'total' | 'rate' | 'text';

export interface CountIndicator {
  kind: 'count';
  code: IndicatorCode;
  label: string;
  unit: string;
  /** Visual nesting ("trong đó: ...") in the form and the workbook. */
  indent?: number;
  /**
   * Largest value one unit plausibly reports (DHIS2's max): above it is a warning, not an error.
   * Below the Excel date-serial range it also flags dates typed into the count (1/7/2023 = 45108).
   */
  plausibleMax?: number;
}

export interface TotalIndicator {
  kind: 'total';
  code: IndicatorCode;
  label: string;
  unit: string;
  /** The total is the sum of these counts; it is never typed. */
  sumOf: IndicatorCode[];
}

export interface RateIndicator {
  kind: 'rate';
  code: IndicatorCode;
  label: string;
  /** rate = sum(numerator) / sum(denominator), as a percentage. */
  numerator: IndicatorCode[];
  denominator: IndicatorCode[];
}

export interface TextIndicator {
  kind: 'text';
  code: IndicatorCode;
  label: string;
  maxLength: number;
}

export type Indicator = CountIndicator | TotalIndicator | RateIndicator | TextIndicator;
export type NumericIndicator = CountIndicator | TotalIndicator;

export interface ListColumnBase {
  code: IndicatorCode;
  label: string;
  required?: boolean;
}
export interface TextColumn extends ListColumnBase {
  type: 'text';
  maxLength: number;
  /** Unique within the report, compared ignoring case and spaces. */
  unique?: boolean;
  multiline?: boolean;
}
export interface EnumColumn extends ListColumnBase {
  type: 'enum';
  options: string[];
}
export interface DateColumn extends ListColumnBase {
  type: 'date';
  /** The date may not be after the last day of the report's period. */
  notAfterPeriodEnd?: boolean;
}
export type ListColumn = TextColumn | EnumColumn | DateColumn;

interface SectionBase {
  id: string;
  /** Full title, as printed on the form ("A. Thủ tục hành chính, hồ sơ"). */
  title: string;
  /** Short name for a tab or a sheet (at most 31 characters for Excel). */
  shortTitle: string;
}
export interface IndicatorSection extends SectionBase {
  kind: 'indicators';
  indicators: Indicator[];
}
export interface ListSection extends SectionBase {
  kind: 'list';
  /** Name of one row ("mô hình, sáng kiến"). */
  rowNoun: string;
  maxRows: number;
  columns: ListColumn[];
}
export type Section = IndicatorSection | ListSection;

/**
 * A rule compares two sums of figures: sum(left) <op> sum(right). It is checked only when every
 * figure it names is known, so a half-filled form is not flooded with errors.
 */
export interface ComparisonRule {
  id: string;
  level: 'error' | 'warning';
  left: IndicatorCode[];
  op: 'lte' | 'eq';
  right: IndicatorCode[];
  /** The field the problem is shown at. */
  target: IndicatorCode;
  /** Vietnamese message naming the indicators involved. */
  message: string;
}

export interface FormTemplate {
  id: string;
  version: number;
  title: string;
  sections: Section[];
  rules: ComparisonRule[];
  /** Largest count accepted: anything bigger is a typing or file error, not a figure. */
  maxCount: number;
  /**
   * A count that changed from the same unit's previous period by more than `factor` times (either
   * way) is a warning, when the larger of the two is at least `atLeast` (5 → 1 is no news).
   */
  plausibleChange?: { factor: number; atLeast: number };
  /**
   * The periods the form is reported for ("Kỳ báo cáo" of a package, Nghị định 09/2019); absent:
   * năm, 9 tháng, 6 tháng and quý I.
   */
  periodKinds?: PeriodChoiceKind[];
}
