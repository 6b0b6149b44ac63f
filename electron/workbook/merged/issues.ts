import { periodName } from '../../../shared/domain/periods';
import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { textIndicators } from '../../../shared/template';
import { splitForRows } from '../long-text';
import type { WorkbookBuilder } from '../sheet-writer';
import type { MergedContext } from './context';
import { fitRow, PLAIN, tableHeader, TEXT, headerRowAfter, title } from './styles';

/** Width of a narrative column, in characters. */
const ISSUE_WIDTH = 62;

/** "Tồn tại, kiến nghị": the narrative of each unit (none when the template has no text). */
export function writeIssuesSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const texts = textIndicators(ctx.template);
  if (!texts.length) return;
  const ws = wb.addSheet(T.sheets.issues);
  const head = [T.index, T.unitCode, T.unitName, ...texts.map((t) => `${t.code}. ${t.label}`)];
  title(
    ws,
    [T.issuesTitle(periodName(ctx.merged.period)), ...ctx.titleLines.slice(1)],
    head.length,
    ctx.official,
  );
  const h = headerRowAfter(ctx.titleLines);
  tableHeader(ws, h, head);
  const byCode = new Map(ctx.merged.texts.map((t) => [t.unit.code, t.texts]));
  let row = h + 1;
  ctx.merged.units.forEach((u, i) => {
    const own = byCode.get(u.unit.code) ?? {};
    // A narrative longer than one row holds (409 pt) goes on in the rows below, so none is cut.
    const pieces = texts.map((t) => splitForRows(own[t.code] ?? '', ISSUE_WIDTH));
    const rows = Math.max(...pieces.map((p) => p.length));
    for (let k = 0; k < rows; k++, row++) {
      ws.setRow(row, k === 0 ? [i + 1, u.unit.code, u.unit.name] : [null, null, null], PLAIN);
      pieces.forEach((p, j) => ws.set(row, 4 + j, p[k] ?? '', TEXT));
      fitRow(
        ws,
        row,
        pieces.map((p) => ({ text: p[k], width: ISSUE_WIDTH })),
      );
    }
  });
  [5, 10, 24].forEach((w, i) => ws.widths.set(i + 1, w));
  texts.forEach((_, i) => ws.widths.set(4 + i, ISSUE_WIDTH));
}
