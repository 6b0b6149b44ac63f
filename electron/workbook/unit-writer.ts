import ExcelJS from 'exceljs';
import { periodName } from '../../shared/domain/periods';
import type { ReportData } from '../../shared/domain/report';
import { evaluateReport } from '../../shared/rules/evaluate';
import { sectionSheetName } from '../../shared/workbook/layout';
import { reportChecksum } from './checksum';
import { protect, writableData, type Context, type UnitWorkbookInput } from './unit/base';
import { writeCover } from './unit/cover';
import { planAddresses, writeIndicatorSection } from './unit/indicators';
import { planLists, writeListSection, writeLists } from './unit/list';
import { writeMeta } from './unit/meta';

/**
 * Writes a unit's workbook (or a blank template) by iterating the template: adding an indicator
 * to the template adds its row here with no code change. Totals and rates are live formulas with
 * their values cached (computed by the one evaluator), input cells are unlocked and validated,
 * everything else is protected without a password, and a very hidden sheet says what the file is.
 */

export type { UnitWorkbookInput } from './unit/base';
export { reportChecksum };

export async function writeUnitWorkbook(original: UnitWorkbookInput): Promise<Buffer> {
  const input = { ...original, data: original.data ? writableData(original.data) : null };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Báo cáo CCHC ' + input.appVersion;
  wb.title = `${input.template.title} — ${periodName(input.period)}`;
  wb.subject = input.unit.name;
  wb.created = input.exportedAt;
  wb.modified = input.exportedAt;
  const ctx: Context = {
    input,
    wb,
    addresses: planAddresses(input.template, input.data),
    evaluation: evaluateReport(input.template, input.data ?? emptyData(), input.period),
    lists: planLists(input.template),
  };
  const sheetsToProtect: ExcelJS.Worksheet[] = [writeCover(ctx)];
  for (const section of input.template.sections) {
    if (section.kind === 'indicators') writeIndicatorSection(ctx, section);
    else writeListSection(ctx, section);
    sheetsToProtect.push(wb.getWorksheet(sectionSheetName(section))!);
  }
  sheetsToProtect.push(writeLists(ctx));
  sheetsToProtect.push(writeMeta(ctx));
  for (const ws of sheetsToProtect) await protect(ws);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

function emptyData(): ReportData {
  return {
    counts: {},
    texts: {},
    models: [],
    preparer: { name: '', position: '', phone: '', preparedOn: '' },
  };
}
