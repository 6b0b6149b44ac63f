import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { createServiceContext } from '../../../electron/services/context';
import { createManualBackup, databaseFile } from '../../../electron/services/backups';
import { DAMAGED_DIR_NAME } from '../../../electron/services/recovery';
import type { RecoveryStatus } from '../../../shared/api/recovery-contract';
import { emptyReportData, type ReportData } from '../../../shared/domain/report';
import { saveOverStored } from '../fixtures/save-report';

const dirs: string[] = [];
const hosts: ApiHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.context()?.db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const KEY = { unitCode: 'TH03', period: '2023' };
/** Enough text for the database to span many pages, so a cut or a bad page lands in the data. */
const REPORT: ReportData = {
  ...emptyReportData(),
  counts: { A03: 1684, A05: 1021 },
  texts: { E01: 'Thiếu máy quét ở bộ phận một cửa. '.repeat(2500) },
};

/** A commune PC's data folder: settings, one report, one backup; the app closed cleanly. */
async function dataFolderWithBackup(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-recovery-'));
  dirs.push(dataDir);
  const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
  const saved = [await saveOverStored(ctx, KEY, REPORT)];
  const { dispatch } = await import('../../../electron/api/dispatch');
  saved.push(await dispatch(ctx, 'settings.save', { unitCode: 'TH03', isMergingOffice: false }));
  expect(saved.every((r) => r.ok)).toBe(true);
  await createManualBackup(ctx);
  ctx.db.close();
  return dataDir;
}

function host(dataDir: string): ApiHost {
  const h = openApiHost({
    dataDir,
    mode: 'browser',
    background: false,
    now: () => new Date(2024, 5, 2, 8, 0, 0),
  });
  hosts.push(h);
  return h;
}

async function value<T>(h: ApiHost, name: string, args: unknown = {}): Promise<T> {
  const reply = await h.call(name, args);
  if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
  return reply.value as T;
}

/** The five ways a database file is found at start; each keeps what it finds for comparison. */
const DAMAGE: Record<string, (file: string) => void> = {
  missing: (file) => fs.rmSync(file),
  '0-byte': (file) => fs.truncateSync(file, 0),
  truncated: (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2)),
  'garbage header': (file) => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.from('Đây không phải dữ liệu SQLite!!'.padEnd(100, '#')), 0, 100, 0);
    fs.closeSync(fd);
  },
  'garbage page': (file) => {
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    const page = Math.floor(pages / 2);
    // Seeded bytes (not random): the same damage every run.
    let seed = 20240601;
    for (let i = 0; i < pageSize; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[page * pageSize + i] = seed >>> 24;
    }
    fs.writeFileSync(file, bytes);
  },
};
const PROBLEM: Record<string, RecoveryStatus['problem']> = {
  missing: 'missing',
  '0-byte': 'empty',
  truncated: 'damaged',
  'garbage header': 'damaged',
  'garbage page': 'damaged',
};

describe('a start never replaces a database that holds or held data', () => {
  it.each(Object.keys(DAMAGE))(
    '%s database with a backup: recovery screen, backups with what they hold, restore keeps the damaged file',
    async (kind) => {
      const dataDir = await dataFolderWithBackup();
      const file = databaseFile(dataDir);
      DAMAGE[kind]!(file);
      const damaged = fs.existsSync(file) ? fs.readFileSync(file) : undefined;

      const h = host(dataDir);
      expect(h.context()).toBeUndefined();
      // The file is not touched by the start, and nothing else is answered.
      expect(fs.existsSync(file) ? fs.readFileSync(file).equals(damaged!) : damaged === undefined).toBe(true);
      const blocked = await h.call('report.open', KEY);
      expect(blocked).toMatchObject({ ok: false, error: { code: 'db-recovery' } });
      expect(!blocked.ok && blocked.error.message).toContain('khôi phục');

      const status = await value<RecoveryStatus>(h, 'recovery.status');
      expect(status).toMatchObject({ needed: true, problem: PROBLEM[kind] });
      expect(status.backups).toHaveLength(1);
      expect(status.backups[0]).toMatchObject({
        usable: true,
        units: 10,
        reports: 1,
        receivedFiles: 0,
        unitCode: 'TH03',
        reason: 'manual',
      });
      expect(status.backups[0]!.lastSavedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/u);

      const restored = await value<{ damagedKeptAs: string | null }>(h, 'recovery.restore', {
        fileName: status.backups[0]!.fileName,
        confirm: true,
      });
      if (damaged === undefined) expect(restored.damagedKeptAs).toBeNull();
      else {
        expect(path.dirname(restored.damagedKeptAs!)).toBe(path.join(dataDir, DAMAGED_DIR_NAME));
        expect(fs.readFileSync(restored.damagedKeptAs!).equals(damaged)).toBe(true);
      }
      // The same host now answers every call, with the backup's figures.
      const report = await value<{ data: ReportData }>(h, 'report.open', KEY);
      expect(report.data.counts).toEqual({ A03: 1684, A05: 1021 });
      expect(h.context()).toBeDefined();
    },
  );

  it('a missing database without any backup is a first start, not a recovery', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-recovery-'));
    dirs.push(dataDir);
    const h = host(dataDir);
    expect(h.context()).toBeDefined();
    expect(await value<RecoveryStatus>(h, 'recovery.status')).toMatchObject({ needed: false });
    expect(
      await h.call('recovery.restore', {
        fileName: 'cchc_2024-06-01_10-00-00_thu-cong.sqlite',
        confirm: true,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'recovery-not-needed' },
    });
  });

  it('a damaged database without backups: the screen says so, and starting empty keeps the damaged file', async () => {
    const dataDir = await dataFolderWithBackup();
    fs.rmSync(path.join(dataDir, 'sao-luu'), { recursive: true });
    DAMAGE['garbage header']!(databaseFile(dataDir));
    const damaged = fs.readFileSync(databaseFile(dataDir));
    const h = host(dataDir);
    const status = await value<RecoveryStatus>(h, 'recovery.status');
    expect(status).toMatchObject({ needed: true, problem: 'damaged', backups: [] });
    expect(await h.call('recovery.startEmpty', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-arguments' },
    });
    const { damagedKeptAs } = await value<{ damagedKeptAs: string }>(h, 'recovery.startEmpty', {
      confirm: true,
    });
    expect(fs.readFileSync(damagedKeptAs).equals(damaged)).toBe(true);
    expect(await value(h, 'settings.get')).toBeNull();
  });

  it('starting empty over a 0-byte database while backups exist: the backups stay, the next start is normal', async () => {
    const dataDir = await dataFolderWithBackup();
    DAMAGE['0-byte']!(databaseFile(dataDir));
    const h = host(dataDir);
    const { damagedKeptAs } = await value<{ damagedKeptAs: string }>(h, 'recovery.startEmpty', {
      confirm: true,
    });
    expect(fs.statSync(damagedKeptAs).size).toBe(0);
    expect(await value(h, 'settings.get')).toBeNull();
    expect(fs.readdirSync(path.join(dataDir, 'sao-luu'))).toHaveLength(1);
    h.context()!.db.close();
    const again = host(dataDir);
    expect(again.context()).toBeDefined();
  });

  it('a damaged backup is listed as unusable and refused; the damaged database stays where it is', async () => {
    const dataDir = await dataFolderWithBackup();
    const [backup] = fs.readdirSync(path.join(dataDir, 'sao-luu'));
    DAMAGE['garbage header']!(path.join(dataDir, 'sao-luu', backup!));
    DAMAGE.truncated!(databaseFile(dataDir));
    const damaged = fs.readFileSync(databaseFile(dataDir));
    const h = host(dataDir);
    const status = await value<RecoveryStatus>(h, 'recovery.status');
    expect(status.backups[0]).toMatchObject({ usable: false, units: null, reports: null });
    const reply = await h.call('recovery.restore', { fileName: backup, confirm: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'backup-unreadable' } });
    expect(fs.readFileSync(databaseFile(dataDir)).equals(damaged)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, DAMAGED_DIR_NAME))).toBe(false);
  });
});
