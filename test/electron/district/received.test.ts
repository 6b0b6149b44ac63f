import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportData } from '../../../shared/domain/report';
import { computeCompleteness } from '../../../shared/merge/completeness';
import type { CheckedWorkbook } from '../../../shared/workbook/import-types';
import { openDatabase, type Db } from '../../../electron/store/database';
import {
  listCurrentFiles,
  listReceivedForPeriod,
  listReceivedOf,
  recordReceivedFile,
  countReceivedFiles,
  getReceivedBytes,
} from '../../../electron/store/received';
import { seedDefaultUnits } from '../../../electron/services/units';
import { listUnits } from '../../../electron/store/units';
import { seedShapedReports } from '../../shared/merge/seed-reports';

const reports = seedShapedReports();

function workbook(
  unitCode: string,
  revision: number,
  data: ReportData,
  extra: Partial<CheckedWorkbook> = {},
  salt = '',
): { checked: CheckedWorkbook; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(`${unitCode}|${revision}|${JSON.stringify(data)}|${salt}`);
  return {
    bytes,
    checked: {
      fileName: `CCHC_2023_${unitCode}_r${revision}.xlsx`,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      verdict: 'accepted',
      problems: [],
      identity: {
        templateId: 'cchc',
        templateVersion: 1,
        unitCode,
        unitName: unitCode,
        period: '2023',
        revision,
        origin: revision === 0 ? 'blank' : 'app',
      },
      data,
      ...extra,
    },
  };
}

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
  seedDefaultUnits(db);
});
afterEach(() => db.close());

const record = (w: ReturnType<typeof workbook>, at = '2024-01-01T00:00:00.000Z') =>
  recordReceivedFile(db, w.checked, w.bytes, at);

describe('district store of received files', () => {
  const th01 = reports[1]!.data;
  const changed: ReportData = { ...th01, counts: { ...th01.counts, D01: 99 } };

  it('keeps the bytes and the verdict of the first file, which becomes current', () => {
    const w = workbook('TH01', 1, th01);
    expect(record(w).outcome).toBe('current');
    const [current] = listCurrentFiles(db, '2023');
    expect(current).toMatchObject({ unitCode: 'TH01', revision: 1, status: 'current', verdict: 'accepted' });
    expect(current!.data).toEqual(th01);
    expect(Buffer.from(getReceivedBytes(db, current!.id)!).equals(Buffer.from(w.bytes))).toBe(true);
  });

  it('importing identical bytes again changes nothing and says so', () => {
    const w = workbook('TH01', 1, th01);
    const first = record(w);
    const again = record(w, '2024-02-01T00:00:00.000Z');
    expect(again).toEqual({ outcome: 'identical', id: first.id, because: 'current' });
    expect(countReceivedFiles(db)).toBe(1);
  });

  it('r2 supersedes r1; r1 is kept and shown as superseded', () => {
    const r1 = record(workbook('TH01', 1, th01));
    const r2 = record(workbook('TH01', 2, changed));
    expect(r2.outcome).toBe('replaced');
    expect(r2.other).toMatchObject({ id: r1.id, revision: 1 });
    const history = listReceivedOf(db, 'TH01', '2023');
    expect(history.map((h) => [h.revision, h.status, h.relatedId])).toEqual([
      [1, 'superseded', r2.id],
      [2, 'current', null],
    ]);
    expect(listCurrentFiles(db, '2023')[0]!.data!.counts.D01).toBe(99);
  });

  it('r1 arriving after r2 does not replace it: kept as older, and said', () => {
    record(workbook('TH01', 2, changed));
    const late = record(workbook('TH01', 1, th01));
    expect(late.outcome).toBe('older');
    expect(late.other!.revision).toBe(2);
    expect(listCurrentFiles(db, '2023').map((f) => f.revision)).toEqual([2]);
    expect(listReceivedOf(db, 'TH01', '2023').map((h) => h.status)).toEqual(['current', 'older']);
  });

  it('a hand-filled file (revision 0) counts as received and any app revision supersedes it', () => {
    expect(record(workbook('TH02', 0, reports[2]!.data)).outcome).toBe('current');
    expect(record(workbook('TH02', 1, reports[2]!.data)).outcome).toBe('replaced');
    expect(record(workbook('TH02', 0, reports[2]!.data, {}, 'later hand copy')).outcome).toBe('older');
  });

  it('two hand-filled files: the one received last is used, with a warning naming both (not "mới nhất")', () => {
    record(workbook('TH03', 0, reports[3]!.data));
    const second = record(workbook('TH03', 0, { ...reports[3]!.data, texts: { E01: 'Sửa tay' } }));
    expect(second).toMatchObject({ outcome: 'replaced', by: 'arrival' });
    const [current] = listCurrentFiles(db, '2023');
    expect(current!.data!.texts.E01).toBe('Sửa tay');
    expect(current!.verdict).toBe('warnings');
    const warning = current!.problems.find((p) => p.kind === 'same-revision-undecided')!;
    expect(warning.message).toContain('CCHC_2023_TH03_r0.xlsx');
    expect(warning.message).toContain('nội dung khác nhau');
    expect(warning.message).not.toContain('mới nhất)');
  });

  it('the same revision and content in other bytes (re-saved by Excel) is a duplicate, nothing changes', () => {
    const first = record(workbook('TH04', 1, reports[4]!.data));
    const resaved = record(workbook('TH04', 1, structuredClone(reports[4]!.data), {}, 're-saved'));
    expect(resaved.outcome).toBe('same-content');
    expect(listCurrentFiles(db, '2023').map((f) => f.id)).toEqual([first.id]);
    expect(listReceivedOf(db, 'TH04', '2023')[1]).toMatchObject({ status: 'duplicate', relatedId: first.id });
  });

  it('a refused file is kept with its problems and never touches the current file', () => {
    const ok = record(workbook('TH05', 1, reports[5]!.data));
    const bad = workbook('TH05', 2, reports[5]!.data, {
      verdict: 'refused',
      problems: [
        {
          level: 'error',
          kind: 'rule:A07-balance',
          message: 'A07 phải bằng…',
          sheet: 'A',
          cell: 'E10',
          indicator: 'A07',
        },
      ],
    });
    expect(record(bad).outcome).toBe('refused');
    expect(listCurrentFiles(db, '2023').map((f) => f.id)).toEqual([ok.id]);
    const stored = listReceivedOf(db, 'TH05', '2023')[1]!;
    expect(stored.status).toBe('refused');
    expect(stored.problems[0]!.cell).toBe('E10');
  });

  it('completeness: received, with warnings, refused, missing; unreadable files listed apart', () => {
    record(workbook('TH00', 1, reports[0]!.data));
    record(
      workbook('TH01', 1, th01, {
        verdict: 'warnings',
        problems: [{ level: 'warning', kind: 'checksum', message: 'Sửa ngoài phần mềm' }],
      }),
    );
    record(
      workbook('TH02', 1, reports[2]!.data, {
        verdict: 'refused',
        problems: [{ level: 'error', kind: 'x', message: 'Sai' }],
      }),
    );
    const junk = new TextEncoder().encode('not a workbook');
    recordReceivedFile(
      db,
      {
        fileName: 'anh.pdf',
        sha256: crypto.createHash('sha256').update(junk).digest('hex'),
        size: junk.length,
        verdict: 'refused',
        problems: [{ level: 'error', kind: 'not-xlsx', message: 'Không phải tệp Excel' }],
      },
      junk,
      '2024-01-01T00:00:00.000Z',
    );
    const c = computeCompleteness('2023', listUnits(db), listReceivedForPeriod(db, '2023'));
    expect(c.counts).toEqual({
      expected: 10,
      received: 1,
      warnings: 1,
      refused: 1,
      missing: 7,
      refusedFiles: 2,
    });
    expect(c.rows.find((r) => r.unit.code === 'TH02')!.refused[0]!.problems[0]!.message).toBe('Sai');
    expect(c.unattributed.map((f) => f.fileName)).toEqual(['anh.pdf']);
    expect(computeCompleteness('2024', listUnits(db), listReceivedForPeriod(db, '2024')).counts.missing).toBe(
      10,
    );
  });

  it('the same bytes once refused are checked again: accepted now, they become current', () => {
    const w = workbook('TH06', 1, reports[6]!.data);
    const refusedBefore = {
      ...w.checked,
      verdict: 'refused' as const,
      problems: [{ level: 'error' as const, kind: 'period-mismatch', message: 'Không đúng kỳ' }],
    };
    const first = recordReceivedFile(db, refusedBefore, w.bytes, '2024-01-01T00:00:00.000Z', '2024');
    expect(first.outcome).toBe('refused');
    // The district now has 2023 on screen: the same file is accepted this time.
    const again = recordReceivedFile(db, w.checked, w.bytes, '2024-01-02T00:00:00.000Z', '2023');
    expect(again).toEqual({ outcome: 'current', id: first.id });
    expect(countReceivedFiles(db)).toBe(1);
    expect(listCurrentFiles(db, '2023').map((f) => f.unitCode)).toEqual(['TH06']);
    const c = computeCompleteness('2023', listUnits(db), listReceivedForPeriod(db, '2023'));
    expect(c.rows.find((r) => r.unit.code === 'TH06')).toMatchObject({ status: 'received', refused: [] });
    expect(c.counts).toMatchObject({ received: 1, refused: 0, refusedFiles: 0 });
    // Accepted bytes again: now it is "identical".
    expect(recordReceivedFile(db, w.checked, w.bytes, '2024-01-03T00:00:00.000Z', '2023').outcome).toBe(
      'identical',
    );
  });

  it('the same bytes refused twice are recorded again (with the new problems), not "identical"', () => {
    const w = workbook('TH07', 1, reports[7]!.data, {
      verdict: 'refused',
      problems: [{ level: 'error', kind: 'unit-unknown', message: 'Đơn vị lạ' }],
    });
    const first = record(w);
    const second = recordReceivedFile(
      db,
      { ...w.checked, problems: [{ level: 'error', kind: 'rule:x', message: 'Sai quy tắc' }] },
      w.bytes,
      '2024-01-02T00:00:00.000Z',
    );
    expect(second).toEqual({ outcome: 'refused', id: first.id });
    expect(listReceivedOf(db, 'TH07', '2023')[0]!.problems[0]!.message).toBe('Sai quy tắc');
  });

  it('a file refused for another period is listed under the period it was checked against', () => {
    const w = workbook('TH08', 1, reports[8]!.data, {
      verdict: 'refused',
      problems: [{ level: 'error', kind: 'period-mismatch', message: 'Tệp là báo cáo Năm 2023' }],
    });
    // The file says 2023; the district had 2024 on screen.
    recordReceivedFile(db, w.checked, w.bytes, '2024-01-01T00:00:00.000Z', '2024');
    const c = computeCompleteness('2024', listUnits(db), listReceivedForPeriod(db, '2024'));
    const row = c.rows.find((r) => r.unit.code === 'TH08')!;
    expect(row.refused.map((f) => f.fileName)).toEqual([w.checked.fileName]);
    // Not a submission for 2024: the unit has still not sent its 2024 report.
    expect(row).toMatchObject({ status: 'missing', current: null, fileCount: 0 });
    expect(c.counts).toMatchObject({ received: 0, refused: 0, missing: 10, refusedFiles: 1 });
    // An unknown unit's file of another period is listed apart, under the period checked against.
    const junk = workbook('XX99', 1, reports[8]!.data, {
      verdict: 'refused',
      problems: [{ level: 'error', kind: 'unit-unknown', message: 'Đơn vị lạ' }],
    });
    recordReceivedFile(db, junk.checked, junk.bytes, '2024-01-01T00:00:00.000Z', '2024');
    const c2 = computeCompleteness('2024', listUnits(db), listReceivedForPeriod(db, '2024'));
    expect(c2.unattributed.map((f) => f.fileName)).toEqual([junk.checked.fileName]);
    expect(c2.counts.refusedFiles).toBe(2);
    // In 2023 (the files' own period) the refused TH08 file counts as the unit's refused submission.
    const c2023 = computeCompleteness('2023', listUnits(db), listReceivedForPeriod(db, '2023'));
    expect(c2023.rows.find((r) => r.unit.code === 'TH08')!.status).toBe('refused');
  });
});
