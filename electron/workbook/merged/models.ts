import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { listSection } from '../../../shared/template';
import type { WorkbookBuilder } from '../sheet-writer';
import type { MergedContext } from './context';
import { fitRow, PLAIN, tableHeader, TEXT, headerRowAfter, title } from './styles';

/** "Mô hình, sáng kiến": every model with its unit, names verbatim (none without a list section). */
export function writeModelsSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const list = listSection(ctx.template);
  if (!list) return;
  const ws = wb.addSheet(T.sheets.models);
  const head = [T.index, T.unitCode, T.unitName, ...list.columns.map((c) => c.label)];
  title(ws, [list.title.toLocaleUpperCase('vi'), ...ctx.titleLines.slice(1)], head.length, ctx.official);
  const h = headerRowAfter(ctx.titleLines);
  tableHeader(ws, h, head);
  const widthOf = (c: (typeof list.columns)[number]) => (c.type === 'text' && c.multiline ? 50 : 18);
  ctx.merged.models.forEach((m, i) => {
    ws.setRow(h + 1 + i, [i + 1, m.unit.code, m.unit.name], PLAIN);
    list.columns.forEach((c, j) => ws.set(h + 1 + i, 4 + j, m.values[c.code] ?? '', TEXT));
    fitRow(
      ws,
      h + 1 + i,
      list.columns.map((c) => ({ text: m.values[c.code], width: widthOf(c) })),
    );
  });
  [5, 10, 24].forEach((w, i) => ws.widths.set(i + 1, w));
  list.columns.forEach((c, i) => ws.widths.set(4 + i, widthOf(c)));
}
