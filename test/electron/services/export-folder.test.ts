import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/api/dispatch';
import type { ServiceContext } from '../../../electron/services/context';
import { closeChecker } from '../../../electron/services/district';
import { openExportFolder } from '../../../electron/services/workbooks';
import { sampleReport } from '../workbook/fixtures';

const contexts: ServiceContext[] = [];
const dirs: string[] = [];

function newPc(): ServiceContext {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-docs-'));
  dirs.push(root);
  const ctx = createServiceContext({
    sampleUnits: true,
    dataDir: path.join(root, 'AppData', 'bao-cao-cchc'),
    documentsDir: path.join(root, 'Documents'),
    mode: 'browser',
    background: false,
    now: () => new Date('2023-12-15T03:00:00Z'),
  });
  contexts.push(ctx);
  return ctx;
}
afterEach(async () => {
  for (const ctx of contexts.splice(0)) {
    await closeChecker(ctx);
    ctx.db.close();
  }
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function call<T = unknown>(ctx: ServiceContext, name: string, args: unknown): Promise<T> {
  const reply = await dispatch(ctx, name, args);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  return reply.value as T;
}

const station = { unitCode: 'TH03', isMergingOffice: false };
const key = { unitCode: 'TH03', period: '2023' };

async function exported(ctx: ServiceContext): Promise<string> {
  const base = (await call<{ fingerprint: string }>(ctx, 'report.open', key)).fingerprint;
  await call(ctx, 'report.save', { ...key, data: sampleReport(), base });
  return (await call<{ savedPath: string }>(ctx, 'workbook.exportReport', key)).savedPath;
}

describe('where exports are saved', () => {
  it('defaults to Documents\\Báo cáo CCHC, not the data folder hidden under AppData', async () => {
    const ctx = newPc();
    await call(ctx, 'settings.save', station);
    const documents = path.join(path.dirname(path.dirname(ctx.dataDir)), 'Documents');
    const folder = path.join(documents, 'Báo cáo CCHC');
    expect(await call(ctx, 'settings.get', {})).toMatchObject({
      exportFolder: folder,
      defaultExportFolder: folder,
    });
    const saved = await exported(ctx);
    expect(path.dirname(saved)).toBe(folder);
    expect(fs.existsSync(saved)).toBe(true);
  });

  it('goes where Cài đặt says, back to the default with null; a relative or unwritable folder is refused', async () => {
    const ctx = newPc();
    const chosen = path.join(path.dirname(ctx.dataDir), 'Gửi huyện');
    await call(ctx, 'settings.save', { ...station, exportFolder: chosen });
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ exportFolder: chosen });
    expect(path.dirname(await exported(ctx))).toBe(chosen);

    await expect(call(ctx, 'settings.save', { ...station, exportFolder: 'bao-cao' })).rejects.toMatchObject({
      code: 'bad-export-folder',
      message: expect.stringContaining('không phải đường dẫn đầy đủ'),
    });
    const aFile = path.join(chosen, 'CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx');
    await expect(
      call(ctx, 'settings.save', { ...station, exportFolder: path.join(aFile, 'con') }),
    ).rejects.toMatchObject({ code: 'bad-export-folder' });
    // A refused folder leaves the one in use unchanged.
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ exportFolder: chosen });

    await call(ctx, 'settings.save', { ...station, exportFolder: null });
    const settings = await call<{ exportFolder: string; defaultExportFolder: string }>(
      ctx,
      'settings.get',
      {},
    );
    expect(settings.exportFolder).toBe(settings.defaultExportFolder);
  });

  it('in Electron, a save dialog opens on the proposed file; Hủy saves nothing and says so', async () => {
    const ctx = newPc();
    await call(ctx, 'settings.save', station);
    const proposed: string[] = [];
    const elsewhere = path.join(path.dirname(ctx.dataDir), 'USB', 'bao-cao.xlsx');
    ctx.chooseSavePath = (p) => {
      proposed.push(p);
      return Promise.resolve(proposed.length === 1 ? elsewhere : null);
    };
    expect(await exported(ctx)).toBe(elsewhere);
    // The folder chosen is remembered: the next dialog opens there, "Mở thư mục" opens it.
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ exportFolder: path.dirname(elsewhere) });
    const opened: string[][] = [];
    const opener = (_: string, args: string[]) => (opened.push(args), Promise.resolve());
    expect(await openExportFolder(ctx, elsewhere, opener, 'linux')).toMatchObject({ opened: true });
    expect(proposed[0]).toMatch(/Documents[/\\]Báo cáo CCHC[/\\]CCHC_2023_TH03_xa_Thong_Binh_r1\.xlsx$/u);
    await expect(call(ctx, 'workbook.blankTemplate', key)).rejects.toMatchObject({
      code: 'export-canceled',
      message: expect.stringContaining('Hủy'),
    });
    expect(path.dirname(proposed[1]!)).toBe(path.dirname(elsewhere));
  });
});

describe('the chosen period belongs to the data folder', () => {
  it('is kept by settings.save and returned by settings.get; a bad period is refused', async () => {
    const ctx = newPc();
    await call(ctx, 'settings.save', station);
    expect(await call(ctx, 'settings.get', {})).not.toHaveProperty('period');
    await call(ctx, 'settings.save', { ...station, period: '2024-Q1' });
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ period: '2024-Q1' });
    // Saving the station without a period keeps it.
    await call(ctx, 'settings.save', { ...station, isMergingOffice: true });
    expect(await call(ctx, 'settings.get', {})).toMatchObject({ period: '2024-Q1', isMergingOffice: true });
    await expect(call(ctx, 'settings.save', { ...station, period: '2024-Q5' })).rejects.toBeTruthy();
  });
});
