import type { ReportData } from '../../../shared/domain/report';
import { importMessages } from '../../../shared/i18n/vi/workbook';
import { listSection, type FormTemplate } from '../../../shared/template';
import { cellRef } from '../formulas';
import { cellAt, type RawWorkbook } from '../xlsx/read';
import { readCount, readModels, readPreparer, type PreparerCells } from './cells';
import { checkInputAreas } from './inputs';
import { indicatorsByCode, locateFigures, type IndicatorTable, type Place } from './locate';
import type { Checker } from './problems';
import { readTextOverRows } from './text-rows';

/** The report's data read from a workbook: tables located, then each cell converted. */

const MAX_TEXT = 100_000;

export interface ReadResult {
  data: ReportData;
  places: Map<string, Place>;
  /** The indicator tables found (their columns: what is beside a figure is checked against them). */
  tables: IndicatorTable[];
  /** Where each field of the preparer was read on the cover. */
  preparerCells: PreparerCells;
  modelPlace(index: number, code: string): Place | undefined;
  /**
   * The list had more rows than the template allows and reading stopped one row past the limit:
   * the rule needs only to know there are more, and a file of 10.000 rows then costs no more than
   * one of 501. The data read is not the whole file's.
   */
  listTruncated: boolean;
}

export function readReportData(checker: Checker, wb: RawWorkbook, template: FormTemplate): ReadResult {
  const indicators = indicatorsByCode(template);
  const section = listSection(template);
  const located = locateFigures(checker, wb, template, indicators, section);
  const { places, listTable, tables } = located;

  const preparerCells: PreparerCells = {};
  const data: ReportData = {
    counts: {},
    texts: {},
    models: [],
    preparer: readPreparer(wb, checker, preparerCells),
  };
  for (const [code, indicator] of indicators) {
    const at = places.get(code);
    if (!at) continue;
    const sheet = wb.sheets.find((s) => s.name === at.sheet)!;
    const cell = cellAt(sheet, at.row, at.col);
    const where = { sheet: at.sheet, cell: cellRef(at.row, at.col) };
    const p = checker.place({ ...where, code, label: indicator.label });
    if (indicator.kind === 'count') {
      data.counts[code] = readCount(checker, cell, p, { ...where, indicator: code }, template.maxCount);
    } else if (indicator.kind === 'text') {
      // With the rows that go on with it (a long text over several rows).
      const text = readTextOverRows(checker, wb, indicator, [at, ...(located.continuations.get(code) ?? [])]);
      if (text) data.texts[code] = text.slice(0, MAX_TEXT);
    }
  }

  const modelRows: number[] = [];
  let listTruncated = false;
  if (section) {
    if (!listTable) {
      checker.add(
        'error',
        'missing-list',
        importMessages.missingList(checker.place({ sheet: section.shortTitle }), section.columns[0]!.label),
        { indicator: section.columns[0]!.code },
      );
    } else {
      data.models = readModels(checker, listTable, section, wb.date1904, modelRows);
      listTruncated = data.models.length > section.maxRows;
    }
  }

  checkInputAreas(checker, tables, indicators, places, listTable, data, located.continuations);

  return {
    data,
    places,
    tables,
    preparerCells,
    listTruncated,
    modelPlace(index, code) {
      const row = modelRows[index];
      const col = listTable?.columns.get(code);
      return row !== undefined && col !== undefined && listTable
        ? { sheet: listTable.sheet.name, row, col }
        : undefined;
    },
  };
}
