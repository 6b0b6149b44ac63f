/**
 * The merged workbook's identity, so the next level can import it (see shared/workbook/roll-up.ts):
 * the very hidden metadata sheet (what it is, for which period and template, made where, the
 * checksum) and the very hidden units sheet (each unit's revision, source file and report).
 */
import { canonicalJson, canonicalReportData } from '../../shared/domain/canonical';
import type { FormTemplate } from '../../shared/template';
import {
  ROLL_UP_CHUNK,
  ROLL_UP_COLUMNS,
  ROLL_UP_FORMAT,
  ROLL_UP_META_SHEET,
  ROLL_UP_UNITS_SHEET,
  type RollUpUnit,
} from '../../shared/workbook/roll-up';
import { rollUpChecksum } from './checksum';
import type { WorkbookBuilder } from './sheet-writer';

export interface MergedIdentity {
  template: FormTemplate;
  period: string;
  generatedAt: Date;
  appVersion: string;
  /** "huyen" or "tinh": the level of the office that merged. */
  level: string;
  office?: { code: string; name: string };
  unitsExpected: number;
  sources: readonly { unitCode: string; fileName: string; sha256: string; revision: number | null }[];
  units: readonly RollUpUnit[];
}

export function writeMergedIdentitySheets(wb: WorkbookBuilder, id: MergedIdentity): void {
  const meta = wb.addSheet(ROLL_UP_META_SHEET);
  meta.state = 'veryHidden';
  const rows: [string, string | number][] = [
    ['kind', 'merged'],
    ['format', ROLL_UP_FORMAT],
    ['templateId', id.template.id],
    ['templateVersion', id.template.version],
    ['period', id.period],
    ['level', id.level],
    ['officeCode', id.office?.code ?? ''],
    ['officeName', id.office?.name ?? ''],
    ['generatedAt', id.generatedAt.toISOString()],
    ['appVersion', id.appVersion],
    ['unitsMerged', id.units.length],
    ['unitsExpected', id.unitsExpected],
    ['checksum', rollUpChecksum(id.units)],
    ...id.sources.map((s): [string, string] => [
      `source:${s.unitCode}`,
      `${s.revision ?? ''}|${s.sha256}|${s.fileName}`,
    ]),
  ];
  rows.forEach((row, i) => meta.setRow(i + 1, row));

  const units = wb.addSheet(ROLL_UP_UNITS_SHEET);
  units.state = 'veryHidden';
  units.inlineStrings = true;
  units.setRow(1, [...ROLL_UP_COLUMNS]);
  id.units.forEach((u, i) => {
    const json = canonicalJson(canonicalReportData(u.data));
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += ROLL_UP_CHUNK) chunks.push(json.slice(at, at + ROLL_UP_CHUNK));
    units.setRow(i + 2, [u.code, u.name, u.level, u.revision ?? '', u.sha256, u.fileName, ...chunks]);
  });
  wb.seal(units);
}
