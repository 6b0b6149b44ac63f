import { DEFAULT_PERIOD_KINDS, periodKindsOf } from '../../domain/periods';
import { PACKAGE_WORDS as W, packageMessages as M } from '../../i18n/vi/form-package';
import type { ComparisonRule, FormTemplate, Indicator, Section } from '../types';
import { parseCondition } from './formula';
import { Grid, Problems, text, wholeNumber } from './grid';
import { checkReferences, readIndicators, type CodeCells } from './parse-indicators';
import { readLists } from './parse-lists';
import type { FormPackage, MappingHow, MappingRow, PackageSheet } from './types';

export type PackageResult = { ok: true; pkg: FormPackage } | { ok: false; problems: string[] };

/**
 * A form package's sheets -> the template it defines, or every problem found, each naming its
 * sheet and cell. Pure: the cells come from the same .xlsx reader as received reports.
 */
export function parsePackage(sheets: PackageSheet[]): PackageResult {
  const problems = new Problems();
  const info = readInfo(sheets, problems);
  const codes: CodeCells = new Map();
  const indicatorGrid = Grid.open(sheets, W.sheets.indicators, W.indicatorHeader, problems);
  const indicatorSections = indicatorGrid ? readIndicators(indicatorGrid, codes, problems) : [];
  const listGrid = Grid.open(sheets, W.sheets.lists, W.listHeader, problems);
  const lists = listGrid ? readLists(listGrid, codes, problems) : [];
  const indicators: Indicator[] = indicatorSections.flatMap((s) => s.indicators);
  if (indicatorGrid && !indicators.length) problems.add(M.noIndicators);
  checkReferences(indicators, codes, problems, W.sheets.indicators);
  // Without a readable "Chỉ tiêu" every code would look unknown: say only what is wrong there.
  const rules = readRules(sheets, indicatorGrid ? indicators : null, problems);
  const mapping = readMapping(sheets, problems);
  if (problems.list.length || !info) return { ok: false, problems: problems.list };
  const sections: Section[] = [...indicatorSections, ...lists].sort((a, b) => a.id.localeCompare(b.id, 'vi'));
  const template: FormTemplate = {
    id: info.id,
    version: info.version,
    title: info.title,
    sections,
    rules,
    maxCount: info.maxCount,
    ...(info.plausibleChange ? { plausibleChange: info.plausibleChange } : {}),
    ...(info.periodKinds ? { periodKinds: info.periodKinds } : {}),
  };
  return { ok: true, pkg: { template, periods: info.periods, mapping } };
}

function readInfo(sheets: PackageSheet[], problems: Problems) {
  const grid = Grid.open(sheets, W.sheets.info, W.infoHeader, problems);
  if (!grid) return null;
  const [labelWord, valueWord] = W.infoHeader;
  const values = new Map<string, { raw: string | number | null; cell: string }>();
  for (const row of grid.rows()) {
    values.set(grid.text(row, labelWord).toLocaleLowerCase('vi'), {
      raw: grid.raw(row, valueWord),
      cell: grid.cell(row, valueWord),
    });
  }
  const get = (label: string, required = true) => {
    const v = values.get(label.toLocaleLowerCase('vi'));
    if (!v && required) problems.add(M.missingInfo(label));
    return v;
  };
  const number = (label: string, required: boolean) => {
    const v = get(label, required);
    if (!v) return null;
    const n = wholeNumber(v.raw);
    if (n === 'bad' || n === null) {
      problems.add(M.badWholeNumber(W.sheets.info, v.cell, label));
      return null;
    }
    return n;
  };
  const idCell = get(W.info.id);
  const id = idCell ? text(idCell.raw) : '';
  if (idCell && !/^[A-Za-z0-9_-]{1,40}$/u.test(id)) problems.add(M.badId(idCell.cell));
  const version = number(W.info.version, true);
  const title = text(get(W.info.title)?.raw ?? null);
  const periodsCell = get(W.info.periods);
  const periods = text(periodsCell?.raw ?? null);
  const periodKinds = periodsCell ? periodKindsOf(periods) : null;
  if (periodsCell && !periodKinds) problems.add(M.badPeriods(periodsCell.cell, periods));
  const maxCount = number(W.info.maxCount, false) ?? 999_999_999_999;
  const factor = number(W.info.changeFactor, false);
  const atLeast = number(W.info.changeAtLeast, false);
  if (!version) return null;
  return {
    id,
    version,
    title,
    periods,
    periodKinds: periodKinds && periodKinds.join() !== DEFAULT_PERIOD_KINDS.join() ? periodKinds : undefined,
    maxCount,
    plausibleChange: factor && atLeast ? { factor, atLeast } : undefined,
  };
}

function readRules(
  sheets: PackageSheet[],
  indicators: Indicator[] | null,
  problems: Problems,
): ComparisonRule[] {
  const grid = Grid.open(sheets, W.sheets.rules, W.ruleHeader, problems);
  if (!grid) return [];
  const [ID, CONDITION, MESSAGE, LEVEL] = W.ruleHeader;
  const kinds = indicators && new Map(indicators.map((i) => [i.code, i.kind]));
  const rules: ComparisonRule[] = [];
  for (const row of grid.rows()) {
    const condition = grid.text(row, CONDITION);
    const parsed = parseCondition(condition);
    if (!parsed) {
      problems.add(M.badCondition(grid.name, grid.cell(row, CONDITION), condition));
      continue;
    }
    for (const code of kinds ? new Set([...parsed.left, ...parsed.right]) : []) {
      const kind = kinds!.get(code);
      if (!kind) problems.add(M.unknownCode(grid.name, grid.cell(row, CONDITION), code));
      else if (kind !== 'count' && kind !== 'total')
        problems.add(M.wrongKindInFormula(grid.name, grid.cell(row, CONDITION), code));
    }
    const levelWord = grid.text(row, LEVEL).toLocaleLowerCase('vi');
    const level = levelWord === W.levels.warning ? 'warning' : levelWord === W.levels.error ? 'error' : null;
    if (!level) problems.add(M.badLevel(grid.name, grid.cell(row, LEVEL), levelWord));
    const message = grid.text(row, MESSAGE);
    if (!message) problems.add(M.emptyMessage(grid.name, grid.cell(row, MESSAGE)));
    const id = grid.text(row, ID) || `QT${row}`;
    if (level) rules.push({ id, level, ...parsed, message });
  }
  return rules;
}

function readMapping(sheets: PackageSheet[], problems: Problems): MappingRow[] {
  const grid = Grid.open(sheets, W.sheets.mapping, W.mappingHeader, problems);
  if (!grid) return [];
  const [FROM, TO, HOW] = W.mappingHeader;
  const hows = Object.entries(W.mappings) as [MappingHow, string][];
  const seen = new Set<string>();
  const rows: MappingRow[] = [];
  for (const row of grid.rows()) {
    const from = grid.text(row, FROM).toUpperCase();
    const to = grid.text(row, TO).toUpperCase() || null;
    const word = grid.text(row, HOW).toLocaleLowerCase('vi');
    const how = hows.find(([, w]) => w === word)?.[0];
    if (!how) {
      problems.add(M.badMapping(grid.name, grid.cell(row, HOW), word));
      continue;
    }
    if ((how === 'rename' || how === 'mergeInto') && !to)
      problems.add(M.mappingNeedsNew(grid.name, grid.cell(row, TO), W.mappings[how]));
    if (seen.has(from)) problems.add(M.mappingOldUnknown(grid.name, grid.cell(row, FROM), from));
    seen.add(from);
    rows.push({ from, to: how === 'keep' ? (to ?? from) : to, how });
  }
  return rows;
}
