import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { saveOverStored } from '../fixtures/save-report';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';
import { closeChecker } from '../../../electron/services/district';
import {
  backupBeforeImport,
  databaseFile,
  ensureDailyBackup,
  openAppDatabase,
} from '../../../electron/services/backups';
import { backupDir, listBackups, parseBackupFileName } from '../../../electron/store/backup';
import { backupMessages } from '../../../shared/i18n/vi/trust';
import { emptyReportData } from '../../../shared/domain/report';
import type * as RealMigrations from '../../../electron/store/migrations';

// One extra migration on top of the real ones, so "before every migration" can be exercised
// whatever the number of shipped migrations.
vi.mock('../../../electron/store/migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof RealMigrations>();
  const MIGRATIONS = [...actual.MIGRATIONS, 'CREATE TABLE backup_test_extra (x INTEGER) STRICT;'];
  return { MIGRATIONS, SCHEMA_VERSION: MIGRATIONS.length, REAL_MIGRATIONS: actual.MIGRATIONS };
});

const dirs: string[] = [];
const contexts: ServiceContext[] = [];
afterEach(async () => {
  for (const ctx of contexts.splice(0)) {
    await closeChecker(ctx);
    if (ctx.db.open) ctx.db.close();
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-backup-'));
  dirs.push(dir);
  return dir;
}

/** A context with a controllable clock. */
function context(start = new Date(2024, 5, 1, 9, 0, 0)) {
  let now = start;
  const ctx = createServiceContext({
    sampleUnits: true,
    dataDir: tempDir(),
    mode: 'browser',
    now: () => now,
    background: false,
  });
  contexts.push(ctx);
  return {
    ctx,
    setNow: (d: Date) => (now = d),
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

async function save(ctx: ServiceContext, a01: number, name = 'Nguyễn Văn A') {
  const data = { ...emptyReportData(), counts: { A01: a01 } };
  data.preparer.name = name;
  const reply = await saveOverStored(ctx, { unitCode: 'TH03', period: '2024' }, data);
  expect(reply.ok).toBe(true);
}

async function a01(ctx: ServiceContext): Promise<number | null | undefined> {
  const reply = await dispatch(ctx, 'report.open', { unitCode: 'TH03', period: '2024' });
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as { data: { counts: Record<string, number | null> } }).data.counts.A01;
}

function readA01(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare("SELECT data FROM reports WHERE unit_code = 'TH03'").get() as { data: string };
    return (JSON.parse(row.data) as { counts: { A01: number } }).counts.A01;
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('"Sao lưu ngay" writes a whole, dated copy into sao-luu/ and lists it', async () => {
    const { ctx } = context();
    await save(ctx, 27630);
    const reply = await dispatch(ctx, 'backups.create', {});
    expect(reply.ok).toBe(true);
    const info = (reply as { value: { fileName: string; reason: string; size: number } }).value;
    expect(info.fileName).toBe('cchc_2024-06-01_09-00-00_thu-cong.sqlite');
    expect(info.reason).toBe('manual');
    const file = path.join(backupDir(ctx.dataDir), info.fileName);
    expect(fs.statSync(file).size).toBe(info.size);
    expect(readA01(file)).toBe(27630);
    // the WAL was checkpointed first and nothing half-written is left
    expect(fs.readdirSync(backupDir(ctx.dataDir))).toEqual([info.fileName]);
    const list = await dispatch(ctx, 'backups.list', {});
    expect(list).toMatchObject({ ok: true, value: { folder: backupDir(ctx.dataDir), backups: [info] } });
  });

  it('names backups taken in the same second apart, and lists newest first', async () => {
    const { ctx, advance } = context();
    await dispatch(ctx, 'backups.create', {});
    await dispatch(ctx, 'backups.create', {});
    advance(60_000);
    await backupBeforeImport(ctx);
    expect(listBackups(ctx.dataDir).map((b) => b.fileName)).toEqual([
      'cchc_2024-06-01_09-01-00_truoc-nhap.sqlite',
      'cchc_2024-06-01_09-00-00_thu-cong-1.sqlite',
      'cchc_2024-06-01_09-00-00_thu-cong.sqlite',
    ]);
  });

  it('keeps 7 daily backups and the 10 newest of each other reason', async () => {
    const { ctx, setNow, advance } = context();
    for (let day = 1; day <= 9; day++) {
      setNow(new Date(2024, 5, day, 8, 0, 0));
      expect(await ensureDailyBackup(ctx)).toBeDefined();
      expect(await ensureDailyBackup(ctx)).toBeUndefined(); // once a day
    }
    for (let i = 0; i < 12; i++) {
      advance(1000);
      await dispatch(ctx, 'backups.create', {});
      await backupBeforeImport(ctx);
    }
    const list = listBackups(ctx.dataDir);
    const count = (reason: string) => list.filter((b) => b.reason === reason).length;
    expect(count('daily')).toBe(7);
    expect(count('manual')).toBe(10);
    expect(count('import')).toBe(10);
    expect(list.filter((b) => b.reason === 'daily').at(-1)!.fileName).toMatch(/^cchc_2024-06-03_/u);
  });

  it('ignores files it did not name and cleans up an interrupted backup', async () => {
    const { ctx, advance } = context();
    const dir = backupDir(ctx.dataDir);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'x');
    const partial = path.join(dir, 'cchc_2024-06-01_08-00-00_hang-ngay.sqlite.partial');
    fs.writeFileSync(partial, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(partial, twoHoursAgo, twoHoursAgo);
    advance(2 * 60 * 60 * 1000);
    await ensureDailyBackup(ctx);
    const names = fs.readdirSync(dir).sort();
    expect(names).toEqual(['cchc_2024-06-01_11-00-00_hang-ngay.sqlite', 'ghi-chu.txt']);
    expect(parseBackupFileName('../../etc/passwd')).toBeUndefined();
  });

  it('backs up before a migration, with the schema as it was', async () => {
    const migrations = (await import('../../../electron/store/migrations')) as unknown as {
      MIGRATIONS: string[];
      REAL_MIGRATIONS: string[];
    };
    const dataDir = tempDir();
    fs.mkdirSync(dataDir, { recursive: true });
    const old = new Database(databaseFile(dataDir));
    for (const sql of migrations.REAL_MIGRATIONS) old.exec(sql);
    old.pragma(`user_version = ${migrations.REAL_MIGRATIONS.length}`);
    old.close();

    const db = openAppDatabase(dataDir, () => new Date(2024, 5, 1, 7, 30, 0));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.MIGRATIONS.length);
    db.close();
    const [backup] = listBackups(dataDir);
    expect(backup).toMatchObject({
      fileName: 'cchc_2024-06-01_07-30-00_truoc-nang-cap.sqlite',
      reason: 'migration',
    });
    const copy = new Database(path.join(backupDir(dataDir), backup!.fileName), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.REAL_MIGRATIONS.length);
    expect(
      copy.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'backup_test_extra'").get(),
    ).toEqual({ n: 0 });
    copy.close();
  });

  it('backs up before every import batch, waiting for a backup already running', async () => {
    const { ctx, advance } = context();
    await save(ctx, 42);
    const manual = dispatch(ctx, 'backups.create', {});
    advance(1000);
    const files = [
      { fileName: 'khong-phai-excel.xlsx', base64: Buffer.from('không phải tệp Excel').toString('base64') },
    ];
    const imported = await dispatch(ctx, 'district.import', { files });
    expect((await manual).ok).toBe(true);
    expect(imported.ok).toBe(true);
    const reasons = listBackups(ctx.dataDir).map((b) => b.reason);
    expect(reasons).toEqual(['import', 'manual']);
    const before = listBackups(ctx.dataDir).find((b) => b.reason === 'import')!;
    expect(readA01(path.join(backupDir(ctx.dataDir), before.fileName))).toBe(42);
  });

  it('a new, empty database is not backed up before its first migration', () => {
    const dataDir = tempDir();
    openAppDatabase(dataDir, () => new Date()).close();
    expect(listBackups(dataDir)).toEqual([]);
  });
});

describe('restore', () => {
  it('restores a chosen backup after backing up the current state, and the app keeps working', async () => {
    const { ctx, advance } = context();
    await save(ctx, 111);
    const made = await dispatch(ctx, 'backups.create', {});
    const chosen = (made as { value: { fileName: string } }).value.fileName;
    advance(5000);
    await save(ctx, 222);
    const oldDb = ctx.db;

    const reply = await dispatch(ctx, 'backups.restore', { fileName: chosen, confirm: true });
    expect(reply.ok).toBe(true);
    const value = (
      reply as {
        value: { restored: { fileName: string }; safetyBackup: { fileName: string; reason: string } };
      }
    ).value;
    expect(value.restored.fileName).toBe(chosen);
    expect(value.safetyBackup.reason).toBe('restore');
    expect(value.safetyBackup.fileName).toMatch(/_truoc-khoi-phuc\.sqlite$/u);

    expect(oldDb.open).toBe(false);
    expect(ctx.db).not.toBe(oldDb);
    expect(await a01(ctx)).toBe(111);
    // the state before the restore is kept, so the restore itself can be undone
    expect(readA01(path.join(backupDir(ctx.dataDir), value.safetyBackup.fileName))).toBe(222);
    // the app keeps saving into the restored database, which survives a reopen
    await save(ctx, 333);
    ctx.db.close();
    const reopened = createServiceContext({
      sampleUnits: true,
      dataDir: ctx.dataDir,
      mode: 'browser',
      background: false,
    });
    contexts.push(reopened);
    expect(await a01(reopened)).toBe(333);
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses without confirmation, with an unknown name, or with a path', async () => {
    const { ctx } = context();
    await save(ctx, 5);
    const made = (await dispatch(ctx, 'backups.create', {})) as { value: { fileName: string } };
    for (const args of [
      { fileName: made.value.fileName },
      { fileName: made.value.fileName, confirm: false },
      { fileName: '../bao-cao-cchc.sqlite', confirm: true },
      { fileName: 'C:\\Windows\\x.sqlite', confirm: true },
      { fileName: made.value.fileName, confirm: true, path: '/etc' },
    ]) {
      const reply = await dispatch(ctx, 'backups.restore', args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    }
    const missing = 'cchc_2020-01-01_00-00-00_thu-cong.sqlite';
    const reply = await dispatch(ctx, 'backups.restore', { fileName: missing, confirm: true });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'backup-not-found', message: backupMessages.notFound(missing), details: undefined },
    });
    expect(await a01(ctx)).toBe(5);
  });

  it('refuses a damaged or newer backup and leaves the data as it was', async () => {
    const { ctx } = context();
    await save(ctx, 7);
    const dir = backupDir(ctx.dataDir);
    fs.mkdirSync(dir, { recursive: true });
    const damaged = 'cchc_2024-05-01_10-00-00_thu-cong.sqlite';
    fs.writeFileSync(path.join(dir, damaged), Buffer.alloc(8192, 7));
    const newer = 'cchc_2024-05-02_10-00-00_thu-cong.sqlite';
    await dispatch(ctx, 'backups.create', {});
    const [own] = listBackups(ctx.dataDir).filter((b) => b.fileName !== damaged);
    fs.copyFileSync(path.join(dir, own!.fileName), path.join(dir, newer));
    const raw = new Database(path.join(dir, newer));
    raw.pragma('user_version = 999');
    raw.close();
    const before = listBackups(ctx.dataDir).length;

    const r1 = await dispatch(ctx, 'backups.restore', { fileName: damaged, confirm: true });
    expect(r1).toMatchObject({
      ok: false,
      error: { code: 'backup-unreadable', message: backupMessages.unreadable(damaged) },
    });
    const r2 = await dispatch(ctx, 'backups.restore', { fileName: newer, confirm: true });
    expect(r2).toMatchObject({
      ok: false,
      error: { code: 'backup-unreadable', message: backupMessages.newer(newer) },
    });
    expect(await a01(ctx)).toBe(7);
    expect(listBackups(ctx.dataDir).length).toBe(before); // no safety backup for a refused restore
    expect(fs.existsSync(databaseFile(ctx.dataDir) + '.restoring')).toBe(false);
  });

  it('puts the previous state back when the swap fails half-way', async () => {
    const { ctx, advance } = context();
    await save(ctx, 10);
    const made = (await dispatch(ctx, 'backups.create', {})) as { value: { fileName: string } };
    advance(1000);
    await save(ctx, 20);
    const dbFile = databaseFile(ctx.dataDir);
    const realRename = fs.renameSync;
    const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (to === dbFile) throw new Error('EBUSY: resource busy or locked');
      realRename(from, to);
    });
    try {
      const reply = await dispatch(ctx, 'backups.restore', { fileName: made.value.fileName, confirm: true });
      expect(reply).toMatchObject({
        ok: false,
        error: {
          code: 'restore-failed',
          message: backupMessages.restoreFailed('EBUSY: resource busy or locked'),
        },
      });
    } finally {
      spy.mockRestore();
    }
    expect(ctx.db.open).toBe(true);
    expect(await a01(ctx)).toBe(20);
    await save(ctx, 30);
    expect(await a01(ctx)).toBe(30);
  });

  it('one backup or restore at a time', async () => {
    const { ctx } = context();
    await save(ctx, 1);
    const made = (await dispatch(ctx, 'backups.create', {})) as { value: { fileName: string } };
    const [a, b] = await Promise.all([
      dispatch(ctx, 'backups.restore', { fileName: made.value.fileName, confirm: true }),
      dispatch(ctx, 'backups.create', {}),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({ ok: false, error: { code: 'backup-busy', message: backupMessages.busy } });
  });
});
