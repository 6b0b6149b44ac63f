import type { FormTemplate } from '../types';

/** A cell of a package sheet as read: text, a number, or nothing. */
export type PackageCell = string | number | null;

/** One sheet, row 1 first (the header), column A first. */
export interface PackageSheet {
  name: string;
  rows: PackageCell[][];
}

export type MappingHow = 'keep' | 'rename' | 'mergeInto' | 'drop';

/** One row of "Chuyển đổi": how a code of the previous version reaches this one. */
export interface MappingRow {
  from: string;
  to: string | null;
  how: MappingHow;
}

export interface FormPackage {
  template: FormTemplate;
  /** "Kỳ báo cáo" as written (the periods the form is used for). */
  periods: string;
  mapping: MappingRow[];
}

/** Most rows a package sheet may have: a form has a few hundred at most. */
export const MAX_PACKAGE_ROWS = 2_000;
