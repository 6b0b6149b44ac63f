/**
 * The command line, over the same services as the app: the same reader (in the same worker pool),
 * the same district store (in memory for `check` and `merge`), the same merge and workbook writers.
 * Messages are Vietnamese; `--json` prints machine-readable results on stdout instead.
 *
 * Exit codes: 0 success; 1 a file was refused (`check`, `merge`: the merged workbook is still
 * written from the accepted files) or the work failed; 2 the command was written wrongly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isPeriodCode, periodName } from '../../shared/domain/periods';
import { DEFAULT_UNITS, UNIT_LEVEL_NAMES, type Unit } from '../../shared/domain/units';
import { cliMessages as M } from '../../shared/i18n/vi/cli';
import { districtMessages } from '../../shared/i18n/vi/district';
import { CURRENT_TEMPLATE } from '../../shared/template';
import { blankTemplateFileName } from '../../shared/workbook/layout';
import { readAppVersion } from '../app-context';
import { AppError } from '../errors';
import { setLogSink } from '../log';
import {
  buildMergedWorkbook,
  checkFile,
  closeChecker,
  getCompleteness,
  importReceivedFiles,
  type WorkbookChecker,
} from '../services/district';
import { openScratchDistrict } from '../services/scratch-district';
import type { ServiceContext } from '../services/context';
import { openReport } from '../services/reports';
import { DATABASE_FILE_NAME, openDatabase } from '../store/database';
import { markExported } from '../store/reports';
import { findUnit, listUnits } from '../store/units';
import { writeUnitWorkbook } from '../workbook/unit-writer';
import { catalogCommand } from './commands/catalog';
import { formCommand, loadForm, type FormIo } from './commands/form';
import { dhis2 } from './commands/dhis2';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** For tests: the checker to use instead of starting the worker pool. */
  checker?: WorkbookChecker;
  now?: () => Date;
}

export class UsageError extends Error {}

export interface Parsed {
  command: string;
  positional: string[];
  options: Map<string, string>;
  json: boolean;
}

const VALUE_OPTIONS = new Set(['unit', 'period', 'out', 'data-dir', 'format', 'mapping', 'province', 'form']);

function parse(argv: readonly string[]): Parsed {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const options = new Map<string, string>();
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/su, 2) as [string, string | undefined];
      if (!VALUE_OPTIONS.has(name)) throw new UsageError(M.unknownOption(arg));
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') throw new UsageError(M.missingValue(name));
      options.set(name, value);
      continue;
    }
    positional.push(arg);
  }
  return { command, positional, options, json };
}

export function allow(p: Parsed, allowed: string[], positional: 'none' | 'files' | 'none-or-files') {
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

/** A context over an existing data folder (never creates one by mistake). */
function dataDirContext(dir: string, io: CliIo): ServiceContext {
  const resolved = path.resolve(dir);
  if (!fs.existsSync(path.join(resolved, DATABASE_FILE_NAME))) throw new UsageError(M.noDataDir(resolved));
  const db = openDatabase(path.join(resolved, DATABASE_FILE_NAME));
  return {
    db,
    dataDir: resolved,
    mode: 'browser',
    appVersion: readAppVersion(),
    now: io.now ?? (() => new Date()),
  };
}

export function scratch(p: Parsed, io: CliIo) {
  const form = loadForm(p.options.get('form'), formIo(io));
  const opened = openScratchDistrict({
    units: unitsFor(p, io),
    ...(io.now ? { now: io.now } : {}),
    ...(io.checker ? { checker: io.checker } : {}),
  });
  if (form) opened.ctx.template = form.template;
  return opened;
}

function formIo(io: CliIo): FormIo {
  return {
    out: io.out,
    now: io.now ?? (() => new Date()),
    writeOut,
    usageError: (m) => new UsageError(m),
  };
}

async function form(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['out', 'form'], 'none-or-files');
  const [sub, ...files] = p.positional;
  return formCommand(
    { sub, files, out: p.options.get('out'), form: p.options.get('form'), json: p.json },
    formIo(io),
  );
}

function unitsFor(p: Parsed, io: CliIo): Unit[] {
  const dir = p.options.get('data-dir');
  if (!dir) return [...DEFAULT_UNITS];
  const ctx = dataDirContext(dir, io);
  try {
    return listUnits(ctx.db, true);
  } finally {
    ctx.db.close();
  }
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
const shownPeriod = (code: string | undefined) =>
  code && isPeriodCode(code) ? periodName(code) : (code ?? '?');

/**
 * Writes the output file whole or not at all: into a temporary file beside it, then renamed, so
 * an interrupted run never leaves a half-written workbook under the name asked for.
 */
export function writeOut(file: string, bytes: Uint8Array) {
  const resolved = path.resolve(file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const partial = `${resolved}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, resolved);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return resolved;
}

async function units(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['data-dir'], 'none');
  const list = unitsFor(p, io);
  if (p.json) {
    io.out(
      JSON.stringify(list.map((u) => ({ code: u.code, name: u.name, level: u.level, active: u.active }))),
    );
  } else {
    io.out(M.unitsHeader);
    for (const u of list) io.out(`${u.code}\t${UNIT_LEVEL_NAMES[u.level]}\t${u.name}`);
  }
  return 0;
}

async function template(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['unit', 'period', 'out', 'data-dir', 'form'], 'none');
  const code = required(p, 'unit');
  const per = period(p)!;
  const out = required(p, 'out');
  const unit = unitsFor(p, io).find((u) => u.code === code);
  if (!unit) throw new UsageError(M.unknownUnit(code));
  const form = loadForm(p.options.get('form'), formIo(io));
  const bytes = await writeUnitWorkbook({
    template: form?.template ?? CURRENT_TEMPLATE,
    unit,
    period: per,
    data: null,
    revision: 0,
    exportedAt: (io.now ?? (() => new Date()))(),
    appVersion: readAppVersion(),
  });
  const written = writeOut(out, bytes);
  const suggested = blankTemplateFileName({ period: per, unitCode: unit.code, unitName: unit.name });
  io.out(p.json ? JSON.stringify({ outFile: written, suggestedName: suggested }) : M.written(written));
  return 0;
}

async function exportReport(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['unit', 'period', 'out', 'data-dir'], 'none');
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
}

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
) {
  const detail = r.unitCode
    ? M.identity(r.unitCode, shownPeriod(r.period), districtMessages.revisionName(r.revision ?? null))
    : '';
  io.out(M.verdictLine(r.fileName, districtMessages.verdict[r.verdict], detail));
  for (const problem of r.problems) io.out(M.problemLine(problem.level === 'error', problem.message));
  if (r.message && r.verdict !== 'refused') io.out(`  ${r.message}`);
}

async function check(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['period', 'data-dir', 'form'], 'files');
  const expectedPeriod = period(p, false);
  const files = readFiles(p.positional);
  const { ctx, close } = scratch(p, io);
  try {
    const unitList = listUnits(ctx.db, true);
    const results = await Promise.all(
      files.map((f) =>
        checkFile(ctx, f.bytes, f.fileName, {
          units: unitList,
          ...(expectedPeriod ? { expectedPeriod } : {}),
        }),
      ),
    );
    const rows = results.map((r) => ({
      fileName: r.fileName,
      sha256: r.sha256,
      verdict: r.verdict,
      problems: r.problems,
      ...(r.identity
        ? { unitCode: r.identity.unitCode, period: r.identity.period, revision: r.identity.revision }
        : {}),
    }));
    const count = (v: string) => rows.filter((r) => r.verdict === v).length;
    if (p.json) io.out(JSON.stringify(rows));
    else {
      rows.forEach((r) => printResult(io, r));
      io.out(M.checkSummary(rows.length, count('accepted'), count('warnings'), count('refused')));
    }
    return count('refused') ? 1 : 0;
  } finally {
    await close();
  }
}

async function merge(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['period', 'out', 'data-dir', 'form'], 'files');
  const per = period(p)!;
  const out = required(p, 'out');
  const files = readFiles(p.positional);
  const { ctx, close } = scratch(p, io);
  try {
    const results = await importReceivedFiles(ctx, files, { expectedPeriod: per, backup: false });
    // Every file is read: stop the workers before the merge, so their memory is free for it.
    await closeChecker(ctx);
    const { bytes, unitsMerged } = await buildMergedWorkbook(ctx, per);
    const written = writeOut(out, bytes);
    const completeness = getCompleteness(ctx, per);
    const refused = results.filter((r) => r.verdict === 'refused').length;
    if (p.json) {
      io.out(JSON.stringify({ outFile: written, unitsMerged, counts: completeness.counts, files: results }));
    } else {
      results.forEach((r) => printResult(io, r));
      io.out(M.mergeSummary(unitsMerged, completeness.counts.expected, completeness.counts.refused, refused));
      io.out(M.written(written));
    }
    return refused ? 1 : 0;
  } finally {
    await close();
  }
}

async function catalog(p: Parsed, io: CliIo): Promise<number> {
  allow(p, ['province'], 'none');
  return catalogCommand(
    { json: p.json, province: p.options.get('province') },
    io.out,
    (m) => new UsageError(m),
  );
}

const COMMANDS: Record<string, (p: Parsed, io: CliIo) => Promise<number>> = {
  units,
  catalog,
  form,
  template,
  export: exportReport,
  check,
  merge,
  dhis2,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Support log lines (check failures…) go to stderr only when asked; stdout stays clean for --json.
  setLogSink(() => {});
  try {
    const parsed = parse(argv);
    if (parsed.command === '' || parsed.command === 'help' || parsed.command === '--help') {
      io.out(M.usage);
      return parsed.command === '' ? 2 : 0;
    }
    const command = COMMANDS[parsed.command];
    if (!command) throw new UsageError(M.unknownCommand(parsed.command));
    return await command(parsed, io);
  } catch (error) {
    // Under --json a program reads the answer: the error is one JSON line too (on stderr, so
    // stdout holds only results).
    const json = argv.includes('--json');
    const message =
      error instanceof UsageError || error instanceof AppError
        ? error.message
        : ((error as Error)?.message ?? String(error));
    if (error instanceof UsageError) {
      if (json) io.err(JSON.stringify({ error: { code: 'usage', message }, usage: M.usage }));
      else {
        io.err(message);
        io.err(M.usage);
      }
      return 2;
    }
    const code = error instanceof AppError ? error.code : 'failed';
    io.err(json ? JSON.stringify({ error: { code, message: M.failed(message) } }) : M.failed(message));
    return 1;
  }
}
