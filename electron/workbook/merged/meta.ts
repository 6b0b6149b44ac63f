import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import { ROLL_UP_CHUNK, ROLL_UP_FORMAT } from '../../../shared/workbook/roll-up';
import { rollUpChecksum } from '../checksum';
import type { WorkbookBuilder } from '../sheet-writer';
import { FLUSH_ROWS, type MergedContext } from './context';

/**
 * The metadata sheet, very hidden: what was merged, from which files, and the identity the next
 * level reads (format, level, office, checksum of the units' reports; see shared/workbook/roll-up.ts),
 * and what else the visible sheets were written from.
 */
export function writeMetaSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const ws = wb.addSheet(T.sheets.meta);
  ws.state = 'veryHidden';
  // One source line per unit, never repeated: in their cells, not in the shared-string table.
  ws.inlineStrings = true;
  // Base64: its notes' texts pass through any office suite unchanged (LibreOffice altered the JSON's
  // escapes); over as many cells as it needs, as no cell holds more than 32.767 characters.
  const chunked = (value: unknown): string[] => {
    const text = Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += ROLL_UP_CHUNK) chunks.push(text.slice(at, at + ROLL_UP_CHUNK));
    return chunks;
  };
  // The previous period's units' figures (what "Kỳ trước" is compared over), without their texts
  // and models, which the visible sheets do not show.
  const previous = ctx.previous
    ? { period: ctx.previous.period, figures: { ...ctx.previous.figures, models: [], texts: [] } }
    : null;
  const rows: (string | number)[][] = [
    ['kind', 'merged'],
    ['format', ROLL_UP_FORMAT],
    ['templateId', ctx.template.id],
    ['templateVersion', ctx.template.version],
    ['period', ctx.merged.period],
    ['level', ctx.level ?? 'huyen'],
    ['officeCode', ctx.office?.code ?? ''],
    ['officeName', ctx.office?.name ?? ''],
    ['generatedAt', ctx.generatedAt.toISOString()],
    ['appVersion', ctx.appVersion],
    ['unitsMerged', ctx.unitCount],
    ['unitsExpected', ctx.completeness.counts.expected],
    ['checksum', rollUpChecksum(ctx.units ?? [])],
    // What the visible sheets were written from besides the units: the next level writes them
    // again from this and names every cell edited by hand (reader/merged-edits.ts).
    ['issuerName', ctx.issuer?.name ?? ''],
    ['previous', ...(previous ? chunked(previous) : [])],
    // "Tình hình nộp" (JSON over as many cells as it needs, like the units' reports).
    ['completeness', ...chunked(ctx.completeness)],
    ...ctx.sources.map((s): [string, string] => [
      `source:${s.unitCode}`,
      `${s.revision ?? ''}|${s.sha256}|${s.fileName}`,
    ]),
  ];
  rows.forEach((row, i) => {
    ws.setRow(i + 1, row);
    if (i % FLUSH_ROWS === FLUSH_ROWS - 1) ws.flush();
  });
}
