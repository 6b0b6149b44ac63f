import type { Report, ReportKey, ReportSummary } from '../../shared/api/contract';
import { canonicalReportData, reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';
import { storeMessages } from '../../shared/i18n/vi/store';
import { codesNotInTemplate } from '../../shared/template/data-codes';
import { AppError } from '../errors';
import { findReport, listReports, saveReport } from '../store/reports';
import { findUnit } from '../store/units';
import type { ServiceContext } from './context';
import { carryForward } from './form-packages';
import { activeTemplate } from './form-template';

function identity(ctx: ServiceContext, key: ReportKey, version = activeTemplate(ctx).version) {
  return {
    unitCode: key.unitCode,
    period: key.period,
    templateId: activeTemplate(ctx).id,
    templateVersion: version,
  };
}

/**
 * A report saved under an older version of the form in use, carried forward by the mappings (not
 * stored until the clerk saves): the newest older version that has one.
 */
function carriedForward(ctx: ServiceContext, key: ReportKey): Report | null {
  for (let version = activeTemplate(ctx).version - 1; version >= 1; version--) {
    const old = findReport(ctx.db, identity(ctx, key, version));
    if (!old) continue;
    const carried = carryForward(ctx, old.data, { id: old.templateId, version });
    if (!carried) return null;
    return {
      ...old,
      id: 0,
      ...identity(ctx, key),
      data: carried.data,
      fingerprint: reportFingerprint(emptyReportData()),
      revision: 1,
      exportedRevision: null,
      carriedForward: { fromVersion: version, toVersion: activeTemplate(ctx).version, ...carried.summary },
    };
  }
  return null;
}

function requireUnit(ctx: ServiceContext, code: string) {
  if (!findUnit(ctx.db, code)) throw new AppError('unknown-unit', storeMessages.unknownUnit(code));
}

/** The stored report of a unit and period under the form in use (carried forward if older); else null. */
export function storedReport(ctx: ServiceContext, key: ReportKey): Report | null {
  return findReport(ctx.db, identity(ctx, key)) ?? carriedForward(ctx, key);
}

/** The report of a unit and period under the current template; an empty one if none yet. */
export function openReport(ctx: ServiceContext, key: ReportKey): Report {
  requireUnit(ctx, key.unitCode);
  const stored = storedReport(ctx, key);
  if (stored) return stored;
  return {
    id: 0,
    ...identity(ctx, key),
    data: emptyReportData(),
    fingerprint: reportFingerprint(emptyReportData()),
    revision: 1,
    exportedRevision: null,
    updatedAt: '',
  };
}

/** Saves over the stored report only if it is the one `base` fingerprints; else "report-stale". */
export function saveReportData(
  ctx: ServiceContext,
  key: ReportKey,
  data: ReportData,
  base: string,
): { revision: number; savedAt: string; changed: boolean; fingerprint: string } {
  requireUnit(ctx, key.unitCode);
  const unknown = codesNotInTemplate(activeTemplate(ctx), data);
  if (unknown.length > 0) {
    throw new AppError('unknown-code', storeMessages.codesNotInTemplate(unknown), unknown.slice(0, 20));
  }
  const savedAt = ctx.now().toISOString();
  const outcome = saveReport(ctx.db, identity(ctx, key), canonicalReportData(data), base, savedAt);
  if (outcome.kind === 'stale') throw new AppError('report-stale', storeMessages.reportStale);
  return { revision: outcome.revision, changed: outcome.changed, fingerprint: outcome.fingerprint, savedAt };
}

export function getReportList(ctx: ServiceContext): ReportSummary[] {
  return listReports(ctx.db);
}
