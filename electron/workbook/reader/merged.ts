/**
 * A merged workbook from the level below (a roll-up): recognised by its metadata sheet, its units
 * read from the very hidden units sheet and checked against the checksum, then each unit checked
 * as a received file of that unit would be (a unit of this office's list, the period expected,
 * the template's rules through the one evaluator). The units are stored one by one by the import.
 */
import { canonicalReportData } from '../../../shared/domain/canonical';
import { isPeriodCode, periodName } from '../../../shared/domain/periods';
import { reportDataSchema } from '../../../shared/domain/report';
import { rollUpMessages as R } from '../../../shared/i18n/vi/roll-up';
import { importMessages } from '../../../shared/i18n/vi/workbook';
import { evaluateReport } from '../../../shared/rules/evaluate';
import { findIndicator, findListColumn, type FormTemplate } from '../../../shared/template';
import {
  verdictOf,
  type CheckedWorkbook,
  type RollUp,
  type WorkbookIdentity,
} from '../../../shared/workbook/import-types';
import {
  ROLL_UP_COLUMNS,
  ROLL_UP_FORMAT,
  ROLL_UP_META_SHEET,
  ROLL_UP_UNITS_SHEET,
  unitInMergedFile,
} from '../../../shared/workbook/roll-up';
import { reportChecksum, rollUpChecksum } from '../checksum';
import { cellAt, cellText, type RawSheet, type RawWorkbook } from '../xlsx/read';
import { checkTemplate, checkUnitAndPeriod, periodNotExpected, type ExpectedIdentity } from './identity';
import { findSheet, sortedRows } from './locate';
import { editProblems, type EditProblem, type RawUnit } from './merged-edit-problems';
import { Checker } from './problems';

const DATA_COLUMN = ROLL_UP_COLUMNS.indexOf('data') + 1;

function keyValues(sheet: RawSheet): Map<string, string> {
  const values = new Map<string, string>();
  for (const row of sortedRows(sheet)) {
    const key = cellText(cellAt(sheet, row, 1)).trim();
    if (key && !values.has(key)) values.set(key, cellText(cellAt(sheet, row, 2)).trim());
  }
  return values;
}

/** Is this a merged workbook (of any version)? Then it is read here, not as a unit's report. */
export function mergedMeta(wb: RawWorkbook): Map<string, string> | undefined {
  const sheet = findSheet(wb, ROLL_UP_META_SHEET);
  if (!sheet) return undefined;
  const meta = keyValues(sheet);
  return meta.get('kind') === 'merged' ? meta : undefined;
}

function readUnits(sheet: RawSheet): RawUnit[] | string {
  const units: RawUnit[] = [];
  for (const row of sortedRows(sheet)) {
    if (row === 1) continue;
    const text = (col: number) => cellText(cellAt(sheet, row, col));
    let json = '';
    for (let col = DATA_COLUMN; text(col) !== ''; col++) json += text(col);
    const revisionText = text(4).trim();
    const revision = revisionText === '' ? null : Number(revisionText);
    if (revision !== null && (!Number.isInteger(revision) || revision < 0)) return `revision, row ${row}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return `data, row ${row}`;
    }
    const data = reportDataSchema.safeParse(parsed);
    if (!data.success) return `data, row ${row}`;
    units.push({
      code: text(1).trim(),
      name: text(2).trim(),
      level: text(3).trim(),
      revision,
      data: data.data,
    });
  }
  return units;
}

/** One unit of the merged workbook, checked as if its own file had been received. */
function checkUnit(
  fileName: string,
  unit: RawUnit,
  template: FormTemplate,
  period: string,
  options: ExpectedIdentity,
  edits: readonly EditProblem[] = [],
): CheckedWorkbook {
  const checker = new Checker(unitInMergedFile(fileName, unit.code));
  const data = canonicalReportData(unit.data);
  const identity: WorkbookIdentity = {
    templateId: template.id,
    templateVersion: template.version,
    unitCode: unit.code,
    unitName: unit.name,
    period,
    revision: unit.revision ?? 0,
    checksum: reportChecksum(data),
    origin: 'merged',
  };
  checkUnitAndPeriod(checker, identity, options);
  for (const issue of evaluateReport(template, data, period).issues) {
    const label = findIndicator(template, issue.code)?.label ?? findListColumn(template, issue.code)?.label;
    checker.add(
      issue.level,
      `rule:${issue.check}`,
      importMessages.rule(checker.place({ code: issue.code, label }), issue.message),
      { indicator: issue.code },
    );
  }
  for (const e of edits) checker.add('warning', e.kind, e.message, e.at);
  return {
    fileName: checker.fileName,
    sha256: '',
    size: 0,
    verdict: verdictOf(checker.problems),
    problems: checker.problems,
    identity,
    data,
  };
}

/**
 * Reads a merged workbook's identity and units. File-level problems go to `checker` (the whole
 * file is then refused); a unit's problems stay with that unit.
 */
export function checkMergedWorkbook(
  checker: Checker,
  wb: RawWorkbook,
  meta: Map<string, string>,
  options: ExpectedIdentity & { templates: readonly FormTemplate[] },
): { identity?: WorkbookIdentity; rollUp?: RollUp } {
  const file = checker.fileName;
  if (meta.get('format') !== ROLL_UP_FORMAT) {
    checker.add('error', 'roll-up-old', R.oldFormat(file));
    return {};
  }
  const period = meta.get('period') ?? '';
  const identity: WorkbookIdentity = {
    templateId: meta.get('templateId') ?? '',
    templateVersion: Number(meta.get('templateVersion')),
    unitCode: meta.get('officeCode') ?? '',
    unitName: meta.get('officeName') ?? '',
    period,
    revision: 0,
    checksum: meta.get('checksum') ?? '',
    origin: 'merged',
    // When the merge was made: a unit's file exported after it is newer than the copy inside.
    ...(meta.get('generatedAt') ? { exportedAt: meta.get('generatedAt')! } : {}),
  };
  const template = checkTemplate(checker, identity, options.templates);
  if (!template) return { identity };
  if (!isPeriodCode(period)) {
    checker.add('error', 'period-invalid', importMessages.periodInvalid(checker.place(), period));
    return { identity };
  }
  const sheet = findSheet(wb, ROLL_UP_UNITS_SHEET);
  const units = sheet ? readUnits(sheet) : 'no units sheet';
  if (typeof units === 'string') {
    checker.add('error', 'roll-up-damaged', R.damaged(file, units));
    return { identity };
  }
  if (rollUpChecksum(units) !== identity.checksum) {
    checker.add('error', 'roll-up-checksum', R.checksum(file));
    return { identity };
  }
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.code)) {
      checker.add('error', 'roll-up-duplicate-unit', R.duplicateUnit(file, u.code));
      return { identity };
    }
    seen.add(u.code);
  }
  // The period on screen is checked once for the file, not once per unit.
  if (periodNotExpected(options, period)) {
    // options.expectedPeriod is set: periodNotExpected says so.
    const [found, expected] = [periodName(period), periodName(options.expectedPeriod!)];
    checker.add('error', 'period-mismatch', importMessages.periodMismatch(checker.place(), found, expected));
    return { identity };
  }
  const edits = editProblems(file, wb, meta, template, period, units);
  for (const e of edits.get(null) ?? []) checker.add('warning', e.kind, e.message, e.at);
  return {
    identity,
    rollUp: {
      level: meta.get('level') ?? '',
      officeCode: identity.unitCode,
      officeName: identity.unitName,
      checksum: identity.checksum!,
      units: units.map((u) => checkUnit(file, u, template, period, options, edits.get(u.code))),
    },
  };
}
