import { PACKAGE_WORDS as W } from '../../i18n/vi/form-package';
import type { FormTemplate, Indicator, ListColumn } from '../types';
import { conditionText, rateText, sumText } from './formula';
import type { FormPackage, PackageCell, PackageSheet } from './types';

/** The periods the built-in form is used for (Nghị định 09/2019: năm, 9 tháng, 6 tháng, quý). */
export const DEFAULT_PERIODS = 'Năm; 9 tháng; 6 tháng; Quý I';

function indicatorRow(section: string, i: Indicator): PackageCell[] {
  const label = W.indentMark.repeat(i.kind === 'count' ? (i.indent ?? 0) : 0) + i.label;
  switch (i.kind) {
    case 'count':
      return [section, i.code, label, i.unit, W.kinds.count, null, null, i.plausibleMax ?? null];
    case 'total':
      return [section, i.code, label, i.unit, W.kinds.total, sumText(i.sumOf), null, null];
    case 'rate':
      return [section, i.code, label, '%', W.kinds.rate, rateText(i.numerator, i.denominator), null, null];
    case 'text':
      return [section, i.code, label, null, W.kinds.text, null, null, i.maxLength];
  }
}

function columnRow(section: string, c: ListColumn): PackageCell[] {
  const kind =
    c.type === 'text' ? (c.multiline ? W.listKinds.multiline : W.listKinds.text) : W.listKinds[c.type];
  const constraints = [
    c.type === 'text' && c.unique ? W.constraints.unique : null,
    c.type === 'date' && c.notAfterPeriodEnd ? W.constraints.notAfterPeriodEnd : null,
  ].filter(Boolean);
  return [
    section,
    c.code,
    c.label,
    kind,
    c.required ? W.yes : null,
    c.type === 'text' ? c.maxLength : null,
    c.type === 'enum' ? c.options.join('; ') : null,
    constraints.join('; ') || null,
  ];
}

/** The template as the five sheets of a package, in the words people edit by. */
export function packageSheets(pkg: FormPackage): PackageSheet[] {
  const t: FormTemplate = pkg.template;
  const info: PackageCell[][] = [
    [...W.infoHeader],
    [W.info.id, t.id],
    [W.info.version, t.version],
    [W.info.title, t.title],
    [W.info.periods, pkg.periods],
    [W.info.maxCount, t.maxCount],
  ];
  if (t.plausibleChange) {
    info.push(
      [W.info.changeFactor, t.plausibleChange.factor],
      [W.info.changeAtLeast, t.plausibleChange.atLeast],
    );
  }
  const indicators: PackageCell[][] = [[...W.indicatorHeader]];
  const lists: PackageCell[][] = [[...W.listHeader]];
  for (const s of t.sections) {
    if (s.kind === 'indicators') {
      indicators.push(
        [s.id, null, s.title, null, W.sectionTitle, null, null, null],
        [s.id, null, s.shortTitle, null, W.sectionShort, null, null, null],
        ...s.indicators.map((i) => indicatorRow(s.id, i)),
      );
    } else {
      lists.push(
        [s.id, null, s.title, W.sectionTitle, null, null, null, null],
        [s.id, null, s.shortTitle, W.sectionShort, null, null, null, null],
        [s.id, null, s.rowNoun, W.listRows.rowNoun, null, null, null, null],
        [s.id, null, s.maxRows, W.listRows.maxRows, null, null, null, null],
        ...s.columns.map((c) => columnRow(s.id, c)),
      );
    }
  }
  const rules: PackageCell[][] = [
    [...W.ruleHeader],
    ...t.rules.map((r) => [r.id, conditionText(r), r.message, W.levels[r.level]]),
  ];
  const mapping: PackageCell[][] = [
    [...W.mappingHeader],
    ...pkg.mapping.map((m) => [m.from, m.to, W.mappings[m.how]]),
  ];
  return [
    { name: W.sheets.info, rows: info },
    { name: W.sheets.indicators, rows: indicators },
    { name: W.sheets.rules, rows: rules },
    { name: W.sheets.lists, rows: lists },
    { name: W.sheets.mapping, rows: mapping },
  ];
}
