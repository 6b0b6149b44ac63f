import { isPeriodCode, periodName } from '../../../shared/domain/periods';
import { unitHeaderName, type Unit } from '../../../shared/domain/units';
import { looseKey } from '../../../shared/format/text';
import { readerMessages } from '../../../shared/i18n/vi/workbook-reader';
import { workbookText } from '../../../shared/i18n/vi/workbook';
import { cleanText } from '../../../shared/text/clean';
import type { WorkbookIdentity } from '../../../shared/workbook/import-types';
import { COVER_LABELS, COVER_SHEET_NAME, META_SHEET_NAME } from '../../../shared/workbook/layout';
import { cellRef } from '../formulas';
import { cellAt, cellText, type RawCell, type RawSheet, type RawWorkbook } from '../xlsx/read';
import { findSheet } from './locate';
import type { Checker } from './problems';

/**
 * What the visible workbook says about whose report it is, against the file's identity: the
 * cover's unit name, unit code and period, the header "UBND XÃ …", the period title, and each
 * sheet's subtitle. A commune that re-uses another's template and edits the cover, or a period
 * changed by hand ("Năm 2024"), is refused naming both, never merged as the other unit's report.
 */

const BODY_PREFIX = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s*/iu;
/** "xã Thông Bình", "UBND xã Thông Bình", "UBND XÃ THÔNG BÌNH" are one name. */
const nameKey = (text: string) => looseKey(text.trim().replace(BODY_PREFIX, ''));
const PERIOD_TITLE = /^(năm|quý|6 tháng|9 tháng|tháng)\s.*\d{4}$/iu;

function shown(cell: RawCell): string {
  const font = cell.type === 'string' ? cell.font : undefined;
  const text = cellText(cell);
  return text.length > 300 ? '' : cleanText(text, font).text;
}

/** The value right of a label ("Đơn vị báo cáo" → "xã Thông Bình"), with its cell. */
function labelled(sheet: RawSheet, label: string): { row: number; col: number; text: string } | undefined {
  const key = looseKey(label);
  for (const [row, cells] of sheet.rows) {
    for (const [col, cell] of cells) {
      if (cell.type !== 'string' || cell.text.length > 60) continue;
      if (looseKey(cell.text.replace(/:\s*$/u, '')) !== key) continue;
      for (let c = col + 1; c <= col + 6; c++) {
        const value = cellAt(sheet, row, c);
        const text = value ? shown(value) : '';
        if (text) return { row, col: c, text };
      }
      return undefined;
    }
  }
  return undefined;
}

export function checkCover(
  checker: Checker,
  wb: RawWorkbook,
  identity: WorkbookIdentity,
  units: readonly Unit[],
  /** The unit name the technical sheet carries, if any (the name when the file was made). */
  fileUnitName: string,
): void {
  const unit = units.find((u) => u.code === identity.unitCode);
  const names = [unit?.name, fileUnitName].filter((n): n is string => !!n);
  const period = isPeriodCode(identity.period) ? periodName(identity.period) : '';
  const inFile = `${names[0] ?? identity.unitCode} (${identity.unitCode})${period ? `, ${period}` : ''}`;
  const nameOk = (text: string) => !names.length || names.some((n) => nameKey(n) === nameKey(text));
  const periodOk = (text: string) => !period || looseKey(text) === looseKey(period);
  const seen = new Set<string>();
  const differs = (sheet: RawSheet, row: number, col: number, what: string, text: string) => {
    const where = { sheet: sheet.name, cell: cellRef(row, col) };
    if (seen.has(`${where.sheet}!${where.cell}`)) return;
    seen.add(`${where.sheet}!${where.cell}`);
    checker.add(
      'error',
      'cover-mismatch',
      readerMessages.coverDiffers(checker.place(where), what, text, inFile),
      where,
    );
  };

  const cover =
    findSheet(wb, COVER_SHEET_NAME) ??
    wb.sheets.find((s) => labelled(s, COVER_LABELS.unitCode) !== undefined);
  if (cover) {
    const what = readerMessages.coverWhat;
    const code = labelled(cover, COVER_LABELS.unitCode);
    if (code && code.text.toUpperCase() !== identity.unitCode.toUpperCase()) {
      differs(cover, code.row, code.col, what.unitCode, code.text);
    }
    const name = labelled(cover, COVER_LABELS.unitName);
    if (name && !nameOk(name.text)) differs(cover, name.row, name.col, what.unitName, name.text);
    const when = labelled(cover, COVER_LABELS.period);
    if (when && !periodOk(when.text)) differs(cover, when.row, when.col, what.period, when.text);
    // The header and the period title, wherever on the cover they are.
    for (const [row, cells] of cover.rows) {
      for (const [col, cell] of cells) {
        if (cell.type !== 'string' || cell.text.length > 120) continue;
        const text = shown(cell);
        if (BODY_PREFIX.test(text) && !text.includes('—') && !nameOk(text)) {
          differs(cover, row, col, what.title, text);
        } else if (PERIOD_TITLE.test(text) && !periodOk(text)) differs(cover, row, col, what.period, text);
      }
    }
  }
  // Each sheet's subtitle: "UBND XÃ THÔNG BÌNH — Năm 2023".
  const subtitles = new Set(
    names.map((n) =>
      looseKey(workbookText.sectionSubtitle(unitHeaderName({ name: n, level: 'xa' }), period)),
    ),
  );
  if (!period || !names.length) return;
  for (const sheet of wb.sheets) {
    if (sheet === cover || sheet.name === META_SHEET_NAME) continue;
    for (const [row, cells] of [...sheet.rows].slice(0, 5)) {
      for (const [col, cell] of cells) {
        if (cell.type !== 'string' || cell.text.length > 200 || !cell.text.includes(' — ')) continue;
        const text = shown(cell);
        if (BODY_PREFIX.test(text) && !subtitles.has(looseKey(text))) {
          differs(sheet, row, col, readerMessages.coverWhat.title, text);
        }
      }
    }
  }
}
