import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { indicatorSections } from '../../../shared/template';
import { columnLetter } from '../formulas';
import { rowHeightFor } from '../row-height';
import type { WorkbookBuilder } from '../sheet-writer';
import type { MergedContext, NumericIndicator } from './context';
import { bold, COUNT, PLAIN, tableHeader, headerRowAfter, title } from './styles';

/** The template section listed unit by unit on "Đào tạo, bồi dưỡng". */
const TRAINING_SECTION_ID = 'C';

/** Width of a figure's column (characters). */
const FIGURE_WIDTH = 12;

/** "Đào tạo, bồi dưỡng": units × the training section, with a total row. */
export function writeTrainingSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const section = indicatorSections(ctx.template).find((s) => s.id === TRAINING_SECTION_ID);
  if (!section) return;
  const { merged, unitCount, titleLines } = ctx;
  const ws = wb.addSheet(T.sheets.training);
  const inds = section.indicators.filter((i): i is NumericIndicator => i.kind !== 'text');
  const head = [T.index, T.unitCode, T.unitName, ...inds.map((i) => `${i.code}. ${i.label}`)];
  title(ws, [section.title.toLocaleUpperCase('vi'), ...titleLines.slice(1)], head.length, ctx.official);
  const h = headerRowAfter(titleLines);
  tableHeader(ws, h, head);
  const colOf = new Map(inds.map((ind, i) => [ind.code, 4 + i]));
  const first = h + 1;
  const last = first + unitCount - 1;
  const fill = (row: number, figures: Record<string, number | null>, isTotal: boolean) => {
    const ref = (code: string) => `${columnLetter(colOf.get(code)!)}${row}`;
    const style = isTotal ? bold(COUNT) : COUNT;
    for (const ind of inds) {
      const col = colOf.get(ind.code)!;
      const letter = columnLetter(col);
      if (ind.kind === 'total') {
        ws.set(
          row,
          col,
          {
            formula: ind.sumOf.map(ref).join('+'),
            result: ind.sumOf.reduce((a, c) => a + (figures[c] ?? 0), 0),
          },
          style,
        );
      } else if (ind.kind === 'count') {
        ws.set(
          row,
          col,
          isTotal && unitCount > 0
            ? { formula: `SUM(${letter}${first}:${letter}${last})`, result: figures[ind.code] ?? 0 }
            : (figures[ind.code] ?? null),
          style,
        );
      }
    }
  };
  merged.units.forEach((u, i) => {
    ws.setRow(first + i, [i + 1, u.unit.code, u.unit.name], PLAIN);
    fill(first + i, u.figures, false);
  });
  ws.setRow(last + 1, [null, null, T.totalRow], bold(PLAIN));
  fill(last + 1, merged.figures, true);
  // Narrow enough for A4 landscape at 9 pt or more (at 14 a column, fit to width printed 8,4 pt);
  // the header row is as tall as its longest label wraps.
  [5, 10, 26].forEach((w, i) => ws.widths.set(i + 1, w));
  for (const col of colOf.values()) ws.widths.set(col, FIGURE_WIDTH);
  ws.heights.set(h, rowHeightFor(head.slice(3).map((text) => ({ text, width: FIGURE_WIDTH })), 30));
}
