/**
 * What every command of the command line shares: the parsed arguments, the usage error (exit 2),
 * the checks of options, the data folder or scratch district a command works on, and how files
 * are read, written and reported. A new command is a file in commands/ using these.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isPeriodCode, periodName } from '../../shared/domain/periods';
import { DEFAULT_UNITS, type Unit } from '../../shared/domain/units';
import { cliMessages as M } from '../../shared/i18n/vi/cli';
import { districtMessages } from '../../shared/i18n/vi/district';
import { createServiceContext, type ServiceContext } from '../services/context';
import { writeFileAtomic } from '../atomic-write';
import { databaseFile } from '../services/backups';
import type { WorkbookChecker } from '../services/district';
import { openScratchDistrict } from '../services/scratch-district';
import { getUnits } from '../services/units';
import { ownUnitCode } from '../services/own-report';
import { saveSettings } from '../services/settings';
import { packageMessages as PM } from '../../shared/i18n/vi/form-package';
import type { FormPackage } from '../../shared/template/package/types';
import { AppError } from '../errors';
import { readFormPackage } from '../form-package/read';
import { defaultDataDir } from '../paths';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** For tests: the checker to use instead of starting the worker pool. */
  checker?: WorkbookChecker;
  now?: () => Date;
}

/** The command was written wrongly: its message and the usage are shown, exit code 2. */
export class UsageError extends Error {}

export interface Parsed {
  command: string;
  positional: string[];
  /** The value options given (the last one wins when repeated). */
  options: Map<string, string>;
  json: boolean;
}

/** One command: its name, the value options it may take, and what it does (its exit code). */
export interface CliCommand {
  name: string;
  options: readonly string[];
  run(p: Parsed, io: CliIo): Promise<number>;
}

/** Refuses options this command does not take, and positional arguments where none or some are due. */
export function allow(p: Parsed, allowed: readonly string[], positional: 'none' | 'files'): void {
  for (const name of p.options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(M.unknownOption(`--${name}`));
  }
  if (positional === 'none' && p.positional.length)
    throw new UsageError(M.unexpectedArgument(p.positional[0]!));
  if (positional === 'files' && !p.positional.length) throw new UsageError(M.missingFiles);
}

export function required(p: Parsed, name: string): string {
  const value = p.options.get(name);
  if (!value) throw new UsageError(M.missingOption(name));
  return value;
}

export function period(p: Parsed, isRequired = true): string | undefined {
  const value = isRequired ? required(p, 'period') : p.options.get('period');
  if (value !== undefined && !isPeriodCode(value)) throw new UsageError(M.badPeriod(value));
  return value;
}

/**
 * A context over an existing data folder (never creates one by mistake), opened as the app opens
 * it: a backup is taken before any migration of its database.
 */
export function dataDirContext(dir: string, io: CliIo): ServiceContext {
  const resolved = path.resolve(dir);
  if (!fs.existsSync(databaseFile(resolved))) throw new UsageError(M.noDataDir(resolved));
  return createServiceContext({
    dataDir: resolved,
    mode: 'browser',
    background: false,
    ...(io.now ? { now: io.now } : {}),
  });
}

/**
 * The data folder of the app on this PC: --data-dir, else the folder the app itself uses (the
 * per-user folder, CCHC_DATA_DIR), so a clerk who entered figures with `npm start` needs no option.
 */
export function appDataContext(p: Parsed, io: CliIo): ServiceContext {
  const given = p.options.get('data-dir');
  if (given) return dataDirContext(given, io);
  const dir = defaultDataDir();
  // Not a mistake in the command: the message alone, without the usage.
  if (!fs.existsSync(databaseFile(dir))) throw new AppError('no-data', M.noDefaultData(dir));
  return dataDirContext(dir, io);
}

/**
 * Where the units come from: --data-dir's database; else the app's own data folder on this PC (the
 * units its screens expect); else, with no app data here, the sample district's list.
 */
export function unitsFolder(p: Parsed): string | undefined {
  const given = p.options.get('data-dir');
  if (given) return given;
  const dir = defaultDataDir();
  return fs.existsSync(databaseFile(dir)) ? dir : undefined;
}

/** The units of `unitsFolder`, or the sample list. */
export function unitsFor(p: Parsed, io: CliIo): Unit[] {
  return unitsAndOffice(p, io).units;
}

/** The units, and this office's own unit when the folder's app is a merging office. */
function unitsAndOffice(p: Parsed, io: CliIo): { units: Unit[]; office: string | null } {
  const dir = unitsFolder(p);
  if (!dir) return { units: [...DEFAULT_UNITS], office: null };
  const ctx = dataDirContext(dir, io);
  try {
    return { units: getUnits(ctx, true), office: ownUnitCode(ctx) };
  } finally {
    ctx.db.close();
  }
}

/**
 * Files refused for a unit the sample list lacks, with no app data on this PC: the list, not the
 * file, is likely what is wrong; says where the units come from and how to give the right ones.
 */
export function hintIfSampleUnits(
  p: Parsed,
  io: CliIo,
  results: readonly { problems: readonly { kind: string }[] }[],
): void {
  if (unitsFolder(p)) return;
  if (results.some((r) => r.problems.some((x) => x.kind === 'unit-unknown')))
    io.err(M.sampleUnitsHint(defaultDataDir()));
}

/** A district in a temporary folder, for commands that check or merge files given on the line. */
export function scratch(p: Parsed, io: CliIo) {
  const form = formOption(p);
  const { units, office } = unitsAndOffice(p, io);
  const opened = openScratchDistrict({
    units,
    ...(io.now ? { now: io.now } : {}),
    ...(io.checker ? { checker: io.checker } : {}),
  });
  // The office is not one of the units that must send a file, as on its district screen.
  if (office) saveSettings(opened.ctx, { unitCode: office, isMergingOffice: true });
  if (form) {
    opened.ctx.template = form.template;
    // Its mapping carries files of the version before it forward.
    opened.ctx.installedForms = [form];
  }
  return opened;
}

/** A form package file, checked: its template, or every problem (sheet and cell). */
export function readFormFile(file: string) {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new UsageError(M.fileMissing(file));
  }
  return readFormPackage(bytes, path.basename(file));
}

/** `--form TỆP`: the package's form instead of the built-in one; a broken package stops the work (exit 1). */
export function formOption(p: Parsed): FormPackage | undefined {
  const file = p.options.get('form');
  if (file === undefined) return undefined;
  const result = readFormFile(file);
  if (!result.ok) {
    throw new AppError('bad-form', [PM.checkedBad(result.problems.length), ...result.problems].join('\n'));
  }
  return result.pkg;
}

export function readFiles(files: string[]): { fileName: string; bytes: Uint8Array }[] {
  return files.map((file) => {
    try {
      return { fileName: path.basename(file), bytes: fs.readFileSync(file) };
    } catch {
      throw new UsageError(M.fileMissing(file));
    }
  });
}

/** "Năm 2023" for a period code; anything else (a file's unreadable period) as it is. */
export const shownPeriod = (code: string | undefined) =>
  code && isPeriodCode(code) ? periodName(code) : (code ?? '?');

/** Writes the output file whole or not at all (an interrupted run leaves no half workbook). */
export function writeOut(file: string, bytes: Uint8Array): string {
  return writeFileAtomic(path.resolve(file), bytes);
}

/** One checked file: its verdict, which report it is, and its problems. */
export function printResult(
  io: CliIo,
  r: {
    fileName: string;
    verdict: 'accepted' | 'warnings' | 'refused';
    problems: { level: string; message: string }[];
    unitCode?: string;
    period?: string;
    revision?: number;
    message?: string;
  },
): void {
  const detail = r.unitCode
    ? M.identity(r.unitCode, shownPeriod(r.period), districtMessages.revisionName(r.revision ?? null))
    : '';
  io.out(M.verdictLine(r.fileName, districtMessages.verdict[r.verdict], detail));
  for (const problem of r.problems) io.out(M.problemLine(problem.level === 'error', problem.message));
  if (r.message && r.verdict !== 'refused') io.out(`  ${r.message}`);
}
