import { canonicalJson, canonicalReportData } from '../../../shared/domain/canonical';
import { ROLL_UP_CHUNK, ROLL_UP_COLUMNS, ROLL_UP_UNITS_SHEET } from '../../../shared/workbook/roll-up';
import type { WorkbookBuilder } from '../sheet-writer';
import { FLUSH_ROWS, type MergedContext } from './context';

/**
 * The units sheet, very hidden: each merged unit's revision, source file and report (canonical
 * JSON over as many cells as it needs), which the next level imports unit by unit.
 */
export function writeUnitsSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const ws = wb.addSheet(ROLL_UP_UNITS_SHEET);
  ws.state = 'veryHidden';
  // Long texts that never repeat: written in their cells, not in the shared-string table.
  ws.inlineStrings = true;
  ws.setRow(1, [...ROLL_UP_COLUMNS]);
  (ctx.units ?? []).forEach((u, i) => {
    const json = canonicalJson(canonicalReportData(u.data));
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += ROLL_UP_CHUNK) chunks.push(json.slice(at, at + ROLL_UP_CHUNK));
    ws.setRow(i + 2, [u.code, u.name, u.level, u.revision ?? '', u.sha256, u.fileName, ...chunks]);
    if (i % FLUSH_ROWS === FLUSH_ROWS - 1) ws.flush();
  });
}
