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
  // As narrow as each kind of value allows, so the sheet prints at 9 pt or more on A4 landscape
  // (6,7 pt with 50-wide texts and 18 for the rest); rows grow as the texts wrap.
  const widthOf = (c: (typeof list.columns)[number]) =>
    c.type === 'enum'
      ? Math.min(18, Math.max(10, Math.ceil(Math.max(...c.options.map((o) => o.length)) * 0.4)))
      : c.type === 'date'
        ? 12
        : c.multiline
          ? 30
          : 14;
  ctx.merged.models.forEach((m, i) => {
    ws.setRow(h + 1 + i, [i + 1, m.unit.code, m.unit.name], PLAIN);
    list.columns.forEach((c, j) => ws.set(h + 1 + i, 4 + j, m.values[c.code] ?? '', TEXT));
    fitRow(
      ws,
      h + 1 + i,
      list.columns.map((c) => ({ text: m.values[c.code], width: widthOf(c) })),
    );
  });
  const widths = [5, 10, 22, ...list.columns.map(widthOf)];
  widths.forEach((w, i) => ws.widths.set(i + 1, w));
  // The header as tall as its labels wrap ("Ngày áp dụng" in a date's column).
  fitRow(
    ws,
    h,
    head.map((text, i) => ({ text, width: widths[i]! })),
  );
}
