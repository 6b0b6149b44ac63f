import { mergedWorkbookText as T } from '../../../shared/i18n/vi/district';
import type { WorkbookBuilder } from '../sheet-writer';
import type { MergedContext } from './context';

/** The metadata sheet, very hidden: what was merged, from which files. */
export function writeMetaSheet(wb: WorkbookBuilder, ctx: MergedContext): void {
  const ws = wb.addSheet(T.sheets.meta);
  ws.state = 'veryHidden';
  const rows: [string, string | number][] = [
    ['kind', 'merged'],
    ['templateId', ctx.template.id],
    ['templateVersion', ctx.template.version],
    ['period', ctx.merged.period],
    ['generatedAt', ctx.generatedAt.toISOString()],
    ['appVersion', ctx.appVersion],
    ['unitsMerged', ctx.unitCount],
    ['unitsExpected', ctx.completeness.counts.expected],
    ...ctx.sources.map((s): [string, string] => [
      `source:${s.unitCode}`,
      `${s.revision ?? ''}|${s.sha256}|${s.fileName}`,
    ]),
  ];
  rows.forEach((row, i) => ws.setRow(i + 1, row));
}
