/**
 * The merged workbook the district signs: built from the template and a MergedReport, never from a
 * hand-kept layout. Totals and rates are live Excel formulas with their values cached, so the file
 * shows the right figures when opened and stays right if someone corrects a unit's figure in
 * "Theo đơn vị": the level columns of "Tổng hợp" sum that sheet with SUMIF, and every rate is
 * computed from the counts in its own column (never an average of rates).
 *
 * Written with the small sheet writer (sheet-writer.ts), since a country-sized merge has hundreds
 * of thousands of cells. One function per sheet, in merged/: a new sheet is a file there and a
 * line in SHEETS. The last two, very hidden, make the workbook importable at the next level.
 */
import { WORKBOOK_FONT } from '../../shared/workbook/layout';
import { writeByUnitSheet } from './merged/by-unit';
import { mergedContext, type MergedContext, type MergedWorkbookInput } from './merged/context';
import { writeIssuesSheet } from './merged/issues';
import { writeMetaSheet } from './merged/meta';
import { writeModelsSheet } from './merged/models';
import { writeSubmissionsSheet } from './merged/submissions';
import { writeSummarySheet } from './merged/summary';
import { writeTrainingSheet } from './merged/training';
import { writeUnitsSheet } from './merged/units';
import { WorkbookBuilder, type CellValue, type SheetBuilder } from './sheet-writer';

export type { MergedWorkbookInput } from './merged/context';

/** The sheets, in the order they appear; each adds its sheet (or none, when the template has no such part). */
const SHEETS: readonly ((wb: WorkbookBuilder, ctx: MergedContext) => void)[] = [
  writeSummarySheet,
  writeByUnitSheet,
  writeModelsSheet,
  writeTrainingSheet,
  writeIssuesSheet,
  writeSubmissionsSheet,
  writeMetaSheet,
  writeUnitsSheet,
];

/** The sheets a person reads, written from the units' data and the metadata. */
const VISIBLE_DATA_SHEETS = SHEETS.filter((w) => ![writeMetaSheet, writeUnitsSheet].includes(w));

/** Keeps each sheet's cells instead of deflating them. */
class CapturingBook extends WorkbookBuilder {
  readonly cells = new Map<string, Map<number, Map<number, CellValue>>>();

  private keep(sheet: SheetBuilder): void {
    const rows = this.cells.get(sheet.name) ?? new Map<number, Map<number, CellValue>>();
    this.cells.set(sheet.name, rows);
    for (const [r, cells] of sheet.rows) rows.set(r, new Map([...cells].map(([c, cell]) => [c, cell.value])));
  }

  override flush(sheet: SheetBuilder): void {
    this.keep(sheet);
    sheet.letRowsGo();
  }

  override seal(sheet: SheetBuilder): void {
    this.keep(sheet);
    sheet.rows.clear();
  }
}

/**
 * The visible data sheets as the writer would write them from `input`, one at a time: `visit`
 * gets each sheet's cells (row → column → value), which are let go after it. The next level
 * compares them with what a received merged workbook shows (reader/merged-edits.ts).
 */
export function visibleSheetCells(
  input: MergedWorkbookInput,
  visit: (sheet: string, rows: Map<number, Map<number, CellValue>>) => void,
): void {
  const ctx = mergedContext(input);
  const wb = new CapturingBook({ name: WORKBOOK_FONT, size: 12 });
  for (const write of VISIBLE_DATA_SHEETS) {
    const before = wb.sheets.length;
    write(wb, ctx);
    for (const sheet of wb.sheets.slice(before)) {
      wb.seal(sheet);
      visit(sheet.name, wb.cells.get(sheet.name) ?? new Map());
      wb.cells.delete(sheet.name);
    }
  }
}

/** The workbook, each sheet deflated as soon as it is written and its cells let go. */
function mergedBook(input: MergedWorkbookInput): WorkbookBuilder {
  const ctx = mergedContext(input);
  const wb = new WorkbookBuilder({ name: WORKBOOK_FONT, size: 12 }, 'Báo cáo CCHC');
  for (const write of SHEETS) {
    const before = wb.sheets.length;
    write(wb, ctx);
    // Memory flat in the number of units: one sheet's cells at a time.
    for (const sheet of wb.sheets.slice(before)) wb.seal(sheet);
  }
  return wb;
}

export async function writeMergedWorkbook(input: MergedWorkbookInput): Promise<Buffer> {
  return mergedBook(input).toBuffer(input.generatedAt);
}

/** Straight to a file, part by part (whole or not at all): the archive is never in memory. */
export async function writeMergedWorkbookFile(input: MergedWorkbookInput, file: string): Promise<void> {
  mergedBook(input).writeFile(file, input.generatedAt);
}
