import { periodName } from '../../../shared/domain/periods';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { AppError } from '../../errors';
import { openReport } from '../../services/reports';
import { markExported } from '../../store/reports';
import { findUnit } from '../../store/units';
import { writeUnitWorkbook } from '../../workbook/unit-writer';
import { allow, dataDirContext, period, required, UsageError, writeOut, type CliCommand } from '../common';

/** `export`: a report entered in the app, written as its workbook. */
export const exportCommand: CliCommand = {
  name: 'export',
  options: ['unit', 'period', 'out', 'data-dir'],
  async run(p, io) {
    allow(p, this.options, 'none');
    const ctx = dataDirContext(required(p, 'data-dir'), io);
    try {
      const code = required(p, 'unit');
      const per = period(p)!;
      const out = required(p, 'out');
      const unit = findUnit(ctx.db, code);
      if (!unit) throw new UsageError(M.unknownUnit(code));
      const report = openReport(ctx, { unitCode: code, period: per });
      if (report.id === 0) throw new AppError('no-report', M.noReport(code, periodName(per)));
      const bytes = await writeUnitWorkbook({
        template: CURRENT_TEMPLATE,
        unit,
        period: per,
        data: report.data,
        revision: report.revision,
        reportId: report.id,
        exportedAt: ctx.now(),
        appVersion: ctx.appVersion,
      });
      const written = writeOut(out, bytes);
      markExported(ctx.db, report.id);
      io.out(p.json ? JSON.stringify({ outFile: written, revision: report.revision }) : M.written(written));
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
