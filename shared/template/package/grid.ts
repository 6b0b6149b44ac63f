import { packageMessages as M } from '../../i18n/vi/form-package';
import { columnLetter } from '../../workbook/cell-ref';
import { MAX_PACKAGE_ROWS, type PackageCell, type PackageSheet } from './types';

/** Problems of one package, each naming its sheet and cell. */
export class Problems {
  readonly list: string[] = [];
  add(message: string) {
    this.list.push(message);
  }
}

/** A package sheet read by its header words: the columns may be in any order. */
export class Grid {
  private readonly columns = new Map<string, number>();

  private constructor(
    readonly name: string,
    private readonly sheet: PackageSheet,
  ) {}

  /** The sheet's grid, or null (with the problems said) when it or a header word is missing. */
  static open(
    sheets: PackageSheet[],
    name: string,
    header: readonly string[],
    problems: Problems,
  ): Grid | null {
    const sheet = sheets.find((s) => s.name.trim().normalize('NFC') === name);
    if (!sheet) {
      problems.add(M.missingSheet(name));
      return null;
    }
    const grid = new Grid(name, sheet);
    const words = (sheet.rows[0] ?? []).map((c) => text(c).toLocaleLowerCase('vi'));
    let ok = true;
    header.forEach((word, i) => {
      const col = words.indexOf(word.toLocaleLowerCase('vi'));
      if (col < 0) {
        problems.add(M.missingHeader(name, `${columnLetter(i + 1)}1`, word));
        ok = false;
      } else grid.columns.set(word, col);
    });
    if (sheet.rows.length > MAX_PACKAGE_ROWS + 1) {
      problems.add(M.tooManyRows(name, `A${MAX_PACKAGE_ROWS + 2}`, MAX_PACKAGE_ROWS));
      return null;
    }
    return ok ? grid : null;
  }

  /** The data rows (1-based Excel row numbers), skipping rows with nothing in them. */
  *rows(): Generator<number> {
    for (let r = 1; r < this.sheet.rows.length; r++) {
      if ((this.sheet.rows[r] ?? []).some((c) => text(c) !== '')) yield r + 1;
    }
  }

  raw(row: number, word: string): PackageCell {
    const col = this.columns.get(word);
    return col === undefined ? null : (this.sheet.rows[row - 1]?.[col] ?? null);
  }

  text(row: number, word: string): string {
    return text(this.raw(row, word));
  }

  /** "C12": where a word's column meets a row, for messages. */
  cell(row: number, word: string): string {
    return `${columnLetter((this.columns.get(word) ?? 0) + 1)}${row}`;
  }
}

/** A cell as text: NFC, trimmed, a whole number without ".0". */
export function text(cell: PackageCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : cell.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Two words the same but for letter case (Vietnamese rules), as people type them in a sheet. */
export const same = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

/** A positive whole number, written as a number or as text ("30.000" too); null when empty. */
export function wholeNumber(cell: PackageCell): number | null | 'bad' {
  const t = text(cell).replace(/[.\s]/gu, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isSafeInteger(n) && n > 0 ? n : 'bad';
}
