import { periodName } from '../../../shared/domain/periods';
import { formatDate, fromJsDate } from '../../../shared/format/dates';
import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import type { Completeness } from '../../../shared/merge/completeness';
import type { MergedReport } from '../../../shared/merge/merge';
import { allIndicators, type FormTemplate, type Indicator } from '../../../shared/template';
import { localityOf, placeAndDate } from '../../../shared/report/phrases';
import { placeName } from '../../../shared/workbook/layout';
import type { RollUpUnit } from '../../../shared/workbook/roll-up';
import { columnLetter } from '../formulas';
import { headerRowAfter, type OfficialHeader } from './styles';

/**
 * Rows of a long sheet deflated at a time (SheetBuilder.flush): a country-sized merge holds a
 * hundred units' cells, not every unit's, and they die young (measured: 100 keeps the peak lowest).
 */
export const FLUSH_ROWS = 100;

/** What the merged workbook is written from. */
export interface MergedWorkbookInput {
  template: FormTemplate;
  merged: MergedReport;
  completeness: Completeness;
  generatedAt: Date;
  appVersion: string;
  /** The previous period's merge ("Kỳ trước", "Tăng/giảm" in "Tổng hợp"), when the office holds it. */
  previous?: { period: string; figures: MergedReport } | null;
  /** The merging office that issues the workbook (its header); none when not known. */
  issuer?: { name: string } | null;
  /** The files merged, for the metadata sheet. */
  sources: { unitCode: string; fileName: string; sha256: string; revision: number | null }[];
  /** Each merged unit's report and the file it came from: the identity the next level imports. */
  units?: RollUpUnit[];
  /** The merging office and its level ("huyen", or "tinh" when it merged districts' merges). */
  level?: string;
  office?: { code: string; name: string };
}

export type NumericIndicator = Exclude<Indicator, { kind: 'text' }>;

/**
 * What every sheet of the merged workbook shares: the input, the title lines, and where
 * "Theo đơn vị" puts each unit and indicator (the other sheets' formulas refer to it).
 */
export interface MergedContext extends MergedWorkbookInput {
  numeric: NumericIndicator[];
  unitCount: number;
  titleLines: string[];
  official: OfficialHeader;
  byUnit: {
    /** The fixed columns before the indicators (STT, code, name, level, revision). */
    fixed: string[];
    headerRow: number;
    labelRow: number;
    firstRow: number;
    lastRow: number;
    totalRow: number;
    columnOf: Map<string, number>;
    letterOf(code: string): string;
    /** Each rate's number, right of the printed indicators (the last printed column is `lastPrinted`). */
    numberColOf: Map<string, number>;
    lastPrinted: number;
    /** The hidden column of each unit's level code, which "Tổng hợp" sums by (never the editable "Cấp" text). */
    levelCodeCol: number;
  };
}

export function mergedContext(input: MergedWorkbookInput): MergedContext {
  const { template, merged, completeness } = input;
  const numeric = allIndicators(template).filter((i): i is NumericIndicator => i.kind !== 'text');
  const unitCount = merged.units.length;
  const titleLines = [
    T.title(periodName(merged.period)),
    T.subtitle(unitCount, completeness.counts.expected),
    T.generatedAt(formatDate(fromJsDate(input.generatedAt))),
  ];
  const fixed = [T.index, T.unitCode, T.unitName, T.level, T.revision];
  const columnOf = new Map(numeric.map((ind, i) => [ind.code, fixed.length + 1 + i]));
  const lastPrinted = fixed.length + numeric.length;
  const numberColOf = new Map(
    numeric.filter((i) => i.kind === 'rate').map((ind, i) => [ind.code, lastPrinted + 1 + i]),
  );
  const headerRow = headerRowAfter(titleLines);
  const issuer = input.issuer?.name.trim() ? input.issuer.name : null;
  const official: OfficialHeader = {
    issuer: issuer ? [T.peoplesCommittee, localityOf(issuer).toLocaleUpperCase('vi')] : [],
    placeDate: issuer ? placeAndDate(placeName(issuer), fromJsDate(input.generatedAt)) : '',
  };
  const firstRow = headerRow + 2;
  const lastRow = firstRow + unitCount - 1;
  return {
    ...input,
    numeric,
    unitCount,
    titleLines,
    official,
    byUnit: {
      fixed,
      headerRow,
      labelRow: headerRow + 1,
      firstRow,
      lastRow,
      totalRow: lastRow + 1,
      columnOf,
      letterOf: (code) => columnLetter(columnOf.get(code)!),
      numberColOf,
      lastPrinted,
      levelCodeCol: lastPrinted + numberColOf.size + 1,
    },
  };
}
