import fs from 'node:fs';
import path from 'node:path';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import {
  buildMergedWorkbook,
  closeChecker,
  getCompleteness,
  importReceivedFiles,
} from '../../services/district';
import {
  allow,
  period,
  printResult,
  readFiles,
  required,
  scratch,
  type CliCommand,
} from '../common';

/** `merge`: the accepted files merged into one workbook; exit 1 when a file was refused. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  options: ['period', 'out', 'data-dir', 'form'],
  async run(p, io) {
    allow(p, this.options, 'files');
    const per = period(p)!;
    const out = required(p, 'out');
    const files = readFiles(p.positional);
    const { ctx, close } = scratch(p, io);
    try {
      const results = await importReceivedFiles(ctx, files, { expectedPeriod: per, backup: false });
      // Every file is read: stop the workers before the merge, so their memory is free for it.
      await closeChecker(ctx);
      const written = path.resolve(out);
      fs.mkdirSync(path.dirname(written), { recursive: true });
      // Written to the file part by part, whole or not at all (never the whole workbook in memory).
      const { unitsMerged } = await buildMergedWorkbook(ctx, per, written);
      const completeness = getCompleteness(ctx, per);
      const refused = results.filter((r) => r.verdict === 'refused').length;
      if (p.json) {
        io.out(
          JSON.stringify({ outFile: written, unitsMerged, counts: completeness.counts, files: results }),
        );
      } else {
        results.forEach((r) => printResult(io, r));
        io.out(
          M.mergeSummary(unitsMerged, completeness.counts.expected, completeness.counts.refused, refused),
        );
        io.out(M.written(written));
      }
      return refused ? 1 : 0;
    } finally {
      await close();
    }
  },
};
