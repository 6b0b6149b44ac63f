import { periodName } from '../../../shared/domain/periods';
import { countsMadeOf, indicatorSections } from '../../../shared/template';
import { UNIT_LEVEL_NAMES } from '../../../shared/domain/units';
import { districtMessages, mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import type { CellStyle, CellValue, SheetBuilder, WorkbookBuilder } from '../sheet-writer';
import { FLUSH_ROWS, type MergedContext, type NumericIndicator } from './context';
import {
  bold,
  cachedRate,
  cachedRateNumber,
  countStyle,
  HEADER,
  PLAIN,
  RATE,
  RATE_NUMBER,
  rateFormula,
  rateNumberFormula,
  title,
} from './styles';

/** "Theo đơn vị": units × indicators, a total row; totals and rates as formulas of the row. */
export function writeByUnitSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const { merged, numeric, unitCount, titleLines } = ctx;
  const { fixed, headerRow, labelRow, firstRow, lastRow, totalRow, columnOf, letterOf } = ctx.byUnit;
  const { numberColOf, lastPrinted, levelCodeCol } = ctx.byUnit;
  const ws = wb.addSheet(T.sheets.byUnit);
  title(
    ws,
    [T.byUnitTitle(periodName(merged.period)), ...titleLines.slice(1)],
    Math.min(fixed.length + numeric.length, 12) - BY_UNIT_TITLE_COLUMNS,
    ctx.official,
    BY_UNIT_TITLE_COLUMNS + 1,
  );
  ws.setRow(headerRow, [...fixed, ...numeric.map((i) => i.code)], HEADER);
  ws.setRow(labelRow, [...fixed.map(() => ''), ...numeric.map((i) => i.label)], HEADER);
  // Each rate again as a number, right of what prints: the paper keeps the text.
  const rates = numeric.filter((i) => numberColOf.has(i.code));
  ws.setRow(
    headerRow,
    rates.map((i) => T.codeAsNumber(i.code)),
    HEADER,
    lastPrinted + 1,
  );
  ws.setRow(
    labelRow,
    rates.map((i) => T.asNumber(i.label)),
    HEADER,
    lastPrinted + 1,
  );
  ws.set(headerRow, levelCodeCol, T.levelCode, HEADER);
  ws.set(labelRow, levelCodeCol, '', HEADER);
  for (let c = 1; c <= fixed.length; c++) ws.merge(headerRow, c, labelRow, c);
  // Set before the rows, which are deflated a hundred at a time (memory flat in the units).
  [5, 10, 28, 11, 9].forEach((w, i) => ws.widths.set(i + 1, w));
  for (const col of [...columnOf.values(), ...numberColOf.values()]) ws.widths.set(col, 12);
  ws.widths.set(levelCodeCol, 12);
  ws.hiddenCols.add(levelCodeCol);
  ws.heights.set(labelRow, 90);
  ws.frozen = { rows: labelRow, cols: 3 };
  // On paper: at a fixed scale (12 pt × 80% ≈ 9,6 pt, never shrunk to fit one page), each section
  // of the form from a new page, the codes, labels, and the units' codes and names on every page.
  ws.printScale = BY_UNIT_PRINT_SCALE;
  ws.printTitleRows = [headerRow, labelRow];
  ws.printTitleCols = [1, BY_UNIT_TITLE_COLUMNS];
  ws.printArea = [totalRow, lastPrinted];
  ws.columnBreaks = indicatorSections(ctx.template)
    .slice(1)
    .map((section) => section.indicators.find((i) => columnOf.has(i.code)))
    .filter((first) => first !== undefined)
    .map((first) => columnOf.get(first.code)!);

  merged.units.forEach((u, i) => {
    const row = firstRow + i;
    ws.setRow(
      row,
      [
        i + 1,
        u.unit.code,
        u.unit.name,
        UNIT_LEVEL_NAMES[u.unit.level],
        u.revision === null ? null : districtMessages.revisionName(u.revision),
      ],
      PLAIN,
    );
    ws.set(row, levelCodeCol, u.unit.level, PLAIN);
    writeIndicatorCells(
      ws,
      ctx,
      row,
      (code) => u.figures[code] ?? null,
      (ind) => u.figures[ind.code] ?? null,
      false,
    );
    if (i % FLUSH_ROWS === FLUSH_ROWS - 1) ws.flush();
  });
  ws.setRow(totalRow, [null, null, T.totalRow, null, null], bold(PLAIN));
  writeIndicatorCells(
    ws,
    ctx,
    totalRow,
    (code) => merged.figures[code] ?? null,
    (ind) =>
      unitCount > 0
        ? {
            formula: `SUM(${letterOf(ind.code)}${firstRow}:${letterOf(ind.code)}${lastRow})`,
            result: merged.figures[ind.code] ?? 0,
          }
        : 0,
    true,
  );
}

/** STT, the unit's code and name: repeated at the left of every printed page. */
const BY_UNIT_TITLE_COLUMNS = 3;

/** "Theo đơn vị" prints at 80%: its 12 pt text comes out at 9,6 pt, at least the 9 pt officials read. */
export const BY_UNIT_PRINT_SCALE = 80;

/** One row's indicator cells: counts as given, totals and rates as formulas with cached values. */
function writeIndicatorCells(
  ws: SheetBuilder,
  ctx: MergedContext,
  row: number,
  value: (code: string) => number | null,
  countCell: (ind: NumericIndicator) => CellValue,
  emphasis: boolean,
): void {
  const ref = (code: string) => `${ctx.byUnit.letterOf(code)}${row}`;
  const zero = (code: string) => value(code) ?? 0;
  const style = (s: CellStyle) => (emphasis ? bold(s) : s);
  for (const ind of ctx.numeric) {
    const col = ctx.byUnit.columnOf.get(ind.code)!;
    if (ind.kind === 'count') ws.set(row, col, countCell(ind), style(countStyle(value(ind.code))));
    else if (ind.kind === 'total') {
      ws.set(
        row,
        col,
        { formula: ind.sumOf.map(ref).join('+'), result: ind.sumOf.reduce((a, c) => a + zero(c), 0) },
        style(countStyle(ind.sumOf.reduce((a, c) => a + zero(c), 0))),
      );
    } else {
      // A unit's rate stays blank while a count it is made of is blank, as on the unit's own sheet:
      // blank counts read as 0 would print "không phát sinh" for a rate the unit never gave.
      const leaves = emphasis ? [] : countsMadeOf(ctx.template, ind.code);
      const guard = (formula: string) =>
        leaves.length ? `IF(COUNT(${leaves.map(ref).join(',')})<${leaves.length},"",${formula})` : formula;
      const complete = leaves.every((code) => value(code) !== null);
      ws.set(
        row,
        col,
        { formula: guard(rateFormula(ind, ref)), result: complete ? cachedRate(ind, zero) : '' },
        style(RATE),
      );
      ws.set(
        row,
        ctx.byUnit.numberColOf.get(ind.code)!,
        { formula: guard(rateNumberFormula(ind, ref)), result: complete ? cachedRateNumber(ind, zero) : '' },
        style(RATE_NUMBER),
      );
    }
  }
}

