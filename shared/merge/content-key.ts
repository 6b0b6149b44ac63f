import { canonicalJson, canonicalReportData } from '../domain/canonical';
import type { ReportData } from '../domain/report';

/**
 * A key that is equal for two reports meaning the same thing: canonical data (NFC, trimmed, no
 * empty entries) without the models' row ids, which a hand-filled or re-read workbook may give
 * differently to the same rows.
 */
export function contentKey(data: ReportData): string {
  const canonical = canonicalReportData(data);
  return canonicalJson({ ...canonical, models: canonical.models.map((m) => m.values) });
}
