/**
 * Reads a form package as hostile input, like any received workbook: the same .xlsx reader with
 * the same limits (size, zip bombs, XML entities, cells), then the pure package parser.
 */
import { packageMessages as M } from '../../shared/i18n/vi/form-package';
import { parsePackage, type PackageResult } from '../../shared/template/package/parse';
import type { PackageCell, PackageSheet } from '../../shared/template/package/types';
import { DEFAULT_READ_LIMITS, WorkbookShapeError, readXlsx, type RawCell } from '../workbook/xlsx/read';

/** Largest package file: a form is a few dozen KB; a report's limit is ample. */
export const MAX_PACKAGE_BYTES = 10 * 1024 * 1024;

function value(cell: RawCell | undefined): PackageCell {
  if (!cell) return null;
  switch (cell.type) {
    case 'number':
      return cell.number;
    case 'string':
      return cell.text;
    case 'bool':
      return cell.bool ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.serial ?? cell.iso ?? null;
    default:
      return null;
  }
}

export function readFormPackage(bytes: Uint8Array, fileName: string): PackageResult {
  if (bytes.byteLength > MAX_PACKAGE_BYTES) return { ok: false, problems: [M.notWorkbook(fileName)] };
  let sheets: PackageSheet[];
  try {
    const workbook = readXlsx(bytes, DEFAULT_READ_LIMITS);
    sheets = workbook.sheets.map((s) => {
      const rows: PackageCell[][] = [];
      for (const [r, cells] of s.rows) {
        const row: PackageCell[] = [];
        for (const [c, cell] of cells) row[c - 1] = value(cell);
        rows[r - 1] = Array.from(row, (x) => x ?? null);
      }
      return { name: s.name, rows: Array.from(rows, (x) => x ?? []) };
    });
  } catch (error) {
    // 100.000 rows of text hit the shared-strings limit first, of numbers the cells limit.
    if (error instanceof WorkbookShapeError && error.kind !== 'damaged')
      return { ok: false, problems: [M.tooManyCells(DEFAULT_READ_LIMITS.maxCells)] };
    return { ok: false, problems: [M.notWorkbook(fileName)] };
  }
  return parsePackage(sheets);
}
