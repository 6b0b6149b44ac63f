import { periodName } from '../../../shared/domain/periods';
import { previousPeriodOf } from '../../../shared/report/phrases';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { wordReportUi } from '../../../shared/i18n/vi/report';
import { AppError } from '../../errors';
import { findUnitByCode } from '../../services/units';
import { buildMergedReportDocx, buildOwnReportDocx } from '../../services/word-report';
import {
  allow,
  appDataContext,
  period,
  required,
  shownPeriod,
  UsageError,
  writeOut,
  type CliCommand,
  type CliIo,
  type Parsed,
} from '../common';
import { fromReceivedFiles } from '../received-files';

export const reportCommand: CliCommand = {
  name: 'report',
  options: ['unit', 'period', 'out', 'data-dir'],
  run: report,
};

/** The Word report: a commune's own (--data-dir, --unit) or a merging office's (from received files). */
async function report(p: Parsed, io: CliIo): Promise<number> {
  if (p.options.has('unit')) {
    allow(p, ['unit', 'period', 'out', 'data-dir'], 'none');
    const ctx = appDataContext(p, io);
    try {
      const code = required(p, 'unit');
      const per = period(p)!;
      const out = required(p, 'out');
      const unit = findUnitByCode(ctx, code);
      if (!unit) throw new UsageError(M.unknownUnit(code));
      const built = await buildOwnReportDocx(ctx, unit, per);
      if (!built) throw new AppError('no-report', M.noReport(code, periodName(per)));
      const written = writeOut(out, built.bytes);
      io.out(
        p.json ? JSON.stringify({ outFile: written, comparedWith: built.comparedWith }) : M.written(written),
      );
      return 0;
    } finally {
      ctx.db.close();
    }
  }
  allow(p, ['period', 'out', 'data-dir'], 'files');
  const per = period(p)!;
  const out = required(p, 'out');
  // As merge: a file of another period is refused, but the previous period's, compared with.
  const previous = previousPeriodOf(per);
  const periods = { expectedPeriod: per, ...(previous ? { alsoPeriod: previous } : {}) };
  return fromReceivedFiles(p, io, periods, async (ctx) => {
    const built = await buildMergedReportDocx(ctx, per);
    const { unitsMerged, comparedWith, comparedUnits } = built;
    // As the app: no report from "0 đơn vị" (each file's verdict is printed first).
    if (unitsMerged === 0) throw new AppError('nothing-merged', wordReportUi.nothingMerged(periodName(per)));
    const partly = comparedWith && comparedUnits && comparedUnits.units < comparedUnits.of;
    return {
      written: writeOut(out, built.bytes),
      json: { unitsMerged, comparedWith, ...(comparedUnits ? { comparedUnits } : {}) },
      summary: partly
        ? `${M.reportFrom(unitsMerged)} ${wordReportUi.comparedOver(shownPeriod(comparedWith), comparedUnits.units, comparedUnits.of)}`
        : M.reportSummary(unitsMerged, comparedWith ? shownPeriod(comparedWith) : null),
    };
  });
}
