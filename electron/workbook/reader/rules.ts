import { formatCount, formatRate, rateFraction } from '../../../shared/format/numbers';
import { importMessages, shownValue } from '../../../shared/i18n/vi/workbook';
import { evaluateReport } from '../../../shared/rules/evaluate';
import {
  allIndicators,
  findIndicator,
  findListColumn,
  type FormTemplate,
  type Indicator,
} from '../../../shared/template';
import { cellRef } from '../formulas';
import { cellAt, cellText, type RawCell, type RawWorkbook } from '../xlsx/read';
import type { ReadResult } from './data';
import type { Checker } from './problems';

/** The template's rules on the data read (the one evaluator), placed at the cells they concern. */
export function checkRules(
  checker: Checker,
  wb: RawWorkbook,
  template: FormTemplate,
  period: string,
  read: ReadResult,
): void {
  const evaluation = evaluateReport(template, read.data, period);
  for (const issue of evaluation.issues) {
    const at = issue.row !== undefined ? read.modelPlace(issue.row, issue.code) : read.places.get(issue.code);
    const indicator =
      findIndicator(template, issue.code)?.label ?? findListColumn(template, issue.code)?.label;
    const where = at ? { sheet: at.sheet, cell: cellRef(at.row, at.col) } : {};
    checker.add(
      issue.level,
      `rule:${issue.check}`,
      importMessages.rule(checker.place({ ...where, code: issue.code, label: indicator }), issue.message),
      { ...where, indicator: issue.code },
    );
  }
  checkComputedCells(checker, wb, template, read, evaluation);
}

/**
 * Totals and rates are recomputed, never read; but a clerk who typed over one should know that
 * the number typed is not used. A rate's number ("Tỷ lệ dạng số", column G) is one of them.
 */
function checkComputedCells(
  checker: Checker,
  wb: RawWorkbook,
  template: FormTemplate,
  read: ReadResult,
  evaluation: ReturnType<typeof evaluateReport>,
): void {
  for (const indicator of allIndicators(template) as Indicator[]) {
    if (indicator.kind !== 'total' && indicator.kind !== 'rate') continue;
    const at = read.places.get(indicator.code);
    if (!at) continue;
    const sheet = wb.sheets.find((s) => s.name === at.sheet)!;
    const cells: [RawCell | undefined, number][] = [[cellAt(sheet, at.row, at.col), at.col]];
    const numberCol = read.tables.find((t) => t.sheet === sheet)?.rateNumberCol;
    if (indicator.kind === 'rate' && numberCol !== undefined) {
      cells.push([cellAt(sheet, at.row, numberCol), numberCol]);
    }
    for (const [cell, col] of cells) {
      if (!cell || cell.formula !== undefined) continue;
      let computed: string;
      let same: boolean;
      if (indicator.kind === 'total') {
        const figure = evaluation.figures[indicator.code] ?? null;
        computed = figure === null ? '' : formatCount(figure);
        same = cell.type === 'number' ? cell.number === figure : cellText(cell).trim() === computed;
      } else {
        const percent = evaluation.rates[indicator.code]?.percent ?? null;
        computed = percent === null ? '' : formatRate(percent);
        const fraction = rateFraction(percent);
        same =
          col !== at.col
            ? // The number beside the text: blank, or the same fraction, is what the app wrote.
              cellText(cell).trim() === '' ||
              (cell.type === 'number' && fraction !== null && Math.abs(cell.number - fraction) < 1e-9)
            : cellText(cell).trim() === computed;
      }
      if (same) continue;
      const where = { sheet: at.sheet, cell: cellRef(at.row, col) };
      checker.add(
        'warning',
        'computed-overwritten',
        importMessages.totalOverwritten(
          checker.place({ ...where, code: indicator.code, label: indicator.label }),
          // The rate's number as the clerk saw it in its percent format (0,5 shows "50%").
          col !== at.col && cell.type === 'number'
            ? formatRate(cell.number * 100)
            : shownValue(cellText(cell)),
          computed || '—',
        ),
        { ...where, indicator: indicator.code },
      );
    }
  }
}
