import fs from 'node:fs';
import path from 'node:path';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { buildMergedWorkbook, getCompleteness } from '../../services/district';
import { allow, period, required, type CliCommand } from '../common';
import { fromReceivedFiles } from '../received-files';

/** `merge`: the accepted files merged into one workbook; exit 1 when a file was refused. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  options: ['period', 'out', 'data-dir', 'form'],
  async run(p, io) {
    allow(p, this.options, 'files');
    const per = period(p)!;
    const out = required(p, 'out');
    return fromReceivedFiles(p, io, { expectedPeriod: per }, async (ctx, results) => {
      const written = path.resolve(out);
      fs.mkdirSync(path.dirname(written), { recursive: true });
      // Written to the file part by part, whole or not at all (never the whole workbook in memory).
      const { unitsMerged } = await buildMergedWorkbook(ctx, per, written);
      const { counts } = getCompleteness(ctx, per);
      const refused = results.filter((r) => r.verdict === 'refused').length;
      return {
        written,
        json: { unitsMerged, counts },
        summary: M.mergeSummary(unitsMerged, counts.expected, counts.refused, refused),
      };
    });
  },
};
