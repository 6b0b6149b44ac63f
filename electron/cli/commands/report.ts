import { periodName } from '../../../shared/domain/periods';
import { previousPeriodOf } from '../../../shared/report/phrases';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { AppError } from '../../errors';
import { closeChecker, importReceivedFiles } from '../../services/district';
import { findUnitByCode } from '../../services/units';
import { buildMergedReportDocx, buildOwnReportDocx } from '../../services/word-report';
import {
  allow,
  dataDirContext,
  period,
  printResult,
  readFiles,
  required,
  scratch,
  shownPeriod,
  UsageError,
  writeOut,
  type CliCommand,
  type CliIo,
  type Parsed,
} from '../common';

export const reportCommand: CliCommand = {
  name: 'report',
  options: ['unit', 'period', 'out', 'data-dir'],
  run: report,
};

/** The Word report: a commune's own (--data-dir, --unit) or a merging office's (from received files). */
async function report(p: Parsed, io: CliIo): Promise<number> {
  if (p.options.has('unit')) {
    allow(p, ['unit', 'period', 'out', 'data-dir'], 'none');
    const ctx = dataDirContext(required(p, 'data-dir'), io);
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
  const files = readFiles(p.positional);
  const { ctx, close } = scratch(p, io);
  try {
    // As merge: a file of another period is refused, but the previous period's, compared with.
    const previous = previousPeriodOf(per);
    const results = await importReceivedFiles(ctx, files, {
      expectedPeriod: per,
      ...(previous ? { alsoPeriod: previous } : {}),
      backup: false,
    });
    await closeChecker(ctx);
    const built = await buildMergedReportDocx(ctx, per);
    const written = writeOut(out, built.bytes);
    const refused = results.filter((r) => r.verdict === 'refused').length;
    if (p.json) {
      io.out(
        JSON.stringify({
          outFile: written,
          unitsMerged: built.unitsMerged,
          comparedWith: built.comparedWith,
          files: results,
        }),
      );
    } else {
      results.forEach((r) => printResult(io, r));
      io.out(M.reportSummary(built.unitsMerged, built.comparedWith ? shownPeriod(built.comparedWith) : null));
      io.out(M.written(written));
    }
    return refused ? 1 : 0;
  } finally {
    await close();
  }
}
