import { periodName } from '../../../shared/domain/periods';
import { UNIT_LEVEL_NAMES } from '../../../shared/domain/units';
import { formatDate, fromJsDate } from '../../../shared/format/dates';
import { districtMessages, mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import type { WorkbookBuilder } from '../sheet-writer';
import type { MergedContext } from './context';
import { bold, fileNote, fitRow, PLAIN, tableHeader, TEXT, headerRowAfter, title } from './styles';

/** The notes' column: narrow enough for the table to print at 9 pt or more (at 70, 7,8 pt). */
const NOTE_WIDTH = 36;
const shownDate = (iso: string) => formatDate(fromJsDate(new Date(iso)));

/** "Tình hình nộp": the completeness table, refused files and why. */
export function writeSubmissionsSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const { completeness, titleLines } = ctx;
  const ws = wb.addSheet(T.sheets.submissions);
  const head = [T.index, T.unitCode, T.unitName, T.level, T.status, T.revision, T.receivedAt, T.file, T.note];
  title(
    ws,
    [T.submissionsTitle(periodName(ctx.merged.period)), T.countsLine(completeness.counts), titleLines[2]!],
    head.length,
    ctx.official,
  );
  const h = headerRowAfter(titleLines);
  tableHeader(ws, h, head);
  let n = h + 1;
  completeness.rows.forEach((row, i) => {
    const current = row.current;
    const warnings = current?.problems.filter((p) => p.level === 'warning').length ?? 0;
    ws.setRow(
      n,
      [
        i + 1,
        row.unit.code,
        row.unit.name,
        UNIT_LEVEL_NAMES[row.unit.level],
        districtMessages.status[row.status],
        current ? districtMessages.revisionName(current.revision) : '',
        current ? shownDate(current.receivedAt) : '',
        current?.fileName ?? row.refused[0]?.fileName ?? '',
      ],
      PLAIN,
    );
    const note = [
      warnings && current ? current.problems.map((p) => p.message).join(' ') : '',
      row.refused.length ? fileNote(row.refused) : '',
    ]
      .filter(Boolean)
      .join('\n');
    ws.set(n, 9, note, TEXT);
    fitRow(ws, n++, [{ text: note, width: NOTE_WIDTH }]);
  });
  if (completeness.unattributed.length) {
    ws.set(n, 1, T.unattributed, bold(PLAIN));
    for (let c = 2; c <= head.length; c++) ws.set(n, c, null, PLAIN);
    ws.merge(n, 1, n, head.length);
    n++;
    for (const f of completeness.unattributed) {
      ws.setRow(
        n,
        ['', '', '', '', districtMessages.status.refused, '', shownDate(f.receivedAt), f.fileName],
        PLAIN,
      );
      ws.set(n, 9, fileNote([f]), TEXT);
      fitRow(ws, n++, [{ text: fileNote([f]), width: NOTE_WIDTH }]);
    }
  }
  [5, 10, 26, 11, 20, 9, 12, 34, NOTE_WIDTH].forEach((w, i) => ws.widths.set(i + 1, w));
}
