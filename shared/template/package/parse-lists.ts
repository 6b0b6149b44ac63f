import { PACKAGE_WORDS as W, packageMessages as M } from '../../i18n/vi/form-package';
import type { ListColumn, ListSection } from '../types';
import { same, wholeNumber, type Grid, type Problems } from './grid';
import { claimCode, yesNo, sectionOfRow, titledSections, type CodeCells, type Drafts } from './sheet-rows';

const [PART, CODE, LABEL, KIND, REQUIRED, MAX_LENGTH, OPTIONS, CONSTRAINTS] = W.listHeader;

/** Reads "Danh sách": the list sections (models and initiatives) and their columns. */
export function readLists(grid: Grid, codes: CodeCells, problems: Problems): ListSection[] {
  const sections: Drafts<{ rowNoun?: string; maxRows?: number; columns: ListColumn[] }> = new Map();
  for (const row of grid.rows()) {
    const section = sectionOfRow(grid, row, PART, sections, (id) => ({ id, columns: [] }), problems);
    if (!section) continue;
    const kindWord = grid.text(row, KIND);
    const label = grid.text(row, LABEL);
    if (same(kindWord, W.sectionTitle)) section.title = label;
    else if (same(kindWord, W.sectionShort)) section.shortTitle = label;
    else if (same(kindWord, W.listRows.rowNoun)) section.rowNoun = label;
    else if (same(kindWord, W.listRows.maxRows)) {
      const n = wholeNumber(grid.raw(row, LABEL));
      if (n === 'bad' || n === null)
        problems.add(M.badNumber(grid.name, grid.cell(row, LABEL), W.listRows.maxRows));
      else section.maxRows = n;
    } else {
      const column = readColumn(grid, row, kindWord, label, codes, problems);
      if (column) section.columns.push(column);
    }
  }
  return titledSections(grid, sections, problems, 'list', (s) => ({
    rowNoun: s.rowNoun ?? 'dòng',
    maxRows: s.maxRows ?? 500,
    columns: s.columns,
  }));
}

function readColumn(
  grid: Grid,
  row: number,
  kindWord: string,
  label: string,
  codes: CodeCells,
  problems: Problems,
): ListColumn | null {
  const kinds = W.listKinds;
  const kind = (Object.keys(kinds) as (keyof typeof kinds)[]).find((k) => same(kinds[k], kindWord));
  if (!kind) {
    const allowed = [...Object.values(kinds), W.sectionTitle, W.sectionShort, ...Object.values(W.listRows)];
    problems.add(M.badKind(grid.name, grid.cell(row, KIND), kindWord, allowed));
    return null;
  }
  const code = claimCode(grid, row, { code: CODE, label: LABEL }, codes, problems);
  if (!code) return null;
  const required = yesNo(grid, row, REQUIRED, problems) ? { required: true } : {};
  const constraints = grid
    .text(row, CONSTRAINTS)
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean);
  const unique = constraints.some((c) => same(c, W.constraints.unique));
  const notAfter = constraints.some((c) => same(c, W.constraints.notAfterPeriodEnd));
  for (const c of constraints) {
    if (!same(c, W.constraints.unique) && !same(c, W.constraints.notAfterPeriodEnd))
      problems.add(M.badConstraint(grid.name, grid.cell(row, CONSTRAINTS), c));
  }
  if (kind === 'enum') {
    const options = grid
      .text(row, OPTIONS)
      .split(';')
      .map((o) => o.trim())
      .filter(Boolean);
    if (!options.length) problems.add(M.noOptions(grid.name, grid.cell(row, OPTIONS)));
    return { type: 'enum', code, label, ...required, options };
  }
  if (kind === 'date')
    return { type: 'date', code, label, ...required, ...(notAfter ? { notAfterPeriodEnd: true } : {}) };
  const max = wholeNumber(grid.raw(row, MAX_LENGTH));
  if (max === 'bad') problems.add(M.badNumber(grid.name, grid.cell(row, MAX_LENGTH), MAX_LENGTH));
  return {
    type: 'text',
    code,
    label,
    ...required,
    ...(unique ? { unique: true } : {}),
    maxLength: typeof max === 'number' ? max : 1000,
    ...(kind === 'multiline' ? { multiline: true } : {}),
  };
}
