import { cliMessages as M } from '../../shared/i18n/vi/cli';
import type { ServiceContext } from '../services/context';
import { closeChecker, importReceivedFiles } from '../services/district';
import {
  hintIfSampleUnits,
  printResult,
  readFiles,
  scratch,
  shownPeriod,
  type CliIo,
  type Parsed,
} from './common';

export type CheckedFiles = Awaited<ReturnType<typeof importReceivedFiles>>;

/** What a command made from the checked files: the file written, its --json fields, its summary line. */
export interface MadeFromFiles {
  written: string;
  json: Record<string, unknown>;
  summary: string;
}

/**
 * `merge`, `report` and `dhis2`: the files given are checked into a scratch district (a file of
 * another period than `expectedPeriod` or `alsoPeriod` refused), the checker's
 * workers stopped (their memory is free for what follows), then `make` writes the output. Prints
 * each file's verdict, the summary and where the output is (or all of it as --json). Exit 1 when a
 * file was refused: the output is still made from the others.
 */
export async function fromReceivedFiles(
  p: Parsed,
  io: CliIo,
  periods: { expectedPeriod: string; alsoPeriod?: string },
  make: (ctx: ServiceContext, results: CheckedFiles) => Promise<MadeFromFiles>,
): Promise<number> {
  const files = readFiles(p.positional);
  const { ctx, close } = scratch(p, io);
  try {
    const results = await importReceivedFiles(ctx, files, { ...periods, backup: false });
    // Checked without the worker's time and memory limits (no worker could start): said once.
    const notice = results.find((r) => r.notice)?.notice;
    if (notice) io.err(notice);
    hintIfSampleUnits(p, io, results);
    await closeChecker(ctx);
    if (!p.json) {
      // Each file's verdict first, so it is on screen even when nothing can be made from them. A
      // file of the previous period is the comparison's base, never part of the totals.
      const base = periods.alsoPeriod;
      results.forEach((r) =>
        printResult(
          io,
          base && r.period === base && r.verdict !== 'refused'
            ? { ...r, message: M.forComparison(shownPeriod(base)) }
            : r,
        ),
      );
    }
    const made = await make(ctx, results);
    if (p.json) {
      io.out(JSON.stringify({ outFile: made.written, ...made.json, files: results }));
    } else {
      io.out(made.summary);
      io.out(M.written(made.written));
    }
    return results.some((r) => r.verdict === 'refused') ? 1 : 0;
  } finally {
    await close();
  }
}
