/**
 * A merged workbook's hand edits (merged-edits.ts) as warnings: a unit's row's go with that unit's
 * report, the rest (totals of "Tổng hợp", rows added, notes) with the file. At most
 * MAX_NAMED_PER_SHEET cells named a sheet; the rest counted, so a row inserted into a table whose
 * totals Excel then widened is one readable list, not hundreds of lines.
 */
import type { ReportData } from '../../../shared/domain/report';
import { UNIT_LEVEL_NAMES, type UnitLevel } from '../../../shared/domain/units';
import { rollUpMessages as R } from '../../../shared/i18n/vi/roll-up';
import type { Completeness } from '../../../shared/merge/completeness';
import { mergeReports, type MergedReport } from '../../../shared/merge/merge';
import { countIndicators, type FormTemplate } from '../../../shared/template';
import { mergedWorkbookText } from '../../../shared/i18n/vi/district';
import { mergedContext, type MergedWorkbookInput } from '../merged/context';
import { ROLL_UP_META_SHEET } from '../../../shared/workbook/roll-up';
import { cellText, type RawWorkbook } from '../xlsx/read';
import { findSheet } from './locate';
import { visibleEdits, type VisibleEdit } from './merged-edits';

export interface RawUnit {
  code: string;
  name: string;
  level: string;
  revision: number | null;
  data: ReportData;
}

export interface EditProblem {
  kind: string;
  message: string;
  at: { sheet: string; cell: string; indicator?: string };
}

const MAX_NAMED_PER_SHEET = 10;

/** What the district's writer wrote the visible sheets from, as far as the file keeps it. */
/** A metadata value written over several cells of its row (from column B on), or undefined. */
function metaChunks(wb: RawWorkbook, key: string): string | undefined {
  const sheet = findSheet(wb, ROLL_UP_META_SHEET);
  for (const [, row] of sheet?.rows ?? []) {
    if (cellText(row.get(1)).trim() !== key) continue;
    let text = '';
    for (let col = 2; cellText(row.get(col)) !== ''; col++) text += cellText(row.get(col));
    return text || undefined;
  }
  return undefined;
}

function writerInput(
  wb: RawWorkbook,
  meta: Map<string, string>,
  template: FormTemplate,
  period: string,
  units: readonly RawUnit[],
): MergedWorkbookInput {
  const entries = units.map((u) => ({
    unit: { code: u.code, name: u.name, level: u.level as UnitLevel },
    data: u.data,
    revision: u.revision,
  }));
  const expected = Number(meta.get('unitsExpected')) || 0;
  const completeness = metaChunks(wb, 'completeness');
  const previousChunks = metaChunks(wb, 'previous');
  return {
    template,
    merged: mergeReports(template, period, entries),
    // Files written before the metadata kept it: only the count of units expected (and "Tình hình nộp" not compared).
    completeness: completeness
      ? (JSON.parse(Buffer.from(completeness, 'base64').toString('utf8')) as Completeness)
      : ({ period, rows: [], unattributed: [], counts: { expected } } as unknown as Completeness),
    generatedAt: new Date(meta.get('generatedAt') ?? ''),
    appVersion: meta.get('appVersion') ?? '',
    previous: previousChunks
      ? (JSON.parse(Buffer.from(previousChunks, 'base64').toString('utf8')) as {
          period: string;
          figures: MergedReport;
        })
      : null,
    issuer: { name: meta.get('issuerName') ?? meta.get('officeName') ?? '' },
    sources: [],
    units: units.map((u) => ({ ...u, sha256: '', fileName: '' })),
  };
}

function message(file: string, e: VisibleEdit, counts: Set<string>, unitName: string): EditProblem {
  const at = { sheet: e.sheet, cell: e.cell, ...(e.code ? { indicator: e.code } : {}) };
  if (e.kind === 'row-added') {
    return { kind: 'roll-up-row-added', message: R.rowAdded(file, e.sheet, e.cell, e.row, e.typed), at };
  }
  if (e.kind === 'row-removed') {
    return { kind: 'roll-up-row-removed', message: R.rowRemoved(file, e.sheet, e.row), at };
  }
  if (e.code && counts.has(e.code) && e.unitCode && e.sheet === mergedWorkbookText.sheets.byUnit) {
    // A unit's figure in "Theo đơn vị": the message that names the indicator and the figure counted.
    const shown = e.typed === '(trống)' ? R.figure(null) : e.typed;
    const data = e.expected === '(trống)' ? R.figure(null) : e.expected;
    return {
      kind: 'roll-up-hand-edit',
      message: R.handEdit(file, e.cell, `${unitName} (${e.unitCode})`, e.code, shown, data),
      at,
    };
  }
  return {
    kind: 'roll-up-hand-edit',
    message: R.cellEdited(file, e.sheet, e.cell, e.row, e.typed, e.expected),
    at,
  };
}

/**
 * The warnings of a merged workbook's hand edits, by unit code (null: the file's own). Files
 * written before the metadata kept the previous period are compared without "Tổng hợp".
 */
export function editProblems(
  file: string,
  wb: RawWorkbook,
  meta: Map<string, string>,
  template: FormTemplate,
  period: string,
  units: readonly RawUnit[],
): Map<string | null, EditProblem[]> {
  const out = new Map<string | null, EditProblem[]>();
  const add = (code: string | null, p: EditProblem) => out.set(code, [...(out.get(code) ?? []), p]);
  let edits: VisibleEdit[];
  try {
    if (units.some((u) => !(u.level in UNIT_LEVEL_NAMES))) throw new Error('unknown level');
    const input = writerInput(wb, meta, template, period, units);
    const { summary, submissions } = mergedWorkbookText.sheets;
    const old = meta.has('previous') ? undefined : { skipSheets: [summary, submissions] };
    edits = visibleEdits(wb, input, mergedContext(input).byUnit.headerRow, old);
  } catch {
    add(null, {
      kind: 'roll-up-edits-unchecked',
      message: R.editsUnchecked(file),
      at: { sheet: '', cell: '' },
    });
    return out;
  }
  const counts = new Set(countIndicators(template).map((c) => c.code));
  const names = new Map(units.map((u) => [u.code, u.name]));
  const named = new Map<string, number>();
  for (const e of edits) {
    const n = (named.get(e.sheet) ?? 0) + 1;
    named.set(e.sheet, n);
    if (n <= MAX_NAMED_PER_SHEET)
      add(e.unitCode, message(file, e, counts, names.get(e.unitCode ?? '') ?? ''));
  }
  for (const [sheet, n] of named) {
    if (n > MAX_NAMED_PER_SHEET) {
      add(null, {
        kind: 'roll-up-hand-edit',
        message: R.moreEdits(file, sheet, n - MAX_NAMED_PER_SHEET),
        at: { sheet, cell: '' },
      });
    }
  }
  return out;
}
