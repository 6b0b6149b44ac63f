/**
 * Two files of one unit with the same revision and other figures (findings 5 and 6): what the
 * files say orders them when it can (the later app export counts, whichever arrived first); when
 * nothing does, the one received last is used, never called the newest, with a warning naming
 * both files on the unit (import result, completeness, "Tình hình nộp"); importing a kept file
 * again makes it the one used. Real workbooks, a real SQLite file.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportData } from '../../../shared/domain/report';
import { DEFAULT_UNITS, type Unit } from '../../../shared/domain/units';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { CODE_HEADER, VALUE_HEADER } from '../../../shared/workbook/layout';
import { getCompleteness, getHistory, importReceivedFiles } from '../../../electron/services/district';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import { writeUnitWorkbook } from '../../../electron/workbook/unit-writer';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker } from './workbooks';

const UNDECIDED = 'same-revision-undecided';
const th01 = seedShapedReports()[1]!;

type File = { fileName: string; bytes: Buffer };

/** An app export of `data` at `exportedAt` (revision 1 unless said). */
async function exported(fileName: string, data: ReportData, exportedAt: string, revision = 1): Promise<File> {
  const bytes = await writeUnitWorkbook({
    template: CURRENT_TEMPLATE,
    unit: th01.unit,
    period: SEED_PERIOD,
    data,
    revision,
    reportId: 1,
    exportedAt: new Date(exportedAt),
    appVersion: '0.1.0',
  });
  return { fileName, bytes };
}

/** A workbook with figures typed over by code, in Excel, as a clerk without the app does. */
async function typedOver(file: File, fileName: string, figures: Record<string, number>): Promise<File> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(file.bytes).buffer);
  for (const ws of wb.worksheets) {
    let codeCol = 0;
    let valueCol = 0;
    ws.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === CODE_HEADER) codeCol = col;
        if (cell.value === VALUE_HEADER) valueCol = col;
      });
      const code = codeCol ? String(row.getCell(codeCol).value ?? '') : '';
      if (code in figures) row.getCell(valueCol).value = figures[code]!;
    });
  }
  return { fileName, bytes: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}

/** A blank template (revision 0) filled in by hand with the seed's counts, D01 as given. */
async function handFilled(fileName: string, d01: number): Promise<File> {
  const blank = await writeUnitWorkbook({
    template: CURRENT_TEMPLATE,
    unit: th01.unit as Unit,
    period: SEED_PERIOD,
    data: null,
    revision: 0,
    exportedAt: new Date('2023-12-01T02:00:00Z'),
    appVersion: '0.1.0',
  });
  const counts = Object.fromEntries(
    Object.entries(th01.data.counts).filter((e): e is [string, number] => e[1] !== null),
  );
  return typedOver({ fileName, bytes: blank }, fileName, { ...counts, D01: d01 });
}

let scratch: ReturnType<typeof openScratchDistrict>;
beforeEach(() => {
  scratch = openScratchDistrict({ units: DEFAULT_UNITS, checker: inProcessChecker });
});
afterEach(() => scratch.close());

const receive = async (...files: File[]) =>
  importReceivedFiles(scratch.ctx, files, { expectedPeriod: SEED_PERIOD, backup: false });
const row = () => getCompleteness(scratch.ctx, SEED_PERIOD).rows.find((r) => r.unit.code === 'TH01')!;
const changed = (d01: number): ReportData => ({
  ...th01.data,
  counts: { ...th01.data.counts, D01: d01 },
});

describe('two files of one unit with the same revision', () => {
  it('two app exports: the later export counts, in whichever order they arrive, and no warning', async () => {
    const early = await exported('xuat-sang.xlsx', changed(11), '2023-12-15T01:00:00Z');
    const late = await exported('xuat-chieu.xlsx', changed(22), '2023-12-15T08:00:00Z');
    for (const order of [
      [early, late],
      [late, early],
    ]) {
      await scratch.close();
      scratch = openScratchDistrict({ units: DEFAULT_UNITS, checker: inProcessChecker });
      const results = [...(await receive(order[0]!)), ...(await receive(order[1]!))];
      expect(row().current!.fileName).toBe('xuat-chieu.xlsx');
      expect(row().current!.problems.map((p) => p.kind)).not.toContain(UNDECIDED);
      // The earlier export imported again: nothing changes, and the message says why and what to do.
      const [again] = await receive(early);
      expect(again!.outcome).toBe('identical');
      expect(again!.message).toContain(
        'là tệp "xuat-chieu.xlsx" (lần 1), cùng bản nhưng được xuất sau tệp này',
      );
      expect(again!.message).toContain('đề nghị đơn vị xuất lại báo cáo từ phần mềm');
      expect(row().current!.fileName).toBe('xuat-chieu.xlsx');
      const second = results[1]!;
      if (order[1] === late) {
        expect(second.outcome).toBe('replaced');
        expect(second.message).toContain('thay cho tệp "xuat-sang.xlsx" cùng bản nhưng xuất trước');
      } else {
        expect(second.outcome).toBe('older');
        expect(second.message).toContain('cùng bản với tệp "xuat-chieu.xlsx" đã nhận nhưng xuất trước');
      }
    }
  });

  it('two hand-filled files (revision 0): the one received last is used, with a warning naming both', async () => {
    const a = await handFilled('xa-gui-lan-dau.xlsx', 100);
    const b = await handFilled('xa-gui-lai.xlsx', 555);
    const results = await receive(a, b);
    expect(results.map((r) => r.outcome)).toEqual(['current', 'replaced']);
    const used = results[1]!;
    expect(used.verdict).toBe('warnings');
    expect(used.message).toContain('được dùng thay cho tệp "xa-gui-lan-dau.xlsx" cùng bản');
    const warning = used.problems.find((p) => p.kind === UNDECIDED)!;
    expect(warning.message).toContain(
      'tệp "xa-gui-lai.xlsx" và tệp "xa-gui-lan-dau.xlsx" cùng là bản điền tay',
    );
    expect(warning.message).toContain(
      'D01: 555 trong tệp "xa-gui-lai.xlsx", 100 trong tệp "xa-gui-lan-dau.xlsx"',
    );
    expect(warning.message).toContain('chỉ vì tệp này được nhận sau');
    expect(warning.message).toContain('nhập lại tệp đó để dùng tệp đó');
    for (const text of [used.message, ...used.problems.map((p) => p.message)]) {
      expect(text).not.toContain('mới nhất');
    }
    // The district screen's row says it too, and the unit shows "có cảnh báo".
    expect(row()).toMatchObject({ status: 'warnings' });
    // First of its notes: the screen shows a unit's first three.
    expect(row().current!.problems[0]!.message).toBe(warning.message);
  });

  it('an export corrected by hand keeps its export time: nothing orders it, so a warning either way', async () => {
    const original = await exported('bao-cao.xlsx', th01.data, '2023-12-15T01:00:00Z');
    const corrected = await typedOver(original, 'bao-cao-sua-tay.xlsx', { D01: 77 });
    for (const order of [
      [original, corrected],
      [corrected, original],
    ]) {
      await scratch.close();
      scratch = openScratchDistrict({ units: DEFAULT_UNITS, checker: inProcessChecker });
      await receive(order[0]!, order[1]!);
      const current = row().current!;
      expect(current.fileName).toBe(order[1]!.fileName);
      const warning = current.problems.find((p) => p.kind === UNDECIDED)!.message;
      expect(warning).toContain(`tệp "${order[0]!.fileName}"`);
      expect(warning).toContain(`Đang dùng tệp "${order[1]!.fileName}"`);
    }
  });

  it('importing a kept file again makes it the one used, and says so; again once more changes nothing', async () => {
    // Finding 5: corrected (D01 111), then first (100), then corrected again on purpose.
    const corrected = await handFilled('th01-corrected.xlsx', 111);
    const first = await handFilled('th01-first.xlsx', 100);
    await receive(corrected);
    await receive(first);
    expect(row().current!.fileName).toBe('th01-first.xlsx');
    const [again] = await receive(corrected);
    expect(again).toMatchObject({ outcome: 'replaced', verdict: 'warnings' });
    expect(again!.message).toContain('tệp được dùng lại làm báo cáo của');
    expect(again!.message).toContain('thay cho tệp "th01-first.xlsx"');
    expect(row().current!.fileName).toBe('th01-corrected.xlsx');
    const warning = row().current!.problems.filter((p) => p.kind === UNDECIDED);
    expect(warning).toHaveLength(1); // the warning of its first receipt is not kept beside the new one
    expect(warning[0]!.message).toContain('Đang dùng tệp "th01-corrected.xlsx"');
    // The history lists it as a new receipt: last, current.
    const history = getHistory(scratch.ctx, 'TH01', SEED_PERIOD);
    expect(history.map((h) => [h.fileName, h.status])).toEqual([
      ['th01-first.xlsx', 'superseded'],
      ['th01-corrected.xlsx', 'current'],
    ]);
    const [once] = await receive(corrected);
    expect(once).toMatchObject({ outcome: 'identical' });
    expect(once!.message).toContain('đang được dùng cho tổng hợp. Không có gì thay đổi');
    expect(once!.problems.map((p) => p.kind)).toContain(UNDECIDED); // still undecided: still said
  });

  it('importing an older revision again changes nothing, and names the file used and why', async () => {
    const r1 = await exported('lan-1.xlsx', changed(1), '2023-12-10T01:00:00Z', 1);
    const r2 = await exported('lan-2.xlsx', changed(2), '2023-12-11T01:00:00Z', 2);
    await receive(r1, r2);
    const [again] = await receive(r1);
    expect(again!.outcome).toBe('identical');
    expect(again!.message).toContain('báo cáo đang dùng của');
    expect(again!.message).toContain('là tệp "lan-2.xlsx" (lần 2), là bản mới hơn tệp này');
    expect(row().current!.fileName).toBe('lan-2.xlsx');
  });
});
