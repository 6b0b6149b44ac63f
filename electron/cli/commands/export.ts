import { periodName } from '../../../shared/domain/periods';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { blankCountsNotice } from '../../../shared/i18n/vi/workbook';
import { AppError } from '../../errors';
import { findUnitByCode } from '../../services/units';
import { buildReportWorkbook } from '../../services/workbooks';
import { allow, appDataContext, period, required, UsageError, writeOut, type CliCommand } from '../common';

/**
 * `export`: a report entered in the app, written as its workbook through the app's own export
 * service, so it refuses what "Xuất tệp Excel" refuses (rule and preparer errors, listed) and marks
 * the revision exported the same way.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  options: ['unit', 'period', 'out', 'data-dir'],
  async run(p, io) {
    allow(p, this.options, 'none');
    const ctx = appDataContext(p, io);
    try {
      const code = required(p, 'unit');
      const per = period(p)!;
      const out = required(p, 'out');
      if (!findUnitByCode(ctx, code)) throw new UsageError(M.unknownUnit(code));
      const built = await buildReportWorkbook(ctx, { unitCode: code, period: per }).catch(
        (error: unknown) => {
          if (!(error instanceof AppError)) throw error;
          if (error.code === 'nothing-to-export')
            throw new AppError('no-report', M.noReport(code, periodName(per)));
          // The errors themselves, one a line, as the app lists them.
          const lines = (error.details ?? []).map((d) => `  - ${d}`);
          throw new AppError(error.code, [error.message, ...lines].join('\n'), error.details);
        },
      );
      let written: string;
      try {
        written = writeOut(out, built.bytes);
      } catch (error) {
        built.unmark(); // nothing left the PC
        throw error;
      }
      if (p.json)
        io.out(JSON.stringify({ outFile: written, revision: built.revision, blankCounts: built.blankCounts }));
      else {
        io.out(M.written(written));
        if (built.blankCounts.length) io.err(blankCountsNotice(built.blankCounts));
      }
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
