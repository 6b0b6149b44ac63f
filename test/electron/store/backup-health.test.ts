import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { createManualBackup, databaseFile } from '../../../electron/services/backups';
import type { ServiceContext } from '../../../electron/services/context';
import { openDatabase } from '../../../electron/store/database';
import {
  backupDir,
  backupFileName,
  createBackup,
  DamagedDatabaseError,
  listBackups,
  pruneBackups,
} from '../../../electron/store/backup';
import { emptyReportData } from '../../../shared/domain/report';
import { saveOverStored } from '../fixtures/save-report';

const dirs: string[] = [];
const contexts: ServiceContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function open(dataDir?: string): ServiceContext {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-health-'));
  if (!dataDir) dirs.push(dir);
  const ctx = createServiceContext({ sampleUnits: true, dataDir: dir, mode: 'browser', background: false });
  contexts.push(ctx);
  return ctx;
}

/** Overwrites the page in the middle of the file with seeded garbage. */
function damagePage(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const page = Math.floor(bytes.length / pageSize / 2);
  let seed = 7;
  for (let i = 0; i < pageSize; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[page * pageSize + i] = seed >>> 24;
  }
  fs.writeFileSync(file, bytes);
}

async function withData(ctx: ServiceContext) {
  const data = { ...emptyReportData(), texts: { E01: 'Nội dung dài để có nhiều trang. '.repeat(2500) } };
  expect((await saveOverStored(ctx, { unitCode: 'TH03', period: '2023' }, data)).ok).toBe(true);
}

describe('backups are only ever of a whole database', () => {
  it('a database that fails quick_check is not backed up, and the good backups stay', async () => {
    let ctx = open();
    await withData(ctx);
    const good = await createManualBackup(ctx);
    const dataDir = ctx.dataDir;
    ctx.db.close();
    damagePage(databaseFile(dataDir));
    // Every opener but the recovery screen refuses it (the command line too); the live database
    // of a running app can still be damaged on disk: opened here as the store opens it.
    expect(() => open(dataDir)).toThrow(/bị hỏng.*Không có gì được ghi/su);
    ctx = { ...ctx, db: openDatabase(databaseFile(dataDir)) };
    contexts.push(ctx);

    await expect(createBackup(ctx.db, dataDir, 'daily', new Date(2030, 0, 1))).rejects.toBeInstanceOf(
      DamagedDatabaseError,
    );
    const reply = createManualBackup(ctx);
    await expect(reply).rejects.toMatchObject({ code: 'backup-damaged' });
    await expect(reply).rejects.toThrow(/bản sao lưu không được tạo.*khởi động lại/su);
    expect(listBackups(dataDir).map((b) => b.fileName)).toEqual([good.fileName]);
    expect(fs.readdirSync(backupDir(dataDir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('rotation never removes the newest backup that passes its check', async () => {
    const ctx = open();
    await withData(ctx);
    const good = await createBackup(ctx.db, ctx.dataDir, 'daily', new Date(2024, 0, 1, 9));
    // Seven newer daily backups that are damaged (taken by an older version, or damaged on disk).
    for (let day = 2; day <= 8; day++) {
      const name = backupFileName('daily', new Date(2024, 0, day, 9));
      fs.writeFileSync(path.join(backupDir(ctx.dataDir), name), 'hỏng');
    }
    pruneBackups(ctx.dataDir);
    const names = listBackups(ctx.dataDir).map((b) => b.fileName);
    expect(names).toContain(good.fileName);
    expect(names).toHaveLength(8);
  });
});
