/**
 * Receipts (biên nhận). The merging office makes one for any file it received (a workbook to send
 * back, and the same as text for an email); the commune app reads one and compares it with its own
 * latest revision of that report.
 */
import { receiptMessages as M } from '../../shared/i18n/vi/receipt';
import { receiptStatus, receiptText, type Receipt } from '../../shared/receipt/receipt';
import { AppError } from '../errors';
import { getReceivedFile } from '../store/received';
import { latestReceipt, rememberReceipt } from '../store/receipts';
import { findUnit } from '../store/units';
import { readReceiptWorkbook, writeReceiptWorkbook } from '../workbook/receipt-workbook';
import type { ServiceContext } from './context';
import { districtMessages } from '../../shared/i18n/vi/district';
import { openReport } from './reports';
import { getSettings } from './settings';

export function receiptOf(ctx: ServiceContext, id: number): Receipt {
  const file = getReceivedFile(ctx.db, id);
  if (!file) throw new AppError('not-found', districtMessages.fileNotFound(id));
  if (!file.unitCode || !file.period) throw new AppError('no-unit', M.noUnit(file.fileName));
  const office = getSettings(ctx)?.unitCode;
  const issuer = office ? findUnit(ctx.db, office) : undefined;
  return {
    kind: 'cchc-receipt',
    version: 1,
    issuer: { code: issuer?.code ?? '', name: issuer?.name ?? M.mergingOffice },
    unit: {
      code: file.unitCode,
      name: findUnit(ctx.db, file.unitCode)?.name ?? file.unitName ?? file.unitCode,
    },
    period: file.period,
    revision: file.revision,
    fileName: file.fileName,
    sha256: file.sha256,
    receivedAt: file.receivedAt,
    verdict: file.verdict,
    status: file.status,
    problems: file.problems.slice(0, 200).map((p) => ({ level: p.level, message: p.message.slice(0, 2000) })),
  };
}

export function makeReceipt(
  ctx: ServiceContext,
  id: number,
): { fileName: string; base64: string; text: string } {
  const receipt = receiptOf(ctx, id);
  return {
    fileName: M.fileName(receipt.unit.code, receipt.period, receipt.revision),
    base64: writeReceiptWorkbook(receipt, ctx.now()).toString('base64'),
    text: receiptText(receipt),
  };
}

/**
 * The commune side: what a receipt says, and whether this PC's report has moved on since. A receipt
 * for a unit of this PC is kept, so the form shows it again after a restart.
 */
export function importReceipt(ctx: ServiceContext, args: { fileName: string; base64: string }) {
  const receipt = readReceiptWorkbook(Buffer.from(args.base64, 'base64'));
  if (!receipt) throw new AppError('not-receipt', M.notReceipt(args.fileName));
  if (findUnit(ctx.db, receipt.unit.code))
    rememberReceipt(ctx.db, receipt, { fileName: args.fileName, importedAt: ctx.now().toISOString() });
  return statusOf(ctx, receipt);
}

/** The last receipt imported for this report (null when none), against the report as it is now. */
export function lastReceipt(ctx: ServiceContext, key: { unitCode: string; period: string }) {
  const receipt = latestReceipt(ctx.db, key.unitCode, key.period);
  return receipt ? statusOf(ctx, receipt) : null;
}

function statusOf(ctx: ServiceContext, receipt: Receipt) {
  let localRevision: number | null = null;
  if (findUnit(ctx.db, receipt.unit.code)) {
    const report = openReport(ctx, { unitCode: receipt.unit.code, period: receipt.period });
    localRevision = report.id === 0 ? null : report.revision;
  }
  return {
    unitCode: receipt.unit.code,
    period: receipt.period,
    revision: receipt.revision,
    sha256: receipt.sha256,
    localRevision,
    ...receiptStatus(receipt, localRevision),
  };
}
