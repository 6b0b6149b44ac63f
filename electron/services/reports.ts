import type { Report, ReportKey, ReportSummary } from '../../shared/api/contract';
import { canonicalReportData } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { storeMessages } from '../../shared/i18n/vi/store';
import { CURRENT_TEMPLATE } from '../../shared/template';
import { AppError } from '../errors';
import { findReport, listReports, saveReport } from '../store/reports';
import { findUnit } from '../store/units';
import type { ServiceContext } from './context';

function identity(key: ReportKey) {
  return {
    unitCode: key.unitCode,
    period: key.period,
    templateId: CURRENT_TEMPLATE.id,
    templateVersion: CURRENT_TEMPLATE.version,
  };
}

function requireUnit(ctx: ServiceContext, code: string) {
  if (!findUnit(ctx.db, code)) throw new AppError('unknown-unit', storeMessages.unknownUnit(code));
}

/** The report of a unit and period under the current template; an empty one if none yet. */
export function openReport(ctx: ServiceContext, key: ReportKey): Report {
  requireUnit(ctx, key.unitCode);
  const found = findReport(ctx.db, identity(key));
  if (found) return found;
  return {
    id: 0,
    ...identity(key),
    data: emptyReportData(),
    revision: 1,
    exportedRevision: null,
    updatedAt: '',
  };
}

export function saveReportData(
  ctx: ServiceContext,
  key: ReportKey,
  data: ReportData,
): { revision: number; savedAt: string; changed: boolean } {
  requireUnit(ctx, key.unitCode);
  const savedAt = ctx.now().toISOString();
  const result = saveReport(ctx.db, identity(key), canonicalReportData(data), savedAt);
  return { ...result, savedAt };
}

export function getReportList(ctx: ServiceContext): ReportSummary[] {
  return listReports(ctx.db);
}
