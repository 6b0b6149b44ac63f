/**
 * The merging office: receiving workbooks, who has reported, what changed between revisions, and
 * the merged workbook. Untrusted files are checked in worker threads (the check pool), never on
 * the thread that answers the window; the store then decides, in one transaction per file, what
 * becomes of each (see electron/store/received.ts for the rules).
 *
 * The services read `ctx.db` at the moment they use it and never hold it across an `await`, since a
 * restore may swap the connection in between.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { ImportResult } from '../../shared/api/district-contract';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/api/district-contract';
import { periodCode, parsePeriod } from '../../shared/domain/periods';
import type { Unit } from '../../shared/domain/units';
import { withoutDiacritics } from '../../shared/format/text';
import { districtMessages } from '../../shared/i18n/vi/district';
import { computeCompleteness, type Completeness } from '../../shared/merge/completeness';
import { diffReports, type DiffEntry } from '../../shared/merge/diff';
import { mergeReports, type MergeEntry } from '../../shared/merge/merge';
import { previousPeriodOf } from '../../shared/report/phrases';
import type { CheckedWorkbook } from '../../shared/workbook/import-types';
import { AppError } from '../errors';
import { log } from '../log';
import {
  getReceivedFile,
  listCurrentFiles,
  listReceivedForPeriod,
  listReceivedOf,
  recordReceivedFile,
  type ReceivedSummary,
  type RecordResult,
} from '../store/received';
import { findUnit, listUnits } from '../store/units';
import { createCheckPool, DEFAULT_CHECK_TIMEOUT_MS, DEFAULT_WORKER_HEAP_MB } from '../workbook/check-pool';
import type { CheckOptions } from '../workbook/unit-reader';
import { writeMergedWorkbookFile } from '../workbook/merged-writer';
import { addChangeWarnings } from './change-warnings';
import type { ServiceContext } from './context';
import { activeTemplate, knownTemplates } from './form-template';
import { againstFormInUse, figuresInFormInUse } from './form-migration';
import { chooseExportPath, rememberExportFolder } from './export-folder';
import { findOwnReport, ownRollUpUnit, ownUnitCode, withOwnReport } from './own-report';
import { countedOnceWarning, expandRollUp, rollUpFileResult } from './roll-up';
import { sameRevisionMessage } from './same-revision';
import { getSettings } from './settings';
import { rollUpLevel } from '../../shared/workbook/roll-up';
import { beforeImportBatch } from './import-hooks';
import { issuingUnit } from './settings';

/** What the district needs of a check pool (electron/workbook/check-pool.ts). */
export interface WorkbookChecker {
  check(bytes: Uint8Array, fileName: string, options: CheckOptions): Promise<CheckedWorkbook>;
  close(): Promise<void> | void;
  /** Whether files are checked in the main process (workers could not start): no safety limits. */
  info?(): { inProcess: boolean };
}

/**
 * Starts the worker-thread pool: one worker per core (up to 4), the default per-file time limit
 * (a verdict within 2 s, issue 4). The main thread only waits while files are checked, so on a
 * two-core commune PC both cores read workbooks.
 */
const startCheckPool = (): WorkbookChecker =>
  createCheckPool({ size: Math.min(4, os.availableParallelism()) });

const pools = new WeakMap<ServiceContext, WorkbookChecker>();

/** The context's check pool, started on first use (worker threads: both cores, a timeout per file). */
export function checkerFor(ctx: ServiceContext): WorkbookChecker {
  let pool = pools.get(ctx);
  if (!pool) {
    pool = startCheckPool();
    pools.set(ctx, pool);
  }
  return pool;
}

/** For tests and the command line: use this checker instead of starting one. */
export function useChecker(ctx: ServiceContext, checker: WorkbookChecker): void {
  pools.set(ctx, checker);
}

/** Stops the context's worker threads (on quit, and at the end of a command-line run). */
export async function closeChecker(ctx: ServiceContext): Promise<void> {
  const pool = pools.get(ctx);
  pools.delete(ctx);
  await pool?.close();
}

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** A file that could not be checked at all (worker crashed or timed out) is refused, with a message. */
function uncheckable(
  bytes: Uint8Array,
  fileName: string,
  problemMessage: string,
  kind: string,
): CheckedWorkbook {
  return {
    fileName,
    sha256: sha256(bytes),
    size: bytes.byteLength,
    verdict: 'refused',
    problems: [{ level: 'error', kind, message: problemMessage }],
  };
}

/** Checks one file in the pool; never throws. */
export async function checkFile(
  ctx: ServiceContext,
  bytes: Uint8Array,
  fileName: string,
  options: { units: readonly Unit[]; expectedPeriod?: string; alsoPeriod?: string },
): Promise<CheckedWorkbook> {
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) {
    return uncheckable(
      bytes,
      fileName,
      districtMessages.fileTooLarge(fileName, MAX_IMPORT_FILE_BYTES / 1024 / 1024),
      'too-large',
    );
  }
  try {
    // The pool sends the unit list to each worker once (per batch at most), then only the bytes.
    const templates = knownTemplates(ctx);
    const checked = await checkerFor(ctx).check(
      bytes,
      fileName,
      templates ? { ...options, templates } : options,
    );
    return againstFormInUse(ctx, checked);
  } catch (error) {
    log('district', `check failed for a file: ${(error as Error)?.message ?? String(error)}`);
    return uncheckable(bytes, fileName, districtMessages.checkFailed(fileName), 'check-failed');
  }
}

function describe(checked: CheckedWorkbook, record: RecordResult): string {
  const unit = checked.identity
    ? `${checked.identity.unitName || checked.identity.unitCode} (${checked.identity.unitCode})`
    : '';
  const revision = checked.identity?.revision ?? null;
  const m = districtMessages.outcome;
  const special = sameRevisionMessage(checked, record, unit);
  if (special) return special;
  switch (record.outcome) {
    case 'current':
      return m.current(unit, revision);
    case 'replaced':
      return m.replaced(unit, revision, record.other?.revision ?? null);
    case 'identical':
      return m.identical(checked.fileName);
    case 'same-content':
      return m['same-content'](unit, revision);
    case 'older':
      return m.older(unit, revision, record.other?.revision ?? null);
    case 'refused':
      return m.refused(checked.fileName);
  }
}

/**
 * Receives a batch of files: checks them all in the pool (in parallel), then stores them in the
 * order given, so r1 then r2 in one batch ends with r2 current, as if sent one after the other.
 */
export async function importReceivedFiles(
  ctx: ServiceContext,
  files: readonly { fileName: string; bytes: Uint8Array }[],
  options: {
    expectedPeriod?: string;
    /** A second period taken too: the previous one, for a Word report's comparison. */
    alsoPeriod?: string;
    /**
     * false only for a throwaway store (the command line's `check` and `merge`, the benchmark):
     * there is nothing there to undo, so no backup before the batch.
     */
    backup?: boolean;
  } = {},
): Promise<ImportResult[]> {
  if (options.backup !== false) await beforeImportBatch(ctx);
  const units = listUnits(ctx.db, true);
  // Every file goes to the pool at once; each is stored as soon as it and all before it are
  // checked, so the store works while the workers go on reading, and the order is kept.
  const checks = files.map((f) =>
    checkFile(ctx, f.bytes, f.fileName, {
      units,
      ...(options.expectedPeriod ? { expectedPeriod: options.expectedPeriod } : {}),
      ...(options.alsoPeriod ? { alsoPeriod: options.alsoPeriod } : {}),
    }),
  );
  const receivedAt = ctx.now().toISOString();
  const results: ImportResult[] = [];
  for (const [i, check] of checks.entries()) {
    const received = await check;
    // A merged workbook from the level below is received unit by unit (a roll-up).
    const parts = received.rollUp ? expandRollUp(received) : [{ checked: received, bytes: files[i]!.bytes }];
    // What the merged file itself is warned about (hand edits outside the units' rows): its own line.
    if (received.rollUp && received.problems.length) results.push(rollUpFileResult(received));
    for (const part of parts) {
      // The previous period's figures are in the store, not in the worker: compared here.
      const c = addChangeWarnings(ctx.db, part.checked);
      const record = recordReceivedFile(ctx.db, c, part.bytes, receivedAt, options.expectedPeriod ?? null);
      const id = c.identity;
      const notice = withoutLimitsNotice(ctx);
      const countedOnce = countedOnceWarning(ctx.db, c, record);
      // The warning stored on the file when only the order of arrival chose it (store/received.ts).
      const added = [record.warning, countedOnce].filter((p) => p !== undefined);
      results.push({
        fileName: c.fileName,
        verdict: added.length && c.verdict === 'accepted' ? 'warnings' : c.verdict,
        problems: [...c.problems, ...added],
        outcome: record.outcome,
        message: describe(c, record),
        id: record.id,
        ...(notice ? { notice } : {}),
        ...(id
          ? { unitCode: id.unitCode, unitName: id.unitName, period: id.period, revision: id.revision }
          : {}),
      });
    }
  }
  return results;
}

/**
 * The user's side of the check pool's fallback (the support log has the technical side): files
 * checked in the main process carry a notice that the time and memory limits did not apply
 * (import results here, the restore preview in workbooks.ts).
 */
export function withoutLimitsNotice(ctx: ServiceContext): string | undefined {
  if (!checkerFor(ctx).info?.().inProcess) return undefined;
  return districtMessages.checkedWithoutLimits(DEFAULT_CHECK_TIMEOUT_MS / 1000, DEFAULT_WORKER_HEAP_MB);
}

/** The API form: files as base64 (already size-checked by the contract). */
export function importBase64Files(
  ctx: ServiceContext,
  files: readonly { fileName: string; base64: string }[],
  period?: string,
): Promise<ImportResult[]> {
  const decoded = files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') }));
  return importReceivedFiles(ctx, decoded, period ? { expectedPeriod: period } : {});
}

export function getCompleteness(ctx: ServiceContext, period: string): Completeness {
  const completeness = computeCompleteness(
    period,
    listUnits(ctx.db, true),
    listReceivedForPeriod(ctx.db, period),
  );
  const own = ownUnitCode(ctx);
  return own ? withOwnReport(completeness, own, findOwnReport(ctx, period)) : completeness;
}

export function getHistory(ctx: ServiceContext, unitCode: string, period: string): ReceivedSummary[] {
  return listReceivedOf(ctx.db, unitCode, period);
}

export function getDiff(
  ctx: ServiceContext,
  args: { unitCode: string; period: string; fromId: number; toId: number },
): { from: ReceivedSummary; to: ReceivedSummary; entries: DiffEntry[] } {
  const load = (id: number) => {
    const file = getReceivedFile(ctx.db, id);
    if (!file) throw new AppError('not-found', districtMessages.fileNotFound(id));
    if (file.unitCode !== args.unitCode || file.period !== args.period) {
      throw new AppError('not-found', districtMessages.fileNotOfUnit(id, args.unitCode, args.period));
    }
    if (!file.data) throw new AppError('no-data', districtMessages.fileHasNoData(file.fileName));
    return file;
  };
  const { data: before, ...from } = load(args.fromId);
  const { data: after, ...to } = load(args.toId);
  return { from, to, entries: diffReports(activeTemplate(ctx), before!, after!) };
}

/**
 * The merge of a period from the current (accepted, latest) file of each unit, in unit-list order,
 * with the merging office's own report (typed in this app) first, taken from its database.
 */
export function mergeCurrentFiles(ctx: ServiceContext, period: string) {
  const own = findOwnReport(ctx, period);
  const current = listCurrentFiles(ctx.db, period).filter((f) => !own || f.unitCode !== own.unit.code);
  const units = listUnits(ctx.db, true);
  const order = new Map(units.map((u, i) => [u.code, i]));
  const usable = current
    .filter((f) => f.data && f.unitCode)
    .sort((a, b) => (order.get(a.unitCode!) ?? 1e9) - (order.get(b.unitCode!) ?? 1e9));
  const fileEntries: MergeEntry[] = usable.map((f) => {
    const unit = findUnit(ctx.db, f.unitCode!) ?? {
      code: f.unitCode!,
      name: f.unitName ?? f.unitCode!,
      level: 'xa' as const,
    };
    return {
      unit,
      data: figuresInFormInUse(ctx, f.data!, f.templateId, f.templateVersion),
      revision: f.revision,
    };
  });
  const entries = own
    ? [{ unit: own.unit, data: own.data, revision: own.revision }, ...fileEntries]
    : fileEntries;
  return {
    own,
    current,
    usable,
    fileEntries,
    entries,
    merged: mergeReports(activeTemplate(ctx), period, entries),
  };
}

/** The same kind of period a year earlier, merged, when this office holds files of it; else null. */
export function mergePreviousPeriod(ctx: ServiceContext, period: string) {
  const previous = previousPeriodOf(period);
  const before = previous ? mergeCurrentFiles(ctx, previous) : null;
  return previous && before?.entries.length ? { period: previous, figures: before.merged } : null;
}

/**
 * The merged workbook of a period from the current (accepted, latest) file of each unit, written
 * to `file` part by part (whole or not at all).
 */
export async function buildMergedWorkbook(
  ctx: ServiceContext,
  period: string,
  file: string,
): Promise<{ unitsMerged: number }> {
  const { own, current, usable, fileEntries, entries, merged } = mergeCurrentFiles(ctx, period);
  const completeness = getCompleteness(ctx, period);
  const officeCode = getSettings(ctx)?.unitCode;
  const office = officeCode ? findUnit(ctx.db, officeCode) : undefined;
  await writeMergedWorkbookFile(
    {
      template: activeTemplate(ctx),
      merged,
      completeness,
      issuer: issuingUnit(ctx),
      previous: mergePreviousPeriod(ctx, period),
      generatedAt: ctx.now(),
      appVersion: ctx.appVersion,
      sources: current.map((f) => ({
        unitCode: f.unitCode ?? '',
        fileName: f.fileName,
        sha256: f.sha256,
        revision: f.revision,
      })),
      // The office's own report too: the next level imports units from this list.
      units: [
        ...(own ? [ownRollUpUnit(own)] : []),
        ...usable.map((f, i) => ({
          code: fileEntries[i]!.unit.code,
          name: fileEntries[i]!.unit.name,
          level: fileEntries[i]!.unit.level,
          revision: f.revision,
          sha256: f.sha256,
          fileName: f.fileName,
          data: fileEntries[i]!.data,
        })),
      ],
      level: rollUpLevel(usable.map((f) => f.origin)),
      ...(office ? { office: { code: office.code, name: office.name } } : {}),
    },
    file,
  );
  return { unitsMerged: entries.length };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `CCHC_TongHop_2023_20231222-0930.xlsx`. */
export function mergedFileName(period: string, at: Date): string {
  const p = parsePeriod(period);
  const name = withoutDiacritics(p ? periodCode(p) : period).replace(/[^A-Za-z0-9-]+/gu, '_');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(
    at.getMinutes(),
  )}`;
  return `CCHC_TongHop_${name}_${stamp}.xlsx`;
}

export async function exportMergedWorkbook(
  ctx: ServiceContext,
  period: string,
): Promise<{ fileName: string; savedPath: string; base64: string; unitsMerged: number }> {
  const fileName = mergedFileName(period, ctx.now());
  // Saved like the commune's export: Documents\Báo cáo CCHC, or where the save dialog says.
  const savedPath = await chooseExportPath(ctx, fileName);
  fs.mkdirSync(path.dirname(savedPath), { recursive: true });
  const { unitsMerged } = await buildMergedWorkbook(ctx, period, savedPath);
  rememberExportFolder(ctx, savedPath);
  // The window downloads it in browser mode: the bytes go back too.
  return { fileName, savedPath, base64: fs.readFileSync(savedPath).toString('base64'), unitsMerged };
}
