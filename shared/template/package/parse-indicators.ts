import { PACKAGE_WORDS as W, packageMessages as M } from '../../i18n/vi/form-package';
import type { Indicator, IndicatorSection } from '../types';
import { parseRate, parseSum } from './formula';
import { same, wholeNumber, type Grid, type Problems } from './grid';
import { claimCode, yesNo, sectionOfRow, titledSections, type CodeCells, type Drafts } from './sheet-rows';

export type { CodeCells } from './sheet-rows';

const [PART, CODE, LABEL, UNIT, KIND, FORMULA, REQUIRED, MAX] = W.indicatorHeader;

/** Reads "Chỉ tiêu": the indicator sections, their titles and indicators, formulas unchecked. */
export function readIndicators(grid: Grid, codes: CodeCells, problems: Problems): IndicatorSection[] {
  const sections: Drafts<{ indicators: Indicator[] }> = new Map();
  const kindOf = new Map(Object.entries(W.kinds).map(([k, word]) => [word.toLocaleLowerCase('vi'), k]));
  const allowed = [...Object.values(W.kinds), W.sectionTitle, W.sectionShort];
  for (const row of grid.rows()) {
    const section = sectionOfRow(grid, row, PART, sections, (id) => ({ id, indicators: [] }), problems);
    if (!section) continue;
    const kindWord = grid.text(row, KIND);
    const label = grid.text(row, LABEL);
    if (same(kindWord, W.sectionTitle)) {
      section.title = label;
      continue;
    }
    if (same(kindWord, W.sectionShort)) {
      section.shortTitle = label;
      continue;
    }
    const kind = kindOf.get(kindWord.toLocaleLowerCase('vi'));
    if (!kind) {
      problems.add(M.badKind(grid.name, grid.cell(row, KIND), kindWord, allowed));
      continue;
    }
    const code = claimCode(grid, row, { code: CODE, label: LABEL, formula: FORMULA }, codes, problems);
    if (!code) continue;
    yesNo(grid, row, REQUIRED, problems);
    const indicator = readIndicator(grid, row, kind as Indicator['kind'], code, label, problems);
    if (indicator) section.indicators.push(indicator);
  }
  return titledSections(grid, sections, problems, 'indicators', (s) => ({
    indicators: s.indicators,
  }));
}

function readIndicator(
  grid: Grid,
  row: number,
  kind: Indicator['kind'],
  code: string,
  rawLabel: string,
  problems: Problems,
): Indicator | null {
  const formula = grid.text(row, FORMULA);
  const formulaCell = grid.cell(row, FORMULA);
  const kindWord = W.kinds[kind];
  const unit = grid.text(row, UNIT);
  const max = wholeNumber(grid.raw(row, MAX));
  if (max === 'bad') {
    problems.add(M.badNumber(grid.name, grid.cell(row, MAX), MAX));
    return null;
  }
  if ((kind === 'count' || kind === 'text') && formula) {
    problems.add(M.formulaNotAllowed(grid.name, formulaCell, kindWord));
    return null;
  }
  if ((kind === 'total' || kind === 'rate') && !formula) {
    problems.add(M.formulaNeeded(grid.name, formulaCell, kindWord));
    return null;
  }
  let indent = 0;
  let label = rawLabel;
  while (label.startsWith(W.indentMark.trim())) {
    indent++;
    label = label.slice(W.indentMark.trim().length).trimStart();
  }
  switch (kind) {
    case 'count':
      return {
        kind,
        code,
        label,
        unit,
        ...(indent ? { indent } : {}),
        ...(max !== null ? { plausibleMax: max } : {}),
      };
    case 'text':
      return { kind, code, label: rawLabel, maxLength: max ?? 2000 };
    case 'total': {
      const sumOf = parseSum(formula);
      if (!sumOf) problems.add(M.badFormula(grid.name, formulaCell, formula));
      return sumOf ? { kind, code, label: rawLabel, unit, sumOf } : null;
    }
    case 'rate': {
      const rate = parseRate(formula);
      if (rate === 'no-denominator') problems.add(M.rateNoDenominator(grid.name, formulaCell, formula));
      else if (!rate) problems.add(M.badFormula(grid.name, formulaCell, formula));
      return rate && rate !== 'no-denominator' ? { kind, code, label: rawLabel, ...rate } : null;
    }
  }
}

/**
 * Every code a total, rate or rule names exists and is a number (a count or a total), and no
 * total is made of itself, directly or through other totals.
 */
export function checkReferences(
  indicators: Indicator[],
  codes: CodeCells,
  problems: Problems,
  sheet: string,
): void {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const numeric = (code: string) => {
    const kind = byCode.get(code)?.kind;
    return kind === 'count' || kind === 'total';
  };
  for (const i of indicators) {
    const refs = i.kind === 'total' ? i.sumOf : i.kind === 'rate' ? [...i.numerator, ...i.denominator] : [];
    const cell = codes.get(i.code)?.formulaCell ?? '';
    for (const ref of new Set(refs)) {
      if (!byCode.has(ref)) problems.add(M.unknownCode(sheet, cell, ref));
      else if (!numeric(ref)) problems.add(M.wrongKindInFormula(sheet, cell, ref));
    }
  }
  // Cycles among totals: depth-first, each cycle said once, at the first total found on it.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (code: string, path: string[]): void => {
    const i = byCode.get(code);
    if (i?.kind !== 'total') return;
    if (state.get(code) === 'done') return;
    if (state.get(code) === 'open') {
      const loop = [...path.slice(path.indexOf(code)), code];
      problems.add(M.cycle(sheet, codes.get(code)?.formulaCell ?? '', loop.join(' → ')));
      return;
    }
    state.set(code, 'open');
    for (const ref of i.sumOf) visit(ref, [...path, code]);
    state.set(code, 'done');
  };
  for (const i of indicators) visit(i.code, []);
}
