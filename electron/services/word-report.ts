/**
 * The Word report (.docx): a merging office's from the files it holds, a commune's from its own
 * figures. The previous period's figures are compared where this PC holds them.
 */
import type { SavedWordReport } from '../../shared/api/report-contract';
import { periodName } from '../../shared/domain/periods';
import { fromJsDate } from '../../shared/format/dates';
import { storeMessages } from '../../shared/i18n/vi/store';
import { wordReportUi } from '../../shared/i18n/vi/report';
import { workbookServiceMessages } from '../../shared/i18n/vi/workbook';
import { wordReportFileName } from '../../shared/report/file-name';
import { AppError } from '../errors';
import { log } from '../log';
import type { Unit } from '../../shared/domain/units';
import { mergeReports } from '../../shared/merge/merge';
import { buildReportDocument, type ReportInput } from '../../shared/report/build';
import { previousPeriodOf } from '../../shared/report/phrases';
import { writeReportDocx } from '../report/docx-writer';
import { findReport } from '../store/reports';
import { findUnit, listUnits } from '../store/units';
import type { ServiceContext } from './context';
import { mergeCurrentFiles, mergePreviousPeriod } from './district';
import { activeTemplate } from './form-template';
import { saveExport } from './export-folder';
import { issuingUnit } from './settings';

export async function buildMergedReportDocx(
  ctx: ServiceContext,
  period: string,
): Promise<{
  bytes: Buffer;
  unitsMerged: number;
  comparedWith: string | null;
  comparedUnits?: { units: number; of: number };
}> {
  const { merged, entries } = mergeCurrentFiles(ctx, period);
  const previous = mergePreviousPeriod(ctx, period);
  const input: ReportInput = {
    template: activeTemplate(ctx),
    merged,
    previous,
    scope: 'merged',
    issuer: issuingUnit(ctx),
    parent: null,
    date: fromJsDate(ctx.now()),
  };
  const bytes = await writeReportDocx(buildReportDocument(input));
  if (!previous) return { bytes, unitsMerged: entries.length, comparedWith: null };
  const before = new Set(previous.figures.units.map((u) => u.unit.code));
  const units = merged.units.filter((u) => before.has(u.unit.code)).length;
  return {
    bytes,
    unitsMerged: entries.length,
    comparedWith: previous.period,
    comparedUnits: { units, of: merged.units.length },
  };
}

/** A commune's own report; null when it has no report for the period. */
export async function buildOwnReportDocx(
  ctx: ServiceContext,
  unit: Unit,
  period: string,
): Promise<{ bytes: Buffer; comparedWith: string | null } | null> {
  const key = (p: string) => ({
    unitCode: unit.code,
    period: p,
    templateId: activeTemplate(ctx).id,
    templateVersion: activeTemplate(ctx).version,
  });
  const report = findReport(ctx.db, key(period));
  if (!report) return null;
  const previousPeriod = previousPeriodOf(period);
  const earlier = previousPeriod ? findReport(ctx.db, key(previousPeriod)) : null;
  const parent = unit.level === 'xa' ? listUnits(ctx.db, true).find((u) => u.level === 'huyen') : undefined;
  const input: ReportInput = {
    template: activeTemplate(ctx),
    merged: mergeReports(activeTemplate(ctx), period, [{ unit, data: report.data }]),
    previous: earlier
      ? {
          period: previousPeriod!,
          figures: mergeReports(activeTemplate(ctx), previousPeriod!, [{ unit, data: earlier.data }]),
        }
      : null,
    scope: 'own',
    issuer: unit,
    parent: parent ? { name: parent.name } : null,
    date: fromJsDate(ctx.now()),
  };
  const bytes = await writeReportDocx(buildReportDocument(input));
  return { bytes, comparedWith: input.previous?.period ?? null };
}

function requireUnit(ctx: ServiceContext, code: string): Unit {
  const unit = findUnit(ctx.db, code);
  if (!unit) throw new AppError('unknown-unit', storeMessages.unknownUnit(code));
  return unit;
}

/** "Xuất báo cáo Word" of a commune: saved like its workbooks (export folder; Electron asks). */
export async function exportOwnWordReport(
  ctx: ServiceContext,
  key: { unitCode: string; period: string },
): Promise<SavedWordReport> {
  const unit = requireUnit(ctx, key.unitCode);
  const built = await buildOwnReportDocx(ctx, unit, key.period);
  if (!built) throw new AppError('nothing-to-export', workbookServiceMessages.nothingToExport);
  const fileName = wordReportFileName({ period: key.period, unit, at: ctx.now() });
  const savedPath = await saveExport(ctx, fileName, built.bytes);
  log('report', `exported ${fileName} (${built.bytes.length} bytes)`);
  return { fileName, savedPath, base64: built.bytes.toString('base64'), comparedWith: built.comparedWith };
}

/** "Xuất báo cáo Word" of the merging office: saved like the merged workbook (export folder). */
export async function exportMergedWordReport(
  ctx: ServiceContext,
  period: string,
): Promise<SavedWordReport & { unitsMerged: number }> {
  const built = await buildMergedReportDocx(ctx, period);
  if (built.unitsMerged === 0) {
    throw new AppError('nothing-merged', wordReportUi.nothingMerged(periodName(period)));
  }
  const fileName = wordReportFileName({ period, unit: null, at: ctx.now() });
  const savedPath = await saveExport(ctx, fileName, built.bytes);
  log('report', `exported ${fileName} (${built.bytes.length} bytes)`);
  return {
    fileName,
    savedPath,
    base64: built.bytes.toString('base64'),
    comparedWith: built.comparedWith,
    ...(built.comparedUnits ? { comparedUnits: built.comparedUnits } : {}),
    unitsMerged: built.unitsMerged,
  };
}
