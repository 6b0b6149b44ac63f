/**
 * Real unit workbooks for the district tests, written by the app's own writer from the seed-shaped
 * reports, and an in-process checker (the reader without the worker pool) for fast tests.
 */
import type { ReportData } from '../../../shared/domain/report';
import { DEFAULT_UNITS, type Unit } from '../../../shared/domain/units';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { unitWorkbookFileName } from '../../../shared/workbook/layout';
import type { WorkbookChecker } from '../../../electron/services/district';
import { checkWorkbook } from '../../../electron/workbook/unit-reader';
import { writeUnitWorkbook } from '../../../electron/workbook/unit-writer';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';

export const inProcessChecker: WorkbookChecker = {
  check: (bytes, fileName, options) => checkWorkbook(bytes, fileName, options),
  close: () => {},
};

export async function unitWorkbook(
  unit: Unit,
  data: ReportData | null,
  revision: number,
  period = SEED_PERIOD,
  exportedAt = new Date('2023-12-15T02:00:00Z'),
): Promise<{ fileName: string; bytes: Buffer }> {
  const bytes = await writeUnitWorkbook({
    template: CURRENT_TEMPLATE,
    unit,
    period,
    data,
    revision,
    reportId: 1,
    exportedAt,
    appVersion: '0.1.0',
  });
  return {
    fileName: unitWorkbookFileName({ period, unitCode: unit.code, unitName: unit.name, revision }),
    bytes,
  };
}

/** The ten seed-shaped workbooks (revision 1). */
export async function seedWorkbooks(): Promise<{ fileName: string; bytes: Buffer }[]> {
  return Promise.all(seedShapedReports().map((r) => unitWorkbook(r.unit, r.data, 1)));
}

export const unitOf = (code: string): Unit => DEFAULT_UNITS.find((u) => u.code === code)!;
