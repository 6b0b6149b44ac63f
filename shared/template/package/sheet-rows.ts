import { PACKAGE_WORDS as W, packageMessages as M } from '../../i18n/vi/form-package';
import { CODE_PATTERN } from './formula';
import { same, type Grid, type Problems } from './grid';

/**
 * The row-reading steps the "Chỉ tiêu" and "Danh sách" sheets share: rows grouped by their part
 * (section) id, each code claimed once across the package, "có"/"không" cells checked, and
 * sections without a title refused. Problems are said in the same order on both sheets.
 */

/** Where each code was defined (sheet and cell), to name both places of a duplicate. */
export type CodeCells = Map<string, { sheet: string; cell: string; formulaCell?: string }>;

export interface SectionDraft {
  id: string;
  title?: string;
  shortTitle?: string;
}

/** The sections of a sheet as its rows are read, by part id, with what each kind adds (`E`). */
export type Drafts<E> = Map<string, SectionDraft & E>;

/** The section a row belongs to (made on its first row), or null when the part cell is empty. */
export function sectionOfRow<S extends SectionDraft>(
  grid: Grid,
  row: number,
  partColumn: string,
  sections: Map<string, S>,
  fresh: (id: string) => S,
  problems: Problems,
): S | null {
  const id = grid.text(row, partColumn).toUpperCase();
  if (!id) {
    problems.add(M.noSection(grid.name, grid.cell(row, partColumn)));
    return null;
  }
  const section = sections.get(id) ?? fresh(id);
  sections.set(id, section);
  return section;
}

/**
 * The row's code, upper-cased and recorded in `codes`; null (with the problem said) when it is
 * malformed or already defined. A defined code with an empty label is said but still kept.
 */
export function claimCode(
  grid: Grid,
  row: number,
  columns: { code: string; label: string; formula?: string },
  codes: CodeCells,
  problems: Problems,
): string | null {
  const code = grid.text(row, columns.code).toUpperCase();
  if (!CODE_PATTERN.test(code)) {
    problems.add(M.badCode(grid.name, grid.cell(row, columns.code), code));
    return null;
  }
  const first = codes.get(code);
  if (first) {
    problems.add(
      M.duplicateCode(grid.name, grid.cell(row, columns.code), code, `${first.sheet}!${first.cell}`),
    );
    return null;
  }
  const formulaCell = columns.formula ? { formulaCell: grid.cell(row, columns.formula) } : {};
  codes.set(code, { sheet: grid.name, cell: grid.cell(row, columns.code), ...formulaCell });
  if (!grid.text(row, columns.label)) problems.add(M.emptyLabel(grid.name, grid.cell(row, columns.label)));
  return code;
}

/** True when the cell says "có"; anything but empty, "có" or "không" is said as a problem. */
export function yesNo(grid: Grid, row: number, column: string, problems: Problems): boolean {
  const word = grid.text(row, column);
  if (word && !same(word, W.yes) && !same(word, W.no))
    problems.add(M.badYesNo(grid.name, grid.cell(row, column)));
  return same(word, W.yes);
}

/** The finished sections, in first-seen order; one without a title is said and left out. */
export function titledSections<S extends SectionDraft, K extends string, E>(
  grid: Grid,
  sections: Map<string, S>,
  problems: Problems,
  kind: K,
  rest: (draft: S) => E,
): ({ id: string; kind: K; title: string; shortTitle: string } & E)[] {
  const result: ({ id: string; kind: K; title: string; shortTitle: string } & E)[] = [];
  for (const s of sections.values()) {
    if (!s.title) problems.add(M.sectionNoTitle(grid.name, s.id));
    else
      result.push({
        id: s.id,
        kind,
        title: s.title,
        shortTitle: s.shortTitle ?? s.title.slice(0, 31),
        ...rest(s),
      });
  }
  return result;
}
