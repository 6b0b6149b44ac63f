import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';
import {
  closeChecker,
  exportMergedWorkbook,
  getCompleteness,
  getDiff,
  getHistory,
  importBase64Files,
  importReceivedFiles,
  useChecker,
  type WorkbookChecker,
} from '../../../electron/services/district';
import { exportFolder } from '../../../electron/services/export-folder';
import { openScratchDistrict } from '../../../electron/services/scratch-district';
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { dispatch } from '../../../electron/api/dispatch';
import { SEED_PERIOD, seedShapedReports } from '../../shared/merge/seed-reports';
import { inProcessChecker, seedWorkbooks, unitOf, unitWorkbook } from './workbooks';

let dir: string;
let ctx: ServiceContext;
let seeds: { fileName: string; bytes: Buffer }[];
const reports = seedShapedReports();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-district-'));
  ctx = createServiceContext({ sampleUnits: true, dataDir: dir, mode: 'browser', background: false });
  useChecker(ctx, inProcessChecker);
  seeds = await seedWorkbooks();
});
afterAll(async () => {
  await closeChecker(ctx);
  ctx.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cellOf(ws: ExcelJS.Worksheet, code: string, col: number): unknown {
  let value: unknown;
  ws.eachRow((row) => {
    if (row.getCell(1).value === code) {
      const v = row.getCell(col).value as { result?: unknown } | null;
      value = v && typeof v === 'object' && 'result' in v ? v.result : v;
    }
  });
  return value;
}

describe('district: a batch with bad files, completeness, merged workbook', () => {
  it('bad files get their own messages while the valid files in the same batch are received', async () => {
    const wrongRule = structuredClone(reports[2]!.data);
    wrongRule.counts.A04 = wrongRule.counts.A03! + 1;
    const bad = [
      { fileName: 'anh-chup.xlsx', bytes: Buffer.from('\x89PNG random bytes that are not a zip') },
      { fileName: 'so-lieu.csv', bytes: Buffer.from('Mã số;Số liệu\nA01;12\n') },
      await unitWorkbook(unitOf('TH02'), wrongRule, 2),
      await unitWorkbook(
        { code: 'XX99', name: 'xã Không Có', level: 'xa', active: true },
        reports[3]!.data,
        1,
      ),
      await unitWorkbook(unitOf('TH04'), reports[4]!.data, 1, '2024'),
    ];
    bad[2]!.fileName = 'TH02-sai-quy-tac.xlsx';
    const results = await importReceivedFiles(ctx, [...seeds.slice(0, 5), ...bad, ...seeds.slice(5)], {
      expectedPeriod: SEED_PERIOD,
    });
    expect(results).toHaveLength(15);
    const good = results.filter((r) => r.verdict !== 'refused');
    expect(good.map((r) => r.unitCode).sort()).toEqual(reports.map((r) => r.unit.code).sort());
    expect(good.every((r) => r.outcome === 'current')).toBe(true);
    expect(good[0]!.message).toContain('Đã nhận báo cáo');
    const refused = results.filter((r) => r.verdict === 'refused');
    expect(refused.map((r) => r.fileName)).toEqual([
      'anh-chup.xlsx',
      'so-lieu.csv',
      'TH02-sai-quy-tac.xlsx',
      bad[3]!.fileName,
      bad[4]!.fileName,
    ]);
    const messages = refused.map((r) =>
      r.problems
        .filter((p) => p.level === 'error')
        .map((p) => p.message)
        .join(' '),
    );
    expect(new Set(messages).size).toBe(5);
    const rule = refused[2]!.problems.find((p) => p.indicator === 'A04')!;
    expect(rule.cell).toMatch(/^[A-Z]+\d+$/u);
    expect(rule.sheet).toBeTruthy();
    expect(refused.every((r) => r.outcome === 'refused' && r.message.includes('bị từ chối'))).toBe(true);
  });

  it('completeness: all ten received; the refused TH02 r2 is listed with the unit, the unreadable apart', () => {
    const c = getCompleteness(ctx, SEED_PERIOD);
    expect(c.counts).toMatchObject({ expected: 10, received: 10, warnings: 0, refused: 0, missing: 0 });
    const th02 = c.rows.find((r) => r.unit.code === 'TH02')!;
    expect(th02.current!.revision).toBe(1);
    expect(th02.refused).toHaveLength(1);
    expect(c.unattributed.map((f) => f.fileName)).toEqual(
      expect.arrayContaining(['anh-chup.xlsx', 'so-lieu.csv']),
    );
    // The 2024 file of TH04 was refused because 2023 was on screen: it is listed under 2023, with
    // TH04 (whose 2023 report was received), without counting as a 2023 submission…
    const th04 = c.rows.find((r) => r.unit.code === 'TH04')!;
    expect(th04.status).toBe('received');
    expect(th04.refused.map((f) => f.problems.map((p) => p.kind))).toEqual([
      expect.arrayContaining(['period-mismatch']),
    ]);
    expect(c.counts.refusedFiles).toBe(th02.refused.length + th04.refused.length + c.unattributed.length);
    // …and under 2024 too, the file's own period.
    expect(getCompleteness(ctx, '2024').counts).toMatchObject({ refused: 1, missing: 9 });
  });

  it('exports the merged workbook with the seed totals into the data folder', async () => {
    const out = await exportMergedWorkbook(ctx, SEED_PERIOD);
    expect(out.unitsMerged).toBe(10);
    expect(out.savedPath).toBe(path.join(exportFolder(ctx), out.fileName));
    expect(fs.readFileSync(out.savedPath).equals(Buffer.from(out.base64, 'base64'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.base64, 'base64') as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(cellOf(summary, 'A07', 4)).toBe(27_630);
    expect(cellOf(summary, 'A11', 4)).toBe(27_282);
    expect(cellOf(summary, 'R02', 4)).toBe('98,74%');
    expect(cellOf(summary, 'C10', 4)).toBe(97);
    const models: unknown[] = [];
    wb.getWorksheet('Mô hình, sáng kiến')!.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') models.push(row.getCell(4).value);
    });
    expect(models).toEqual(reports.flatMap((r) => r.data.models.map((m) => m.values.B01)));
  });
});

describe('district: re-submission', () => {
  it('r2 supersedes r1, r1 after r2 does not, identical bytes are a no-op; history and diff show it', async () => {
    const changed = structuredClone(reports[5]!.data);
    changed.counts.D01 = 77;
    changed.models.push({ id: 'n', values: { B01: 'Sáng kiến “Một cửa không giấy”', B02: 'Sáng kiến' } });
    const r1 = seeds[5]!;
    const r2 = await unitWorkbook(unitOf('TH05'), changed, 2);
    const [second] = await importReceivedFiles(ctx, [r2]);
    expect(second).toMatchObject({ outcome: 'replaced', revision: 2 });
    expect(second!.message).toContain('thay cho bản lần 1');
    const [late] = await importReceivedFiles(ctx, [
      await unitWorkbook(unitOf('TH05'), { ...reports[5]!.data, texts: {} }, 1),
    ]);
    expect(late!.outcome).toBe('older');
    expect(late!.message).toContain('cũ hơn bản lần 2');
    const [again] = await importBase64Files(ctx, [
      { fileName: 'lai.xlsx', base64: r1.bytes.toString('base64') },
    ]);
    expect(again!.outcome).toBe('identical');
    expect(again!.message).toContain('không có gì thay đổi'.replace('k', 'K'));

    const history = getHistory(ctx, 'TH05', SEED_PERIOD);
    expect(history.map((h) => [h.revision, h.status])).toEqual([
      [1, 'superseded'],
      [2, 'current'],
      [1, 'older'],
    ]);
    const diff = getDiff(ctx, {
      unitCode: 'TH05',
      period: SEED_PERIOD,
      fromId: history[0]!.id,
      toId: history[1]!.id,
    });
    expect(diff.entries).toContainEqual(expect.objectContaining({ code: 'D01', before: '4', after: '77' }));
    expect(diff.entries).toContainEqual(
      expect.objectContaining({ kind: 'model-added', after: 'Sáng kiến “Một cửa không giấy”' }),
    );
    expect(() =>
      getDiff(ctx, { unitCode: 'TH01', period: SEED_PERIOD, fromId: history[0]!.id, toId: history[1]!.id }),
    ).toThrow(/không phải báo cáo/u);
  });
});

describe('district: a file once refused is not stuck refused', () => {
  it('a file refused while another period was on screen is received when sent again for its period', async () => {
    const scratch = openScratchDistrict({ units: DEFAULT_UNITS, checker: inProcessChecker });
    try {
      const file = await unitWorkbook(unitOf('TH06'), reports[6]!.data, 1, '2024');
      const [first] = await importReceivedFiles(scratch.ctx, [file], {
        expectedPeriod: '2023',
        backup: false,
      });
      expect(first!.outcome).toBe('refused');
      // Listed under the period it was sent for, without counting as TH06's 2023 report.
      const in2023 = getCompleteness(scratch.ctx, '2023');
      expect(in2023.rows.find((r) => r.unit.code === 'TH06')).toMatchObject({ status: 'missing' });
      expect(in2023.rows.find((r) => r.unit.code === 'TH06')!.refused).toHaveLength(1);
      // The same bytes, with 2024 on screen now: checked again, received, not "identical".
      const [again] = await importReceivedFiles(scratch.ctx, [file], {
        expectedPeriod: '2024',
        backup: false,
      });
      expect(again).toMatchObject({ outcome: 'current', verdict: 'accepted', id: first!.id });
      const in2024 = getCompleteness(scratch.ctx, '2024');
      expect(in2024.rows.find((r) => r.unit.code === 'TH06')).toMatchObject({
        status: 'received',
        refused: [],
      });
      expect(getCompleteness(scratch.ctx, '2023').counts.refusedFiles).toBe(0);
    } finally {
      await scratch.close();
    }
  });

  it('an unfilled blank template is refused, never counted as received nor merged', async () => {
    const scratch = openScratchDistrict({ units: DEFAULT_UNITS, checker: inProcessChecker });
    try {
      const blank = await unitWorkbook(unitOf('TH07'), null, 0);
      const [result] = await importReceivedFiles(scratch.ctx, [blank], { backup: false });
      expect(result).toMatchObject({ outcome: 'refused', verdict: 'refused' });
      expect(result!.problems.map((p) => p.kind)).toEqual(['no-data']);
      const c = getCompleteness(scratch.ctx, SEED_PERIOD);
      expect(c.rows.find((r) => r.unit.code === 'TH07')).toMatchObject({ status: 'refused', current: null });
      expect(c.counts.received).toBe(0);
    } finally {
      await scratch.close();
    }
  });
});

describe('district API calls', () => {
  it('validates arguments (size limits, base64) before any service runs', async () => {
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ fileName: `f${i}.xlsx`, base64: 'AAAA' }));
    expect((await dispatch(ctx, 'district.import', { files: tooMany })).ok).toBe(false);
    expect(
      (await dispatch(ctx, 'district.import', { files: [{ fileName: 'x.xlsx', base64: 'not base64!' }] })).ok,
    ).toBe(false);
    expect((await dispatch(ctx, 'district.import', { files: [], extra: 1 })).ok).toBe(false);
    expect((await dispatch(ctx, 'district.completeness', { period: '2023-Q5' })).ok).toBe(false);
    const reply = await dispatch(ctx, 'district.completeness', { period: SEED_PERIOD });
    expect(reply.ok).toBe(true);
    const history = await dispatch(ctx, 'district.history', { unitCode: 'TH05', period: SEED_PERIOD });
    expect(history.ok && (history.value as unknown[]).length).toBe(3);
    const missing = await dispatch(ctx, 'district.diff', {
      unitCode: 'TH05',
      period: SEED_PERIOD,
      fromId: 9999,
      toId: 1,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('district with a long unit list (the pool sends it to each worker once)', () => {
  it('checks every file against the whole list, whatever its name says', async () => {
    const many = [
      ...DEFAULT_UNITS,
      ...Array.from({ length: 60 }, (_, i) => ({
        code: `XA${i}`,
        name: `xã Số ${i}`,
        level: 'xa' as const,
        active: true,
      })),
    ];
    const calls: number[] = [];
    const counting: WorkbookChecker = {
      check: (bytes, fileName, options) => {
        calls.push(options.units.length);
        return inProcessChecker.check(bytes, fileName, options);
      },
      close: () => {},
    };
    const district = openScratchDistrict({ units: many, checker: counting });
    try {
      const named = seeds[3]!; // CCHC_2023_TH03_…
      const misnamed = { fileName: 'CCHC_2023_TH07_doi_ten.xlsx', bytes: seeds[4]!.bytes }; // really TH04
      const stranger = await unitWorkbook(
        { code: 'ZZ1', name: 'xã Lạ', level: 'xa', active: true },
        reports[1]!.data,
        1,
      );
      const unnamed = { fileName: 'bao cao.xlsx', bytes: seeds[5]!.bytes };
      const results = await importReceivedFiles(district.ctx, [named, misnamed, stranger, unnamed], {
        backup: false,
      });
      expect(results.map((r) => [r.unitCode, r.verdict])).toEqual([
        ['TH03', 'accepted'],
        ['TH04', 'accepted'],
        ['ZZ1', 'refused'],
        ['TH05', 'accepted'],
      ]);
      expect(results[2]!.problems.map((p) => p.kind)).toContain('unit-unknown');
      // One check per file, each against the whole list (the check pool, not the district, keeps
      // the list from being copied to a worker with every file).
      expect(calls).toEqual([many.length, many.length, many.length, many.length]);
    } finally {
      await district.close();
    }
  });
});
