import { looseKey } from '../../../shared/format/text';
import { importMessages } from '../../../shared/i18n/vi/workbook';
import { allIndicators, type FormTemplate, type Indicator, type ListSection } from '../../../shared/template';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import {
  CODE_HEADER,
  LISTS_SHEET_NAME,
  META_SHEET_NAME,
  MODEL_ROW_ID_HEADER,
  VALUE_HEADER,
} from '../../../shared/workbook/layout';
import { cellRef } from '../formulas';
import { cellAt, cellText, type RawCell, type RawSheet, type RawWorkbook } from '../xlsx/read';
import type { Checker } from './problems';

/**
 * Finding the tables of a workbook by their words, never by a fixed cell: the indicator tables
 * ("Mã số" … "Số liệu") and the list of models, wherever a clerk or an office suite moved them.
 */

export interface Place {
  sheet: string;
  row: number;
  col: number;
}

/**
 * The key of a text compared with a label (a header, a sheet name, a list option): labels are
 * short, so a long text matches none and is not normalized at all (a 15 MB cell would cost seconds).
 */
export function labelKey(text: string): string {
  return text.length > 200 ? '\u0000' : looseKey(text);
}

/** A cell read as a code or key ("A01", "ma_don_vi"): short, or none at all. */
export function codeText(cell: RawCell | undefined, upper = true): string {
  const text = cellText(cell);
  if (text.length > 100) return '';
  return upper ? text.trim().toUpperCase() : text.trim();
}

/** A sheet by its name, or by its name written loosely (case, accents, spaces). */
export function findSheet(wb: RawWorkbook, name: string): RawSheet | undefined {
  const key = looseKey(name);
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => labelKey(s.name) === key);
}

export function sortedRows(sheet: RawSheet): number[] {
  return [...sheet.rows.keys()].sort((a, b) => a - b);
}

const HEADER_SCAN_ROWS = 200;
const CODE_KEY = looseKey(CODE_HEADER);
const VALUE_KEY = looseKey(VALUE_HEADER);
/** The header's other columns the app writes (what a clerk types there is not a figure). */
const OTHER_HEADERS = {
  unitCol: looseKey(workbookText.header.unit),
  noteCol: looseKey(workbookText.header.note),
  rateNumberCol: looseKey(workbookText.header.rateNumber),
} as const;
type OtherColumns = Partial<Record<keyof typeof OTHER_HEADERS, number>>;

/** The row and columns of an indicator table's header ("Mã số" … "Số liệu"), found by its words. */
function findIndicatorHeader(
  sheet: RawSheet,
  rows: number[],
): ({ row: number; codeCol: number; valueCol: number } & OtherColumns) | undefined {
  for (const row of rows.slice(0, HEADER_SCAN_ROWS)) {
    let codeCol = 0;
    let valueCol = 0;
    const others: OtherColumns = {};
    for (const [col, cell] of sheet.rows.get(row)!) {
      if (cell.type !== 'string') continue;
      const key = labelKey(cell.text);
      if (key === CODE_KEY && !codeCol) codeCol = col;
      else if (key === VALUE_KEY && !valueCol) valueCol = col;
      for (const [name, header] of Object.entries(OTHER_HEADERS) as [keyof OtherColumns, string][]) {
        if (key === header && others[name] === undefined) others[name] = col;
      }
    }
    if (codeCol && valueCol) return { row, codeCol, valueCol, ...others };
  }
  return undefined;
}

export interface ListTable {
  sheet: RawSheet;
  columns: Map<string, number>;
  idCol: number;
  firstDataRow: number;
  /** The row of column codes (B01…B07) under the labels, if any: read too, a clerk may type over it. */
  codeRow?: number;
}

/** An indicator table of a sheet: its header row, the columns of codes and values, and the app's others. */
export interface IndicatorTable extends OtherColumns {
  sheet: RawSheet;
  row: number;
  codeCol: number;
  valueCol: number;
}

function findListTable(sheet: RawSheet, rows: number[], section: ListSection): ListTable | undefined {
  const labelKeys = new Map(section.columns.map((c) => [looseKey(c.label), c.code]));
  const codes = new Set(section.columns.map((c) => c.code));
  const firstKey = looseKey(section.columns[0]!.label);
  for (const [index, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const cells = sheet.rows.get(row)!;
    const texts = [...cells]
      .filter(([, c]) => c.type === 'string')
      .map(([col, c]) => [col, labelKey(cellText(c))] as const);
    if (!texts.some(([, key]) => key === firstKey)) continue;
    const columns = new Map<string, number>();
    let idCol = 0;
    for (const [col, key] of texts) {
      const code = labelKeys.get(key);
      if (code && !columns.has(code)) columns.set(code, col);
      if (key === looseKey(MODEL_ROW_ID_HEADER)) idCol = col;
    }
    // The column-code row under the labels wins: it survives a reworded label. It is read as data
    // too: a unit with one model may type it over the codes (cells still holding their code are not data).
    const next = rows[index + 1];
    if (next !== undefined) {
      const codeCells = [...sheet.rows.get(next)!].filter(([, c]) => codes.has(codeText(c)));
      if (codeCells.length >= Math.min(2, codes.size)) {
        for (const [col, c] of codeCells) columns.set(codeText(c), col);
        return { sheet, columns, idCol, firstDataRow: next, codeRow: next };
      }
    }
    return { sheet, columns, idCol, firstDataRow: row + 1 };
  }
  return undefined;
}

export interface Located {
  /** Where each indicator's value is (the first row of its code). */
  places: Map<string, Place>;
  /** The rows without a code under a text (a long text goes on there), by the text's code. */
  continuations: Map<string, Place[]>;
  listTable: ListTable | undefined;
  tables: IndicatorTable[];
}

/**
 * Finds every indicator's row by its code and the list's table; a code found twice, and a
 * section's input missing, are errors (either would silently change a figure of the merge).
 */
export function locateFigures(
  checker: Checker,
  wb: RawWorkbook,
  template: FormTemplate,
  indicators: ReadonlyMap<string, Indicator>,
  section: ListSection | undefined,
): Located {
  const places = new Map<string, Place>();
  const continuations = new Map<string, Place[]>();
  const tables: IndicatorTable[] = [];
  let listTable: ListTable | undefined;

  for (const sheet of wb.sheets) {
    if (sheet.name === META_SHEET_NAME || sheet.name === LISTS_SHEET_NAME) continue;
    const rows = sortedRows(sheet);
    const header = findIndicatorHeader(sheet, rows);
    if (header) {
      tables.push({ sheet, ...header });
      // The text whose rows without a code follow (until the next row with a code).
      let text: Place[] | undefined;
      for (const row of rows) {
        if (row <= header.row) continue;
        const code = codeText(cellAt(sheet, row, header.codeCol));
        if (!code && text) text.push({ sheet: sheet.name, row, col: header.valueCol });
        if (code) text = undefined;
        if (!indicators.has(code)) continue;
        const here = { sheet: sheet.name, row, col: header.valueCol };
        const first = places.get(code);
        if (first) {
          const where = { sheet: sheet.name, cell: cellRef(row, header.codeCol) };
          checker.add(
            'error',
            'duplicate-code',
            importMessages.duplicateCode(
              checker.place({ ...where, code, label: indicators.get(code)!.label }),
              {
                sheet: first.sheet,
                cell: cellRef(first.row, first.col),
              },
            ),
            { ...where, indicator: code },
          );
          continue;
        }
        places.set(code, here);
        if (indicators.get(code)!.kind === 'text') continuations.set(code, (text = []));
      }
    }
    if (section && !listTable) listTable = findListTable(sheet, rows, section);
  }

  // Every input must be found: a missing row would silently drop a figure from the merge.
  for (const s of template.sections) {
    if (s.kind !== 'indicators') continue;
    const missing = s.indicators.filter(
      (i) => (i.kind === 'count' || i.kind === 'text') && !places.has(i.code),
    );
    if (missing.length) {
      const codes = missing.map((i) => i.code);
      checker.add(
        'error',
        'missing-code',
        importMessages.missingSection(checker.place({ sheet: s.shortTitle }), codes),
        {
          indicator: codes[0],
        },
      );
    }
  }
  return { places, continuations, listTable, tables };
}

/** The template's indicators by code (what locateFigures looks for). */
export function indicatorsByCode(template: FormTemplate): Map<string, Indicator> {
  return new Map(allIndicators(template).map((i) => [i.code, i]));
}
