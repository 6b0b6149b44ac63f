// A stored report and a save's reply as the API gives them, for the form's jsdom tests.
import type { Report } from '../../shared/api/contract';
import { reportFingerprint } from '../../shared/domain/canonical';
import { emptyReportData, type ReportData } from '../../shared/domain/report';

/** TH03's report of 2023 as report.open returns it (revision 1, never exported). */
export function storedReport(data: ReportData = emptyReportData(), fields: Partial<Report> = {}): Report {
  return {
    id: 1,
    unitCode: 'TH03',
    period: '2023',
    templateId: 'cchc',
    templateVersion: 1,
    data,
    fingerprint: reportFingerprint(data),
    revision: 1,
    exportedRevision: null,
    updatedAt: '',
    ...fields,
  };
}

/** What report.save answers when it stores `data` as `revision`. */
export function savedReply(data: ReportData, revision = 1) {
  return { revision, savedAt: new Date().toISOString(), changed: true, fingerprint: reportFingerprint(data) };
}
