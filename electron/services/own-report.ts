/**
 * The merging office's own report: typed in this same app, so it is taken from its database into
 * completeness and the merge (no export and re-import of itself), and the office is not one of the
 * units that must send a file.
 */
import crypto from 'node:crypto';
import { canonicalJson, canonicalReportData } from '../../shared/domain/canonical';
import type { ReportData } from '../../shared/domain/report';
import type { Unit } from '../../shared/domain/units';
import { districtMessages } from '../../shared/i18n/vi/district';
import type { Completeness, CompletenessRow } from '../../shared/merge/completeness';
import type { RollUpUnit } from '../../shared/workbook/roll-up';
import { findReport } from '../store/reports';
import { findUnit } from '../store/units';
import type { ServiceContext } from './context';
import { activeTemplate } from './form-template';
import { getSettings } from './settings';

export interface OwnReport {
  unit: Unit;
  data: ReportData;
  revision: number;
  updatedAt: string;
}

/** The code of this office's own unit when it is the merging office, else null. */
export function ownUnitCode(ctx: ServiceContext): string | null {
  const settings = getSettings(ctx);
  return settings?.isMergingOffice ? settings.unitCode : null;
}

/** Whether anything was typed in a report (a report opened and left empty is not one). */
export const hasFigures = (data: ReportData) =>
  Object.values(data.counts).some((v) => v !== null && v !== undefined) ||
  Object.values(data.texts).some((t) => t.trim() !== '') ||
  data.models.length > 0;

/** Its report for the period, when something was typed in it. */
export function findOwnReport(ctx: ServiceContext, period: string): OwnReport | null {
  const code = ownUnitCode(ctx);
  const unit = code ? findUnit(ctx.db, code) : undefined;
  if (!code || !unit) return null;
  // Under the form in use: after a province's package is installed the office types its report
  // under that version, and the built-in one would find nothing (the report left out silently).
  const template = activeTemplate(ctx);
  const report = findReport(ctx.db, {
    unitCode: code,
    period,
    templateId: template.id,
    templateVersion: template.version,
  });
  if (!report || !hasFigures(report.data)) return null;
  return { unit, data: report.data, revision: report.revision, updatedAt: report.updatedAt };
}

/** Its row on the completeness screen and in "Tình hình nộp": received, from this computer. */
export function ownCompletenessRow(own: OwnReport): CompletenessRow {
  return {
    unit: own.unit,
    status: 'received',
    current: {
      id: 0,
      fileName: districtMessages.ownReportFile,
      receivedAt: own.updatedAt,
      revision: own.revision,
      verdict: 'accepted',
      problems: [],
      blankCounts: [],
    },
    refused: [],
    fileCount: 0,
    own: true,
  };
}

/**
 * Completeness as the merging office sees it: itself not counted among the units expected to
 * report; its row shows the report typed here (or, without one, a file of its own it imported;
 * nothing when it has neither).
 */
export function withOwnReport(c: Completeness, ownCode: string, own: OwnReport | null): Completeness {
  const ownRow = c.rows.find((r) => r.unit.code === ownCode);
  const others = c.rows.filter((r) => r !== ownRow);
  const counts = { ...c.counts };
  if (ownRow) {
    counts.expected -= 1;
    counts[ownRow.status] -= 1;
  }
  const row = own
    ? ownCompletenessRow(own)
    : ownRow && ownRow.status !== 'missing'
      ? { ...ownRow, own: true }
      : null;
  return { ...c, counts, rows: row ? [row, ...others] : others };
}

/**
 * Its row in the merged workbook's unit list (very hidden sheet): the next level imports units
 * from that list, so without it the office's own figures would be lost there. It has no file: the
 * SHA-256 is of its canonical data, the file name says it was typed here.
 */
export function ownRollUpUnit(own: OwnReport): RollUpUnit {
  const json = canonicalJson(canonicalReportData(own.data));
  return {
    code: own.unit.code,
    name: own.unit.name,
    level: own.unit.level,
    revision: own.revision,
    sha256: crypto.createHash('sha256').update(json, 'utf8').digest('hex'),
    fileName: districtMessages.ownReportFile,
    data: own.data,
  };
}
