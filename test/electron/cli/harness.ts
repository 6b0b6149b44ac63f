import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type CliIo } from '../../../electron/cli/run';
import type { WorkbookChecker } from '../../../electron/services/district';
import { inProcessChecker, seedWorkbooks } from '../district/workbooks';

/**
 * The command line run in this process (files checked in-process, no worker pool), with what it
 * prints captured. `now` pins the clock for commands that date their output.
 */
export function cliRunner(
  now?: Date,
  checker: WorkbookChecker = inProcessChecker,
): (...argv: string[]) => Promise<{ code: number; out: string; err: string }> {
  return async (...argv) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      checker,
      ...(now ? { now: () => now } : {}),
    };
    const code = await runCli(argv, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

/** The seed district's workbooks written to a new temporary folder, plus a broken "hong.xlsx". */
export async function seedFolder(prefix: string): Promise<{ dir: string; files: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files: string[] = [];
  for (const w of await seedWorkbooks()) {
    const file = path.join(dir, w.fileName);
    fs.writeFileSync(file, w.bytes);
    files.push(file);
  }
  fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'không phải tệp Excel');
  return { dir, files };
}
