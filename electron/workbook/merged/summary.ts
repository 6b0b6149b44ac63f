import { periodName } from '../../../shared/domain/periods';
import { formatRateFixed, rateFraction } from '../../../shared/format/numbers';
import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { previousPeriodUi } from '../../../shared/i18n/vi/report';
import { countsMadeOf, indicatorSections } from '../../../shared/template';
import { columnLetter, quoteSheet } from '../formulas';
import type { CellValue, SheetBuilder, WorkbookBuilder } from '../sheet-writer';
import type { MergedContext, NumericIndicator } from './context';
import { summaryNotes, type RowNote, type SummaryNotes } from './summary-notes';
import {
  bold,
  cachedRate,
  cachedRateNumber,
  CHANGE,
  countStyle,
  fitRow,
  PLAIN,
  RATE,
  RATE_NUMBER,
  rateFormula,
  rateNumberFormula,
  tableHeader,
  TEXT,
  headerRowAfter,
  title,
} from './styles';

/**
 * "Tổng hợp": one row per code, the total and one column per level. A level's count sums
 * "Theo đơn vị" with SUMIF on its hidden level code (the "Cấp" text shown may be edited), so a
 * unit's figure corrected there shows here too. Right of the
 * printed table, each column of rates again as numbers (`numberOffset` columns further right).
 */
export function writeSummarySheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const { template, merged, numeric, titleLines } = ctx;
  const { firstRow, lastRow, letterOf, levelCodeCol } = ctx.byUnit;
  const levels = merged.levels;
  const ws = wb.addSheet(T.sheets.summary);
  const headerRow = headerRowAfter(titleLines);
  const previous = ctx.previous ?? null;
  const notes = summaryNotes(ctx);
  // "Ghi chú" last in the printed table, only when some row covers fewer units than merged.
  const noteCol = notes.any ? 4 + levels.length + (previous ? 2 : 0) + 1 : null;
  const width = noteCol ?? 4 + levels.length + (previous ? 2 : 0);
  title(ws, titleLines, width, ctx.official);
  const previousName = previous ? periodName(previous.period) : '';
  const rateColumns = [
    T.total,
    ...levels.map((l) => l.name),
    ...(previous ? [notes.previousHeader ?? previousPeriodUi.columnOf(previousName)] : []),
  ];
  const headers = [
    T.code,
    T.indicator,
    T.unitOfMeasure,
    ...rateColumns,
    ...(previous ? [previousPeriodUi.change] : []),
    ...(noteCol ? [T.note] : []),
    ...rateColumns.map(T.rateNumberOf),
  ];
  tableHeader(ws, headerRow, headers);
  const rowOf = new Map<string, number>();
  let r = headerRow + 1;
  for (const section of indicatorSections(template)) {
    const inds = section.indicators.filter((i): i is NumericIndicator => i.kind !== 'text');
    if (!inds.length) continue;
    ws.set(r, 1, section.title, bold(PLAIN));
    for (let c = 2; c <= width; c++) ws.set(r, c, null, PLAIN);
    ws.merge(r, 1, r, width);
    r++;
    for (const ind of inds) rowOf.set(ind.code, r++);
  }
  const unitSheet = quoteSheet(T.sheets.byUnit);
  const unitRows = (letter: string, absolute: boolean) =>
    `${unitSheet}!${absolute ? '$' : ''}${letter}$${firstRow}:${absolute ? '$' : ''}${letter}$${Math.max(lastRow, firstRow)}`;
  const columns = [
    { col: 4, figures: merged.figures, level: null as null | (typeof levels)[number] },
    ...levels.map((l, i) => ({ col: 5 + i, figures: l.figures, level: l })),
  ];
  // Beside the table, not in it: the paper keeps the text, which reads the same on every PC.
  const numberOffset = width - 3;
  ws.printArea = [r - 1, width];
  for (const ind of numeric) {
    const row = rowOf.get(ind.code)!;
    ws.setRow(row, [ind.code, ind.label, ind.kind === 'rate' ? T.percent : ind.unit], TEXT);
    for (const { col, figures, level } of columns) {
      const letter = columnLetter(col);
      const ref = (code: string) => `${letter}${rowOf.get(code)!}`;
      const zero = (code: string) => figures[code] ?? 0;
      // A figure no unit gave is blank, never 0 (nor a rate "không phát sinh" made of blanks):
      // the cells read "" and the formulas keep them so.
      const given = (code: string) => figures[code] !== null && figures[code] !== undefined;
      const blankIfNone = (cells: string[], formula: string) =>
        `IF(COUNT(${cells.join(',')})=0,"",${formula})`;
      if (ind.kind === 'rate') {
        const leaves = countsMadeOf(template, ind.code);
        const complete = leaves.every(given);
        const guard = (formula: string) =>
          `IF(COUNT(${leaves.map(ref).join(',')})<${leaves.length},"",${formula})`;
        ws.set(
          row,
          col,
          { formula: guard(rateFormula(ind, ref)), result: complete ? cachedRate(ind, zero) : '' },
          RATE,
        );
        const number = {
          formula: guard(rateNumberFormula(ind, ref)),
          result: complete ? cachedRateNumber(ind, zero) : '',
        };
        ws.set(row, col + numberOffset, number, RATE_NUMBER);
        continue;
      }
      ws.set(row, col + numberOffset, null, PLAIN);
      if (ind.kind === 'total') {
        const parts = ind.sumOf.map(ref);
        const sum = ind.sumOf.reduce((a, c) => a + zero(c), 0);
        ws.set(
          row,
          col,
          {
            formula: blankIfNone(parts, `SUM(${parts.join(',')})`),
            result: ind.sumOf.some(given) ? sum : '',
          },
          countStyle(sum),
        );
      } else if (level === null) {
        const levelCells = levels.map((_, i) => `${columnLetter(5 + i)}${row}`);
        ws.set(
          row,
          col,
          levelCells.length
            ? {
                formula: blankIfNone(levelCells, `SUM(${levelCells.join(',')})`),
                result: given(ind.code) ? zero(ind.code) : '',
              }
            : null,
          countStyle(zero(ind.code)),
        );
      } else {
        const levelCodes = unitRows(columnLetter(levelCodeCol), true);
        const values = unitRows(letterOf(ind.code), false);
        ws.set(
          row,
          col,
          {
            formula: `IF(COUNTIFS(${levelCodes},"${level.level}",${values},"<>")=0,"",SUMIF(${levelCodes},"${level.level}",${values}))`,
            result: given(ind.code) ? zero(ind.code) : '',
          },
          countStyle(zero(ind.code)),
        );
      }
    }
  }
  if (previous) writePreviousColumns(ws, ctx, rowOf, 5 + levels.length, notes, numberOffset);
  [8, 55, 12].forEach((w, i) => ws.widths.set(i + 1, w));
  for (let c = 4; c <= width + rateColumns.length; c++) ws.widths.set(c, 15);
  if (noteCol) {
    ws.widths.set(noteCol, NOTE_WIDTH);
    for (const ind of numeric) {
      const row = rowOf.get(ind.code)!;
      const note = notes.rows.get(ind.code)!;
      const byUnit = (code: string) => unitRows(letterOf(code), true);
      ws.set(row, noteCol, noteCell(note, byUnit, ctx.unitCount), TEXT);
      fitRow(ws, row, [
        { text: ind.label, width: 55 },
        { text: note.text, width: NOTE_WIDTH },
      ]);
    }
  }
  // Tall enough for the headers that wrap ("Kỳ trước (Năm 2022)", "Tỷ lệ dạng số: Tổng cộng").
  fitRow(
    ws,
    headerRow,
    headers.map((text, i) => ({ text, width: ws.widths.get(i + 1)! })),
  );
  ws.landscape = false;
}

const NOTE_WIDTH = 30;

/**
 * A row's "Ghi chú". Its coverage is a formula counting the units of "Theo đơn vị" with every
 * count behind the row, so it stays true when the office fills a blank there; '' once complete.
 */
function noteCell(note: RowNote, byUnit: (code: string) => string, units: number): CellValue {
  if (!note.partial) return note.comparison || null;
  const given = `SUMPRODUCT(${note.partial.counts.map((c) => `ISNUMBER(${byUnit(c)})`).join('*')}*1)`;
  const after = T.coversAfter + (note.comparison ? '; ' : '');
  const count = `IF(${given}<${units},${given}&"/${units}${quoteText(after)}","")`;
  const formula = note.comparison ? `${count}&"${quoteText(note.comparison)}"` : count;
  return { formula, result: note.text };
}

const quoteText = (text: string) => text.replace(/"/gu, '""');

/**
 * "Kỳ trước" and "Tăng/giảm", like with like: the previous period's figures of the units that
 * have the figure in both periods (values), and this period's minus them. When those units are
 * all of this period's, the change is a formula on the total (a correction in "Theo đơn vị"
 * shows); else a value over those units, the row's "Ghi chú" saying which. A rate shows its
 * previous value only; a row no unit has in both periods shows neither.
 */
function writePreviousColumns(
  ws: SheetBuilder,
  ctx: MergedContext,
  rowOf: Map<string, number>,
  col: number,
  notes: SummaryNotes,
  numberOffset: number,
): void {
  for (const ind of ctx.numeric) {
    const row = rowOf.get(ind.code)!;
    const c = notes.compared?.[ind.code];
    const comparable = c !== undefined && c.units > 0;
    if (ind.kind === 'rate') {
      const percent = comparable ? (c.before.rates[ind.code]?.percent ?? null) : null;
      ws.set(row, col, comparable ? formatRateFixed(percent) : null, RATE);
      ws.set(row, col + 1, null, PLAIN);
      ws.set(row, col + numberOffset, comparable ? rateFraction(percent) : null, RATE_NUMBER);
      continue;
    }
    ws.set(row, col + numberOffset, null, PLAIN);
    const before = comparable ? (c.before.figures[ind.code] ?? null) : null;
    const now = comparable ? (c.now.figures[ind.code] ?? 0) : 0;
    ws.set(row, col, before, countStyle(before));
    const change =
      before === null
        ? null
        : c!.units === c!.of
          ? { formula: `D${row}-${columnLetter(col)}${row}`, result: now - before }
          : now - before;
    ws.set(row, col + 1, change, CHANGE);
  }
}
