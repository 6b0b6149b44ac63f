import { formatCount } from '../../../shared/format/numbers';
import { importMessages, sheetCell, shownValue } from '../../../shared/i18n/vi/workbook';
import { readerMessages } from '../../../shared/i18n/vi/workbook-reader';
import type { WorkbookIdentity } from '../../../shared/workbook/import-types';
import { COVER_LABELS, META_SHEET_NAME } from '../../../shared/workbook/layout';
import {
  fieldFingerprint,
  parseFieldKey,
  reportFields,
  WRITTEN_FIELD_PREFIX,
} from '../../../shared/workbook/written-fields';
import { reportChecksum } from '../checksum';
import { cellRef } from '../formulas';
import { cellAt, cellText, type RawWorkbook } from '../xlsx/read';
import type { ReadResult } from './data';
import { findSheet } from './locate';
import type { Checker } from './problems';

/**
 * The checksum of an app export: a mismatch means figures were edited outside the app (a warning:
 * hand corrections are legitimate). The district must know which: the export keeps each value as
 * written (shortened, with a fingerprint) in its technical sheet, so the warning names the cells
 * whose value differs, with the value before and now (the first 20; how many in all).
 */

const LISTED = 20;
const SHOWN = 60;

const PREPARER_LABELS = {
  name: COVER_LABELS.preparerName,
  position: COVER_LABELS.position,
  phone: COVER_LABELS.phone,
  preparedOn: COVER_LABELS.preparedOn,
} as const;

/** The values the app wrote, by field key, from the technical sheet (none in older exports). */
function writtenFields(wb: RawWorkbook): Map<string, { shown: string; print: string }> {
  const fields = new Map<string, { shown: string; print: string }>();
  const sheet = findSheet(wb, META_SHEET_NAME);
  for (const [row, cells] of sheet?.rows ?? []) {
    const key = cellText(cells.get(1));
    if (key.length > 200 || !key.startsWith(WRITTEN_FIELD_PREFIX) || fields.has(key)) continue;
    fields.set(key.slice(WRITTEN_FIELD_PREFIX.length), {
      shown: cellText(cellAt(sheet!, row, 2)).slice(0, 200),
      print: cellText(cellAt(sheet!, row, 3))
        .trim()
        .slice(0, 40),
    });
  }
  return fields;
}

export function checkChecksum(
  checker: Checker,
  wb: RawWorkbook,
  identity: WorkbookIdentity,
  read: ReadResult,
): void {
  // (Not when the list was cut short: the data read is not the whole file's, and the file is
  // refused for its length anyway.)
  if (identity.origin !== 'app' || read.listTruncated) return;
  if (!identity.checksum) {
    checker.add(
      'warning',
      'checksum-missing',
      importMessages.checksumMissing(checker.place({ sheet: META_SHEET_NAME })),
    );
    return;
  }
  if (identity.checksum === reportChecksum(read.data)) return;
  const edited = editedCells(wb, read);
  if (!edited.length) {
    checker.add('warning', 'checksum-mismatch', importMessages.checksumMismatch(checker.place()));
    return;
  }
  const first = edited[0]!;
  const at = first.sheet ? { sheet: first.sheet, cell: first.cell, indicator: first.code } : {};
  checker.add(
    'warning',
    'checksum-mismatch',
    readerMessages.checksumCells(
      checker.place(),
      edited.length,
      edited.slice(0, LISTED).map((e) => e.text),
    ),
    at,
  );
}

interface EditedCell {
  sheet?: string;
  cell?: string;
  code?: string;
  order: [number, number, number];
  text: string;
}

/** The fields whose value now differs from what the app wrote, in the order of the workbook. */
function editedCells(wb: RawWorkbook, read: ReadResult): EditedCell[] {
  const before = writtenFields(wb);
  if (!before.size) return [];
  const now = reportFields(read.data);
  const sheetIndex = (name: string) => wb.sheets.findIndex((s) => s.name === name);
  const edited: EditedCell[] = [];
  for (const key of new Set([...before.keys(), ...now.keys()])) {
    const was = before.get(key);
    const is = now.get(key);
    if (was && is !== undefined && was.print === fieldFingerprint(is)) continue;
    const field = parseFieldKey(key);
    if (!field) continue;
    let place: { sheet: string; row: number; col: number } | undefined;
    let what: string;
    let code: string | undefined;
    if (field.part === 'preparer') {
      place = read.preparerCells[field.field];
      what = PREPARER_LABELS[field.field];
    } else if (field.part === 'models') {
      const index = read.data.models.findIndex((m) => m.id === field.id);
      place = index < 0 ? undefined : read.modelPlace(index, field.code);
      what = readerMessages.editedModel(field.code, index < 0 ? undefined : index);
      code = field.code;
    } else {
      place = read.places.get(field.code);
      what = field.code;
      code = field.code;
    }
    const count = field.part === 'counts';
    const show = (text: string | undefined) =>
      text === undefined || text === ''
        ? readerMessages.editedMissing
        : count && /^\d+$/u.test(text)
          ? formatCount(Number(text))
          : `"${shownValue(text, SHOWN)}"`;
    const cell = place ? cellRef(place.row, place.col) : undefined;
    const where = place ? sheetCell(place.sheet, cell) : readerMessages.editedNotFound;
    edited.push({
      ...(place ? { sheet: place.sheet, cell } : {}),
      code,
      order: place ? [sheetIndex(place.sheet), place.row, place.col] : [Infinity, 0, 0],
      text: readerMessages.editedCell(where, what, show(was?.shown), show(is)),
    });
  }
  return edited.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
}
