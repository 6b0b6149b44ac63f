import type ExcelJS from 'exceljs';
import { columnLetter } from '../formulas';

/** exceljs's per-sheet list of validations; `add` is its own method, only missing from its types. */
type WithValidations = {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/**
 * The data validations of one sheet, written as one range per run of alike cells in a column.
 * Set per cell, exceljs squeezes them into ranges itself but sorts the addresses as text ("E10"
 * before "E5") and so writes overlapping ranges (E10 and E5:E10), which LibreOffice and Excel may
 * resolve either way. A range address is written as given.
 */
export class SheetValidations {
  private readonly columns = new Map<
    number,
    { row: number; validation: ExcelJS.DataValidation; key: string }[]
  >();

  set(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation): void {
    const col = Number(cell.col);
    const cells = this.columns.get(col) ?? [];
    cells.push({ row: Number(cell.row), validation, key: JSON.stringify(validation) });
    this.columns.set(col, cells);
  }

  writeTo(ws: ExcelJS.Worksheet): void {
    const { dataValidations } = ws as unknown as WithValidations;
    for (const [col, cells] of this.columns) {
      const letter = columnLetter(col);
      cells.sort((a, b) => a.row - b.row);
      let start = 0;
      for (let i = 1; i <= cells.length; i++) {
        const run = cells[start]!;
        const next = cells[i];
        if (next && next.key === run.key && next.row === cells[i - 1]!.row + 1) continue;
        dataValidations.add(`${letter}${run.row}:${letter}${cells[i - 1]!.row}`, run.validation);
        start = i;
      }
    }
  }
}
