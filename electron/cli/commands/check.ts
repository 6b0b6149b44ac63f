import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { checkFile, withoutLimitsNotice } from '../../services/district';
import { rollUpFileResult } from '../../services/roll-up';
import { getUnits } from '../../services/units';
import {
  allow,
  hintIfSampleUnits,
  period,
  printResult,
  readFiles,
  scratch,
  type CliCommand,
} from '../common';

/** `check`: a verdict per file; exit 1 when one is refused. */
export const checkCommand: CliCommand = {
  name: 'check',
  options: ['period', 'data-dir', 'form'],
  async run(p, io) {
    allow(p, this.options, 'files');
    const expectedPeriod = period(p, false);
    const files = readFiles(p.positional);
    const { ctx, close } = scratch(p, io);
    try {
      const unitList = getUnits(ctx, true);
      const results = await Promise.all(
        files.map((f) =>
          checkFile(ctx, f.bytes, f.fileName, {
            units: unitList,
            ...(expectedPeriod ? { expectedPeriod } : {}),
          }),
        ),
      );
      // A merged workbook is said as `merge` says it: its own warnings, then unit by unit.
      const checked = results.flatMap((r) =>
        r.rollUp ? [...(r.problems.length ? [rollUpFileResult(r)] : []), ...(r.rollUp.units ?? [])] : [r],
      );
      const rows = checked.map((r) => ({
        fileName: r.fileName,
        ...('sha256' in r ? { sha256: r.sha256 } : {}),
        verdict: r.verdict,
        problems: r.problems,
        ...('identity' in r && r.identity
          ? { unitCode: r.identity.unitCode, period: r.identity.period, revision: r.identity.revision }
          : {}),
      }));
      const count = (v: string) => rows.filter((r) => r.verdict === v).length;
      const notice = withoutLimitsNotice(ctx);
      if (notice) io.err(notice);
      hintIfSampleUnits(p, io, rows);
      if (p.json) io.out(JSON.stringify(rows));
      else {
        rows.forEach((r) => printResult(io, r));
        io.out(M.checkSummary(rows.length, count('accepted'), count('warnings'), count('refused')));
      }
      return count('refused') ? 1 : 0;
    } finally {
      await close();
    }
  },
};
