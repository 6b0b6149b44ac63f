import { periodName } from '../../../shared/domain/periods';
import { formatRateFixed, rateFraction } from '../../../shared/format/numbers';
import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { previousPeriodUi } from '../../../shared/i18n/vi/report';
import type { MergedFigures } from '../../../shared/merge/merge';
import { indicatorSections } from '../../../shared/template';
import { columnLetter, quoteSheet } from '../formulas';
import type { SheetBuilder, WorkbookBuilder } from '../sheet-writer';
import type { MergedContext, NumericIndicator } from './context';
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
  const width = 4 + levels.length + (previous ? 2 : 0);
  title(ws, titleLines, width, ctx.official);
  const rateColumns = [
    T.total,
    ...levels.map((l) => l.name),
    ...(previous ? [previousPeriodUi.columnOf(periodName(previous.period))] : []),
  ];
  const headers = [
    T.code,
    T.indicator,
    T.unitOfMeasure,
    ...rateColumns,
    ...(previous ? [previousPeriodUi.change] : []),
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
      if (ind.kind === 'rate') {
        ws.set(row, col, { formula: rateFormula(ind, ref), result: cachedRate(ind, zero) }, RATE);
        const number = { formula: rateNumberFormula(ind, ref), result: cachedRateNumber(ind, zero) };
        ws.set(row, col + numberOffset, number, RATE_NUMBER);
        continue;
      }
      ws.set(row, col + numberOffset, null, PLAIN);
      if (ind.kind === 'total') {
        ws.set(
          row,
          col,
          { formula: ind.sumOf.map(ref).join('+'), result: ind.sumOf.reduce((a, c) => a + zero(c), 0) },
          countStyle(ind.sumOf.reduce((a, c) => a + zero(c), 0)),
        );
      } else if (level === null) {
        const levelCells = levels.map((_, i) => `${columnLetter(5 + i)}${row}`);
        ws.set(
          row,
          col,
          levelCells.length ? { formula: `SUM(${levelCells.join(',')})`, result: zero(ind.code) } : 0,
          countStyle(zero(ind.code)),
        );
      } else {
        ws.set(
          row,
          col,
          {
            formula: `SUMIF(${unitRows(columnLetter(levelCodeCol), true)},"${level.level}",${unitRows(letterOf(ind.code), false)})`,
            result: zero(ind.code),
          },
          countStyle(zero(ind.code)),
        );
      }
    }
  }
  if (previous) writePreviousColumns(ws, ctx, rowOf, 5 + levels.length, previous, numberOffset);
  [8, 55, 12].forEach((w, i) => ws.widths.set(i + 1, w));
  for (let c = 4; c <= width + rateColumns.length; c++) ws.widths.set(c, 15);
  // Tall enough for the headers that wrap ("Kỳ trước (Năm 2022)", "Tỷ lệ dạng số: Tổng cộng").
  fitRow(
    ws,
    headerRow,
    headers.map((text, i) => ({ text, width: ws.widths.get(i + 1)! })),
  );
  ws.landscape = false;
}

/**
 * "Kỳ trước" (the previous period's merged figures, as values) and "Tăng/giảm" (this period's
 * total minus it, a formula) for counts and totals; a rate shows its previous value only.
 */
function writePreviousColumns(
  ws: SheetBuilder,
  ctx: MergedContext,
  rowOf: Map<string, number>,
  col: number,
  previous: { period: string; figures: MergedFigures },
  numberOffset: number,
): void {
  for (const ind of ctx.numeric) {
    const row = rowOf.get(ind.code)!;
    if (ind.kind === 'rate') {
      const percent = previous.figures.rates[ind.code]?.percent ?? null;
      ws.set(row, col, formatRateFixed(percent), RATE);
      ws.set(row, col + 1, null, PLAIN);
      ws.set(row, col + numberOffset, rateFraction(percent), RATE_NUMBER);
      continue;
    }
    ws.set(row, col + numberOffset, null, PLAIN);
    const before = previous.figures.figures[ind.code] ?? null;
    const now = ctx.merged.figures[ind.code] ?? 0;
    ws.set(row, col, before, countStyle(before));
    ws.set(
      row,
      col + 1,
      before === null ? null : { formula: `D${row}-${columnLetter(col)}${row}`, result: now - before },
      CHANGE,
    );
  }
}
