import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { createServiceContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/api/dispatch';
import type { ServiceContext } from '../../../electron/services/context';
import { DATABASE_FILE_NAME, openDatabase } from '../../../electron/store/database';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { markExported } from '../../../electron/store/reports';
import { reportFingerprint } from '../../../shared/domain/canonical';
import { saveOverStored } from '../fixtures/save-report';

let dataDir: string;
let ctx: ServiceContext | undefined;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-store-'));
});
afterEach(() => {
  ctx?.db.close();
  ctx = undefined;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function open(): ServiceContext {
  ctx?.db.close();
  ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', appVersion: '1.0.0-test' });
  return ctx;
}

async function ok<T = unknown>(name: string, args: unknown): Promise<T> {
  const reply = await dispatch(ctx!, name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

const key = { unitCode: 'TH03', period: '2023' };
const withCounts = (counts: Record<string, number>): ReportData => ({ ...emptyReportData(), counts });

/** Saves as a form that has just opened the report would (on the stored fingerprint). */
async function save<T = unknown>(data: ReportData): Promise<T> {
  const reply = await saveOverStored(ctx!, key, data);
  if (!reply.ok) throw new Error(`report.save: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}
const EMPTY_BASE = reportFingerprint(emptyReportData());

describe('the local store on a real SQLite file', () => {
  it('creates the database in WAL mode with every migration applied and the default units', async () => {
    open();
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(true);
    expect(ctx!.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ctx!.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(ctx!.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const units = await ok<{ name: string }[]>('units.list', {});
    expect(units.map((u) => u.name)).toContain('xã Thông Bình');
    expect(units).toHaveLength(10);
  });

  it('keeps a saved report across a reopen, Vietnamese text and models included', async () => {
    open();
    const name = 'Mô hình “Ngày thứ Sáu không hẹn” – "thanh toán" trực tuyến';
    const data: ReportData = {
      counts: { A03: 15121, A05: 9257 },
      texts: { E01: 'Tỷ lệ hồ sơ thanh toán trực tuyến chưa đạt.' },
      models: [{ id: 'm1', values: { B01: name.normalize('NFD'), B02: 'Mô hình' } }],
      preparer: {
        name: 'Nguyễn Thị Ánh',
        position: 'Công chức Văn phòng - Thống kê',
        phone: '0277 3 123 456',
        preparedOn: '',
      },
    };
    await ok('settings.save', { unitCode: 'TH03', isMergingOffice: false });
    await save(data);
    open();
    const report = await ok<{ data: ReportData; revision: number }>('report.open', key);
    expect(report.data.counts).toEqual({ A03: 15121, A05: 9257 });
    expect(report.data.models[0]!.values.B01).toBe(name.normalize('NFC'));
    expect(report.data.preparer.name).toBe('Nguyễn Thị Ánh');
    expect(report.revision).toBe(1);
    expect(await ok('settings.get', {})).toMatchObject({ unitCode: 'TH03', isMergingOffice: false });
  });

  it('refuses the second of two saves typed on the same figures: neither erases what it has not seen', async () => {
    open();
    const replies = await Promise.all([
      dispatch(ctx!, 'report.save', { ...key, data: withCounts({ A03: 1 }), base: EMPTY_BASE }),
      dispatch(ctx!, 'report.save', { ...key, data: withCounts({ A03: 12 }), base: EMPTY_BASE }),
    ]);
    expect(replies[0]).toMatchObject({ ok: true });
    expect(replies[1]).toMatchObject({ ok: false, error: { code: 'report-stale' } });
    expect(!replies[1].ok && replies[1].error.message).toMatch(/cửa sổ hoặc thẻ khác.*chọn giá trị/su);
    open();
    expect((await ok<{ data: ReportData }>('report.open', key)).data.counts.A03).toBe(1);
  });

  it('saves on the fingerprint of what it saved last, and refuses a base from before another save', async () => {
    open();
    const first = await ok<{ fingerprint: string }>('report.save', {
      ...key,
      data: withCounts({ A03: 1 }),
      base: EMPTY_BASE,
    });
    const opened = await ok<{ fingerprint: string }>('report.open', key);
    expect(opened.fingerprint).toBe(first.fingerprint);
    // Tab A goes on from its own save; tab B still holds the empty report it opened.
    await ok('report.save', { ...key, data: withCounts({ A03: 1, A04: 5 }), base: first.fingerprint });
    const stale = await dispatch(ctx!, 'report.save', {
      ...key,
      data: withCounts({ A05: 7 }),
      base: EMPTY_BASE,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'report-stale' } });
    const again = await dispatch(ctx!, 'report.save', {
      ...key,
      data: withCounts({ A03: 9 }),
      base: first.fingerprint,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'report-stale' } });
    expect((await ok<{ data: ReportData }>('report.open', key)).data.counts).toEqual({ A03: 1, A04: 5 });
    // Saving exactly what is stored loses nothing, whatever the base.
    expect(
      await ok<{ changed: boolean }>('report.save', {
        ...key,
        data: withCounts({ A03: 1, A04: 5 }),
        base: EMPTY_BASE,
      }),
    ).toMatchObject({ changed: false });
  });

  it('refuses a save without a base, or with an empty one', async () => {
    open();
    for (const args of [
      { ...key, data: withCounts({ A03: 1 }) },
      { ...key, data: withCounts({ A03: 1 }), base: '' },
    ]) {
      expect(await dispatch(ctx!, 'report.save', args)).toMatchObject({
        ok: false,
        error: { code: 'bad-arguments' },
      });
    }
  });

  it('raises the revision when exported data changes, and only then', async () => {
    open();
    await save(withCounts({ A03: 1 }));
    await save(withCounts({ A03: 2 }));
    const first = await ok<{ id: number; revision: number }>('report.open', key);
    expect(first.revision).toBe(1);
    markExported(ctx!.db, first.id);
    expect((await save<{ changed: boolean; revision: number }>(withCounts({ A03: 2 }))).changed).toBe(false);
    expect((await save<{ revision: number }>(withCounts({ A03: 3 }))).revision).toBe(2);
    expect((await save<{ revision: number }>(withCounts({ A03: 4 }))).revision).toBe(2);
  });

  it('skips fsync only for a throwaway database (the command line scratch district)', async () => {
    const { openScratchDistrict } = await import('../../../electron/services/scratch-district');
    const scratch = openScratchDistrict({ units: [] });
    try {
      expect(scratch.ctx.db.pragma('synchronous', { simple: true })).toBe(0); // OFF
    } finally {
      await scratch.close();
    }
    const db = openDatabase(path.join(dataDir, 'other.sqlite'));
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('migrates an empty file', () => {
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    fs.writeFileSync(file, '');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database from a newer app and leaves it untouched', () => {
    const file = path.join(dataDir, DATABASE_FILE_NAME);
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x INTEGER)');
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    newer.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn.*cài phiên bản mới nhất/su);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a report for a unit that is not in the list, in Vietnamese', async () => {
    open();
    const reply = await dispatch(ctx!, 'report.save', {
      unitCode: 'XX99',
      period: '2023',
      data: emptyReportData(),
      base: EMPTY_BASE,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-unit' } });
    expect(!reply.ok && reply.error.message).toContain('XX99');
  });

  it('adds, renames and deactivates units, never deleting one', async () => {
    open();
    await ok('units.add', { code: 'TH10', name: 'xã Mới'.normalize('NFD'), level: 'xa' });
    await ok('units.rename', { code: 'TH10', name: 'xã Tân Hồng Mới' });
    await ok('units.setActive', { code: 'TH10', active: false });
    const active = await ok<{ code: string }[]>('units.list', {});
    const all = await ok<{ code: string; name: string; active: boolean }[]>('units.list', {
      includeInactive: true,
    });
    expect(active.map((u) => u.code)).not.toContain('TH10');
    expect(all.find((u) => u.code === 'TH10')).toEqual({
      code: 'TH10',
      name: 'xã Tân Hồng Mới',
      level: 'xa',
      active: false,
    });
    expect((await dispatch(ctx!, 'units.add', { code: 'TH10', name: 'trùng', level: 'xa' })).ok).toBe(false);
    const imported = await ok('units.import', {
      units: [
        { code: 'TH10', name: 'xã Tân Hồng Mới', level: 'xa' },
        { code: 'P01', name: 'phường 1', level: 'xa' },
      ],
    });
    expect(imported).toEqual({ added: 1, updated: 1 });
  });
});
