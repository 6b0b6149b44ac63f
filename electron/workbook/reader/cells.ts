import type { ModelRow, ReportData } from '../../../shared/domain/report';
import { formatDate } from '../../../shared/format/dates';
import { parseCount } from '../../../shared/format/numbers';
import { looseKey } from '../../../shared/format/text';
import { formatMessages } from '../../../shared/i18n/vi/format';
import { importMessages, shownValue, type ProblemPlace } from '../../../shared/i18n/vi/workbook';
import { readerMessages } from '../../../shared/i18n/vi/workbook-reader';
import { cleanText } from '../../../shared/text/clean';
import { LEGACY_FONT_NAMES } from '../../../shared/text/legacy';
import type { ListSection } from '../../../shared/template';
import { COVER_LABELS, COVER_SHEET_NAME, META_SHEET_NAME } from '../../../shared/workbook/layout';
import { cellRef } from '../formulas';
import { cellAt, cellText, type RawCell, type RawSheet, type RawWorkbook } from '../xlsx/read';
import { findSheet, labelKey, sortedRows, type ListTable } from './locate';
import type { Checker } from './problems';

/**
 * Converting cells into the report's values: counts (a number, or Vietnamese-written text such as
 * "27.630"), texts, dates (serials of either date system), the list's rows and the preparer on
 * the cover. A cell that cannot be a value is a problem naming that cell, never a silent zero.
 */

const MAX_LIST_VALUE = 20_000;

function excelSerialToText(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Excel's 1900 system counts a fictitious 29/02/1900 (serial 60).
  const epoch = Date.UTC(1899, 11, days >= 61 ? 30 : 31);
  const d = new Date(epoch + days * 86_400_000);
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

function dateCellText(cell: Extract<RawCell, { type: 'date' }>, date1904: boolean): string {
  if (cell.serial !== undefined) return excelSerialToText(cell.serial, date1904) ?? String(cell.serial);
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(cell.iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (cell.iso ?? '');
}

function shownNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace('.', ',');
}

/**
 * A formula typed in an input cell: its cached value is read, with a warning; without one (a
 * workbook saved by a program that does not compute) the cell cannot be read. False then.
 */
function formulaValue(
  checker: Checker,
  cell: RawCell,
  p: ProblemPlace,
  at: { sheet?: string; cell?: string; indicator?: string },
): boolean {
  if (cell.formula === undefined) return true;
  if (cell.type === 'empty') {
    checker.add('error', 'formula-no-value', importMessages.formulaNoValue(p, cell.formula), at);
    return false;
  }
  checker.add(
    'warning',
    'formula-in-input',
    importMessages.formulaInInput(p, cell.formula, shownValue(cellText(cell))),
    at,
  );
  return true;
}

export function readCount(
  checker: Checker,
  cell: RawCell | undefined,
  p: ProblemPlace,
  at: { sheet: string; cell: string; indicator: string },
  maxCount: number,
): number | null {
  if (!cell || !formulaValue(checker, cell, p, at)) return null;
  switch (cell.type) {
    case 'number': {
      const n = cell.number;
      let detail: string | undefined;
      if (n < 0) detail = formatMessages.countNegative(shownNumber(n));
      else if (!Number.isInteger(n)) detail = formatMessages.countDecimalNumber(shownNumber(n));
      else if (n > maxCount) detail = formatMessages.countTooLarge(shownNumber(n));
      if (detail) {
        checker.add(
          'error',
          n < 0 ? 'count-negative' : Number.isInteger(n) ? 'count-too-large' : 'count-decimal',
          importMessages.countCell(p, detail),
          at,
        );
        return null;
      }
      return n;
    }
    case 'string': {
      const parsed = parseCount(cell.text.length > 100 ? cell.text.slice(0, 100) + '…' : cell.text);
      if (parsed.ok) {
        if (parsed.value !== null && parsed.value > maxCount) {
          checker.add(
            'error',
            'count-too-large',
            importMessages.countCell(p, formatMessages.countTooLarge(shownValue(cell.text))),
            at,
          );
          return null;
        }
        return parsed.value;
      }
      const text = cell.text.trim();
      const kind =
        text.includes(',') && /^[\d.,\s]+$/u.test(text)
          ? 'count-comma'
          : /^-/u.test(text)
            ? 'count-negative'
            : 'count-text';
      checker.add(
        'error',
        kind,
        importMessages.countCell(
          p,
          parsed.message.length > 400 ? shownValue(parsed.message, 400) : parsed.message,
        ),
        at,
      );
      return null;
    }
    case 'date':
      checker.add('error', 'count-date', importMessages.countDate(p), at);
      return null;
    case 'bool':
    case 'error':
      checker.add('error', 'count-text', importMessages.countBadType(p, shownValue(cellText(cell))), at);
      return null;
    case 'empty':
      return null;
  }
}

/**
 * A typed text as the clerk saw it: legacy TCVN3/VNI converted to Unicode (the warning shows the
 * result), invisible and control characters removed (named too), NFC, trimmed.
 */
function readableText(
  checker: Checker | undefined,
  raw: string,
  font: string | undefined,
  p: ProblemPlace,
  at: { sheet?: string; cell?: string; indicator?: string },
  keepLineBreaks = false,
  trim = true,
): string {
  const cleaned = cleanText(raw, font, { keepLineBreaks, trim });
  if (cleaned.legacy) {
    checker?.add(
      'warning',
      'legacy-text',
      readerMessages.legacyText(p, LEGACY_FONT_NAMES[cleaned.legacy], cleaned.text),
      at,
    );
  }
  if (cleaned.stripped) {
    checker?.add('warning', 'control-characters', readerMessages.invisibleCharacters(p), at);
  }
  return cleaned.text;
}

export function readText(
  checker: Checker,
  cell: RawCell | undefined,
  p: ProblemPlace,
  at: { sheet?: string; cell?: string; indicator?: string },
  date1904: boolean,
  /** false: the spaces and line breaks at either end are kept (a piece of a text over rows). */
  trim = true,
): string {
  if (!cell || !formulaValue(checker, cell, p, at)) return '';
  switch (cell.type) {
    case 'string':
      return readableText(checker, cell.text, cell.font, p, at, false, trim);
    case 'number':
      return shownNumber(cell.number);
    case 'date':
      return dateCellText(cell, date1904);
    case 'bool':
    case 'error':
      checker.add('warning', 'text-bad-type', importMessages.textBadType(p, shownValue(cellText(cell))), at);
      return cellText(cell);
    case 'empty':
      return '';
  }
}

export function readModels(
  checker: Checker,
  table: ListTable,
  section: ListSection,
  date1904: boolean,
  modelRows: number[],
): ModelRow[] {
  const { sheet, columns, idCol, firstDataRow, codeRow } = table;
  const models: ModelRow[] = [];
  const usedIds = new Set<string>();
  for (const row of sortedRows(sheet)) {
    if (row < firstDataRow) continue;
    // One row past the template's limit is enough for the rule to refuse the list.
    if (models.length > section.maxRows) break;
    const values: Record<string, string> = {};
    for (const column of section.columns) {
      const col = columns.get(column.code);
      if (col === undefined) continue;
      const where = { sheet: sheet.name, cell: cellRef(row, col) };
      const p = checker.place({ ...where, code: column.code, label: column.label });
      let text = readText(
        checker,
        cellAt(sheet, row, col),
        p,
        { ...where, indicator: column.code },
        date1904,
      );
      // The code row's cells still holding their column's code are the form's, not the clerk's.
      if (!text || (row === codeRow && text.toUpperCase() === column.code)) continue;
      if (column.type === 'enum') {
        const key = labelKey(text);
        text = column.options.find((o) => looseKey(o) === key) ?? text;
      }
      values[column.code] = text.slice(0, MAX_LIST_VALUE);
    }
    if (Object.keys(values).length === 0) continue;
    if (row === codeRow) {
      const where = { sheet: sheet.name, cell: cellRef(row, columns.get(section.columns[0]!.code) ?? 1) };
      checker.add(
        'warning',
        'code-row-data',
        readerMessages.codeRowHasData(
          checker.place(where),
          `${section.columns[0]!.code}…${section.columns.at(-1)!.code}`,
        ),
        where,
      );
    }
    let id = idCol ? cellText(cellAt(sheet, row, idCol)).trim() : '';
    if (!id || id.length > 64 || usedIds.has(id)) {
      id = `dong-${row}`;
      for (let n = 2; usedIds.has(id); n++) id = `dong-${row}-${n}`;
    }
    usedIds.add(id);
    models.push({ id, values });
    modelRows.push(row);
  }
  return models;
}

/** The preparer (name, position, phone, date) from the cover's labelled cells. */
export function readPreparer(wb: RawWorkbook, checker?: Checker): ReportData['preparer'] {
  const preparer = { name: '', position: '', phone: '', preparedOn: '' };
  // The cover first; any other sheet if the cover was renamed.
  const cover = findSheet(wb, COVER_SHEET_NAME);
  const sheets = cover ? [cover] : wb.sheets.filter((s) => s.name !== META_SHEET_NAME);
  const wanted: [keyof typeof preparer, string, number][] = [
    ['name', looseKey(COVER_LABELS.preparerName), 200],
    ['position', looseKey(COVER_LABELS.position), 200],
    ['phone', looseKey(COVER_LABELS.phone), 50],
    ['preparedOn', looseKey(COVER_LABELS.preparedOn), 20],
  ];
  for (const sheet of sheets) {
    readPreparerFrom(sheet, wanted, preparer, wb.date1904, checker);
  }
  return preparer;
}

function readPreparerFrom(
  cover: RawSheet,
  wanted: [keyof ReportData['preparer'], string, number][],
  preparer: ReportData['preparer'],
  date1904: boolean,
  checker: Checker | undefined,
): void {
  for (const [row, cells] of cover.rows) {
    for (const [col, cell] of cells) {
      if (cell.type !== 'string' || cell.text.length > 60) continue;
      const key = looseKey(cell.text.replace(/:\s*$/u, ''));
      const target = wanted.find(([, label]) => label === key);
      if (!target || preparer[target[0]]) continue;
      for (let c = col + 1; c <= col + 6; c++) {
        const value = cellAt(cover, row, c);
        if (!value) continue;
        const where = { sheet: cover.name, cell: cellRef(row, c) };
        const text =
          value.type === 'date'
            ? dateCellText(value, date1904)
            : readableText(
                checker,
                cellText(value),
                value.type === 'string' ? value.font : undefined,
                checker?.place(where) ?? { file: '' },
                where,
                // The preparer's fields are stored as typed (one line in the form).
                true,
              );
        if (text) preparer[target[0]] = text.slice(0, target[2]);
        break;
      }
    }
  }
}
