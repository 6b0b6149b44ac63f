/**
 * A receipt (biên nhận): what the merging office says back to a unit about one file it received —
 * unit, period, revision, the file's SHA-256, when it was received, the verdict and the problems.
 * Made as a small workbook and as text to paste into an email; the commune app reads the workbook.
 */
import { z } from 'zod';
import { periodName, isPeriodCode } from '../domain/periods';
import { unitCodeSchema } from '../domain/units';
import { formatDateTime } from '../format/dates';
import { receiptMessages as M } from '../i18n/vi/receipt';

const statusSchema = z.enum(['current', 'superseded', 'refused', 'duplicate', 'older']);

export const receiptSchema = z
  .object({
    kind: z.literal('cchc-receipt'),
    version: z.literal(1),
    issuer: z.object({ code: z.string().max(20), name: z.string().max(200) }).strict(),
    unit: z.object({ code: unitCodeSchema, name: z.string().max(200) }).strict(),
    period: z.string().max(20).refine(isPeriodCode),
    revision: z.number().int().min(0).nullable(),
    fileName: z.string().max(255),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    receivedAt: z.iso.datetime(),
    verdict: z.enum(['accepted', 'warnings', 'refused']),
    status: statusSchema,
    problems: z
      .array(z.object({ level: z.enum(['error', 'warning']), message: z.string().max(2000) }).strict())
      .max(200),
  })
  .strict();
export type Receipt = z.infer<typeof receiptSchema>;

/** "chấp nhận", or "chấp nhận, có cảnh báo (đã có bản mới hơn thay thế)". */
export function verdictText(r: Receipt): string {
  const status = M.status[r.status];
  return status ? `${M.verdict[r.verdict]} (${status})` : M.verdict[r.verdict];
}

/** The receipt as labelled lines: the workbook's rows and the email text. */
export function receiptRows(r: Receipt): [label: string, value: string][] {
  const L = M.labels;
  return [
    [L.issuer, r.issuer.name],
    [L.unit, `${r.unit.name} (${r.unit.code})`],
    [L.period, periodName(r.period)],
    [L.revision, M.revisionName(r.revision)],
    [L.fileName, r.fileName],
    [L.sha256, r.sha256],
    [L.receivedAt, formatDateTime(r.receivedAt)],
    [L.verdict, verdictText(r)],
  ];
}

export const problemLines = (r: Receipt): string[] =>
  r.problems.length ? r.problems.map((p) => M.problem(p.level === 'error', p.message)) : [M.noProblems];

/** Plain text to paste into an email. */
export function receiptText(r: Receipt): string {
  return [
    M.title,
    ...receiptRows(r).map(([label, value]) => `${label}: ${value}`),
    `${M.labels.problems}:`,
    ...problemLines(r),
  ].join('\n');
}

/**
 * What the commune sees for a receipt, given its own latest revision of that report (null when it
 * has none): the line, the problems, and whether its report has moved on since.
 */
export function receiptStatus(
  r: Receipt,
  localRevision: number | null,
): { line: string; problems: string[]; note: string; newer: boolean; accepted: boolean } {
  const newer = localRevision !== null && r.revision !== null && localRevision > r.revision;
  const note =
    localRevision === null
      ? M.otherUnit(`${r.unit.name} (${r.unit.code})`, periodName(r.period))
      : newer
        ? M.newer(localRevision, r.revision)
        : M.sameAsLocal;
  return {
    line: M.line(r.issuer.name, r.revision, r.receivedAt, verdictText(r)),
    problems: r.problems.map((p) => M.problem(p.level === 'error', p.message)),
    note,
    newer,
    accepted: r.verdict !== 'refused',
  };
}
