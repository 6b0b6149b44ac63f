import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { textIndicators } from '../../../shared/template';
import type { WorkbookBuilder } from '../sheet-writer';
import type { MergedContext } from './context';
import { fitRow, PLAIN, tableHeader, TEXT, title } from './styles';

/** "Tồn tại, kiến nghị": the narrative of each unit (none when the template has no text). */
export function writeIssuesSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const texts = textIndicators(ctx.template);
  if (!texts.length) return;
  const ws = wb.addSheet(T.sheets.issues);
  const head = [T.index, T.unitCode, T.unitName, ...texts.map((t) => `${t.code}. ${t.label}`)];
  title(ws, ctx.titleLines, head.length);
  const h = ctx.titleLines.length + 2;
  tableHeader(ws, h, head);
  const byCode = new Map(ctx.merged.texts.map((t) => [t.unit.code, t.texts]));
  ctx.merged.units.forEach((u, i) => {
    const own = byCode.get(u.unit.code) ?? {};
    ws.setRow(h + 1 + i, [i + 1, u.unit.code, u.unit.name], PLAIN);
    texts.forEach((t, j) => ws.set(h + 1 + i, 4 + j, own[t.code] ?? '', TEXT));
    fitRow(
      ws,
      h + 1 + i,
      texts.map((t) => ({ text: own[t.code], width: 70 })),
    );
  });
  [5, 10, 24].forEach((w, i) => ws.widths.set(i + 1, w));
  texts.forEach((_, i) => ws.widths.set(4 + i, 70));
}
