/**
 * `form export --out TỆP [--form TỆP]` writes the form as a package (.xlsx) the province edits in
 * Excel; `form check TỆP` checks one (exit 0, or 1 with the problems, each naming sheet and cell);
 * `loadForm` serves `--form TỆP` on the other commands.
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageMessages as PM } from '../../../shared/i18n/vi/form-package';
import { cliMessages as M } from '../../../shared/i18n/vi/cli';
import { CURRENT_TEMPLATE, allIndicators } from '../../../shared/template';
import { DEFAULT_PERIODS } from '../../../shared/template/package/to-sheets';
import type { FormPackage } from '../../../shared/template/package/types';
import type { PackageResult } from '../../../shared/template/package/parse';
import { AppError } from '../../errors';
import { readFormPackage } from '../../form-package/read';
import { writeFormPackage } from '../../form-package/write';

export interface FormIo {
  out: (line: string) => void;
  now: () => Date;
  writeOut: (file: string, bytes: Uint8Array) => string;
  usageError: (message: string) => Error;
}

function read(file: string, io: FormIo): PackageResult {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw io.usageError(M.fileMissing(file));
  }
  return readFormPackage(bytes, path.basename(file));
}

/** The package of `--form`, or the work stops with its problems (exit 1). */
export function loadForm(file: string | undefined, io: FormIo): FormPackage | undefined {
  if (file === undefined) return undefined;
  const result = read(file, io);
  if (!result.ok)
    throw new AppError('bad-form', [PM.checkedBad(result.problems.length), ...result.problems].join('\n'));
  return result.pkg;
}

export async function formCommand(
  args: {
    sub: string | undefined;
    files: string[];
    out?: string | undefined;
    form?: string | undefined;
    json: boolean;
  },
  io: FormIo,
): Promise<number> {
  if (args.sub === 'export') {
    if (args.files.length) throw io.usageError(M.unexpectedArgument(args.files[0]!));
    if (!args.out) throw io.usageError(M.missingOption('out'));
    const pkg = loadForm(args.form, io) ?? {
      template: CURRENT_TEMPLATE,
      periods: DEFAULT_PERIODS,
      mapping: [],
    };
    const written = io.writeOut(args.out, await writeFormPackage(pkg, io.now()));
    io.out(args.json ? JSON.stringify({ outFile: written }) : M.written(written));
    return 0;
  }
  if (args.sub === 'check') {
    if (args.files.length !== 1)
      throw io.usageError(args.files.length ? M.unexpectedArgument(args.files[1]!) : M.missingFiles);
    if (args.out || args.form) throw io.usageError(M.unknownOption(args.out ? '--out' : '--form'));
    const result = read(args.files[0]!, io);
    if (args.json) {
      io.out(
        JSON.stringify(
          result.ok
            ? { ok: true, id: result.pkg.template.id, version: result.pkg.template.version }
            : { ok: false, problems: result.problems },
        ),
      );
    } else if (result.ok) {
      const t = result.pkg.template;
      io.out(PM.checkedOk(t.id, t.version, allIndicators(t).length, t.rules.length));
    } else {
      io.out(PM.checkedBad(result.problems.length));
      for (const p of result.problems) io.out(`  ${p}`);
    }
    return result.ok ? 0 : 1;
  }
  throw io.usageError(M.formSubcommand);
}
