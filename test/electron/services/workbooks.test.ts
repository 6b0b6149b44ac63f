import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServiceContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/api/dispatch';
import type { ServiceContext } from '../../../electron/services/context';
import { closeChecker } from '../../../electron/services/district';
import { exportFolder, folderOpenCommand, openExportFolder } from '../../../electron/services/workbooks';
import { checkWorkbookSync } from '../../../electron/workbook/unit-reader';
import type { ReportData } from '../../../shared/domain/report';
import { UNITS, randomBytes, sampleReport } from '../workbook/fixtures';

const contexts: ServiceContext[] = [];
const dirs: string[] = [];

function newPc(): ServiceContext {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-wb-'));
  dirs.push(dataDir);
  const ctx = createServiceContext({
    sampleUnits: true,
    dataDir,
    mode: 'browser',
    appVersion: '1.0.0-test',
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
  if (!reply.ok) {
    throw Object.assign(new Error(reply.error.message), {
      code: reply.error.code,
      details: reply.error.details,
    });
  }
  return reply.value as T;
}

interface Saved {
  fileName: string;
  savedPath: string;
  revision: number;
  base64: string;
  blankCounts: string[];
}
const key = { unitCode: 'TH03', period: '2023' };
const save = async (ctx: ServiceContext, data: ReportData) => {
  const base = (await call<{ fingerprint: string }>(ctx, 'report.open', key)).fingerprint;
  return call<{ revision: number }>(ctx, 'report.save', { ...key, data, base });
};
const open = (ctx: ServiceContext) =>
  call<{ revision: number; exportedRevision: number | null; data: ReportData }>(ctx, 'report.open', key);

describe('export of the commune report', () => {
  it('writes the workbook into the export folder, marks it exported, and the next change raises the revision', async () => {
    const ctx = newPc();
    expect((await save(ctx, sampleReport())).revision).toBe(1);
    const saved = await call<Saved>(ctx, 'workbook.exportReport', key);
    expect(saved.fileName).toBe('CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx');
    expect(saved.revision).toBe(1);
    expect(saved.savedPath).toBe(path.join(exportFolder(ctx), saved.fileName));
    const bytes = fs.readFileSync(saved.savedPath);
    expect(Buffer.from(saved.base64, 'base64').equals(bytes)).toBe(true);
    const checked = checkWorkbookSync(bytes, saved.fileName, { units: UNITS });
    expect(checked.verdict).toBe('accepted');
    expect(checked.identity).toMatchObject({
      revision: 1,
      reportId: 1,
      appVersion: '1.0.0-test',
      origin: 'app',
    });
    expect(checked.identity!.exportedAt).toBe('2023-12-15T03:00:00.000Z');
    expect((await open(ctx)).exportedRevision).toBe(1);

    // Saving the same data changes nothing; a real change after the export raises the revision once.
    expect((await save(ctx, sampleReport())).revision).toBe(1);
    const changed = sampleReport();
    changed.counts.D02 = 2;
    expect((await save(ctx, changed)).revision).toBe(2);
    changed.counts.D02 = 3;
    expect((await save(ctx, changed)).revision).toBe(2);
    const again = await call<Saved>(ctx, 'workbook.exportReport', key);
    expect(again.fileName).toBe('CCHC_2023_TH03_xa_Thong_Binh_r2.xlsx');
    expect(fs.readdirSync(exportFolder(ctx)).sort()).toEqual([
      'CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx',
      'CCHC_2023_TH03_xa_Thong_Binh_r2.xlsx',
    ]);
  });

  it('tells which counts are left blank: the same ones the district will be warned about', async () => {
    const ctx = newPc();
    await save(ctx, sampleReport());
    expect((await call<Saved>(ctx, 'workbook.exportReport', key)).blankCounts).toEqual([]);

    const partial = sampleReport();
    delete partial.counts.A15;
    delete partial.counts.D02;
    await save(ctx, partial);
    const saved = await call<Saved>(ctx, 'workbook.exportReport', key);
    expect(saved.blankCounts).toEqual(['A15', 'D02']);
    const checked = checkWorkbookSync(fs.readFileSync(saved.savedPath), saved.fileName, { units: UNITS });
    const warning = checked.problems.find((p) => p.kind === 'counts-blank');
    expect(warning?.indicators).toEqual(saved.blankCounts);
  });

  it('refuses to export a report with errors (the district would refuse it), or with nothing saved', async () => {
    const ctx = newPc();
    await expect(call(ctx, 'workbook.exportReport', key)).rejects.toMatchObject({
      code: 'nothing-to-export',
    });
    const wrong = sampleReport();
    wrong.counts.A04 = 99_999;
    await save(ctx, wrong);
    await expect(call(ctx, 'workbook.exportReport', key)).rejects.toMatchObject({
      code: 'report-has-errors',
    });
    expect((await open(ctx)).exportedRevision).toBeNull();
  });

  it('refuses to export while the preparer phone or date is an error; an unusual phone length is only a warning', async () => {
    const ctx = newPc();
    for (const [field, value, named] of [
      ['phone', '0277 3.123.456 abc', /^Số điện thoại: /u],
      ['preparedOn', '32/12/2023', /^Ngày lập báo cáo: "32\/12\/2023"/u],
    ] as const) {
      const data = sampleReport();
      data.preparer = { ...data.preparer, phone: '0277 3851 234', preparedOn: '', [field]: value };
      await save(ctx, data);
      const refused = call(ctx, 'workbook.exportReport', key);
      await expect(refused).rejects.toMatchObject({ code: 'report-has-errors' });
      const details = await refused.catch((e: { details?: string[] }) => e.details ?? []);
      expect(details).toEqual([expect.stringMatching(named)]);
    }
    expect((await open(ctx)).exportedRevision).toBeNull();
    const data = sampleReport();
    data.preparer = { ...data.preparer, phone: '385 123', preparedOn: '20/12/2023' };
    await save(ctx, data);
    await expect(call(ctx, 'workbook.exportReport', key)).resolves.toMatchObject({ revision: 1 });
  });

  it('writes a blank template for any unit and period', async () => {
    const ctx = newPc();
    const saved = await call<Saved>(ctx, 'workbook.blankTemplate', { unitCode: 'TH09', period: '2024-H1' });
    expect(saved.fileName).toBe('CCHC_2024-H1_TH09_xa_Binh_Phu_mau_trong.xlsx');
    expect(saved.revision).toBe(0);
    const checked = checkWorkbookSync(fs.readFileSync(saved.savedPath), saved.fileName, { units: UNITS });
    expect(checked.identity).toMatchObject({
      unitCode: 'TH09',
      period: '2024-H1',
      revision: 0,
      origin: 'blank',
    });
    await expect(
      call(ctx, 'workbook.blankTemplate', { unitCode: 'XX99', period: '2024' }),
    ).rejects.toMatchObject({
      code: 'unknown-unit',
    });
  });
});

describe('opening the export folder', () => {
  it('opens only the folder the app created (or shows a file in it), never a path from elsewhere', async () => {
    const ctx = newPc();
    const saved = await call<Saved>(ctx, 'workbook.blankTemplate', key);
    const calls: string[][] = [];
    const opener = async (command: string, args: string[]) => {
      calls.push([command, ...args]);
    };
    const folder = fs.realpathSync(exportFolder(ctx));
    expect(await openExportFolder(ctx, exportFolder(ctx), opener, 'linux')).toEqual({ opened: true, folder });
    await openExportFolder(ctx, saved.savedPath, opener, 'win32');
    expect(calls).toEqual([
      ['xdg-open', folder],
      ['explorer.exe', `/select,${fs.realpathSync(saved.savedPath)}`],
    ]);

    const outside = path.join(ctx.dataDir, 'ngoai');
    fs.mkdirSync(outside);
    fs.symlinkSync(outside, path.join(exportFolder(ctx), 'lien-ket'));
    for (const bad of [
      '/etc',
      'xuat-bao-cao',
      ctx.dataDir,
      path.join(ctx.dataDir, 'bao-cao-cchc.sqlite'),
      path.join(exportFolder(ctx), '..'),
      path.join(exportFolder(ctx), 'lien-ket'),
      path.join(exportFolder(ctx), 'khong-co.xlsx'),
      `${exportFolder(ctx)}\0/etc`,
    ]) {
      await expect(openExportFolder(ctx, bad, opener, 'linux'), bad).rejects.toMatchObject({
        code: 'folder-not-allowed',
      });
    }
    expect(calls).toHaveLength(2);
    // Through the API too, before anything is started.
    await expect(call(ctx, 'workbook.openFolder', { path: '/etc' })).rejects.toMatchObject({
      code: 'folder-not-allowed',
    });
    await expect(call(ctx, 'workbook.openFolder', { path: 'x'.repeat(5000) })).rejects.toMatchObject({
      code: 'bad-arguments',
    });
  });

  it('uses each OS file manager', () => {
    expect(folderOpenCommand('win32', 'C:\\x')).toEqual({ command: 'explorer.exe', args: ['C:\\x'] });
    expect(folderOpenCommand('darwin', '/x', '/x/a.xlsx')).toEqual({
      command: 'open',
      args: ['-R', '/x/a.xlsx'],
    });
    expect(folderOpenCommand('linux', '/x', '/x/a.xlsx')).toEqual({ command: 'xdg-open', args: ['/x'] });
  });
});

describe('a commune restores its own workbook on a new PC', () => {
  it('previews, then restores after confirmation, keeping the revision so the district gets newer files', async () => {
    const oldPc = newPc();
    await save(oldPc, sampleReport());
    await call(oldPc, 'workbook.exportReport', key);
    const changed = sampleReport();
    changed.counts.D02 = 2;
    await save(oldPc, changed);
    const r2 = await call<Saved>(oldPc, 'workbook.exportReport', key);
    expect(r2.revision).toBe(2);

    const newPcCtx = newPc();
    await call(newPcCtx, 'settings.save', { unitCode: 'TH03', isMergingOffice: false });
    const file = { fileName: r2.fileName, base64: r2.base64 };
    const preview = await call<{ canRestore: boolean; existing: unknown; check: { verdict: string } }>(
      newPcCtx,
      'workbook.restorePreview',
      { ...file, ...key },
    );
    expect(preview).toMatchObject({ canRestore: true, existing: null, check: { verdict: 'accepted' } });

    await expect(call(newPcCtx, 'workbook.restoreApply', file)).rejects.toMatchObject({
      code: 'bad-arguments',
    });
    const applied = await call(newPcCtx, 'workbook.restoreApply', { ...file, confirm: true });
    expect(applied).toEqual({ unitCode: 'TH03', period: '2023', revision: 2, changed: true });
    const restored = await open(newPcCtx);
    expect(restored.data).toEqual(changed);
    expect(restored).toMatchObject({ revision: 2, exportedRevision: 2 });
    const backups = await call<{ backups: { reason: string }[] }>(newPcCtx, 'backups.list', {});
    expect(backups.backups.map((b) => b.reason)).toContain('import');

    // The next change raises the revision past the district's r2.
    changed.counts.D02 = 4;
    expect((await save(newPcCtx, changed)).revision).toBe(3);

    // Previewing again: the PC has other data, which restoring would overwrite.
    const again = await call<{ existing: unknown }>(newPcCtx, 'workbook.restorePreview', file);
    expect(again.existing).toEqual({ revision: 3, hasData: true, sameData: false });
    const back = await call<{ revision: number }>(newPcCtx, 'workbook.restoreApply', {
      ...file,
      confirm: true,
    });
    expect(back.revision).toBe(3);
  });

  it('refuses a bad file, a file of another unit or of another period', async () => {
    const ctx = newPc();
    await call(ctx, 'settings.save', { unitCode: 'TH03', isMergingOffice: false });
    const junk = { fileName: 'rac.xlsx', base64: randomBytes(3000).toString('base64') };
    const preview = await call<{ canRestore: boolean; check: { problems: { kind: string }[] } }>(
      ctx,
      'workbook.restorePreview',
      junk,
    );
    expect(preview.canRestore).toBe(false);
    expect(preview.check.problems[0]!.kind).toBe('not-xlsx:unknown');
    await expect(call(ctx, 'workbook.restoreApply', { ...junk, confirm: true })).rejects.toMatchObject({
      code: 'restore-refused',
    });

    const other = await call<Saved>(ctx, 'workbook.blankTemplate', { unitCode: 'TH05', period: '2023' });
    const otherUnit = await call<{ canRestore: boolean; check: { problems: { kind: string }[] } }>(
      ctx,
      'workbook.restorePreview',
      { fileName: other.fileName, base64: other.base64 },
    );
    expect(otherUnit.canRestore).toBe(false);
    expect(otherUnit.check.problems.map((p) => p.kind)).toContain('unit-not-this-pc');

    const mine = await call<Saved>(ctx, 'workbook.blankTemplate', { unitCode: 'TH03', period: '2024' });
    const otherPeriod = await call<{ check: { problems: { kind: string }[] } }>(
      ctx,
      'workbook.restorePreview',
      {
        fileName: mine.fileName,
        base64: mine.base64,
        ...key,
      },
    );
    expect(otherPeriod.check.problems.map((p) => p.kind)).toContain('period-mismatch');
    await expect(
      call(ctx, 'workbook.restorePreview', { fileName: 'a.xlsx', base64: 'không phải base64' }),
    ).rejects.toMatchObject({ code: 'bad-arguments' });
  });
});

describe('export cancelled in the save dialog (Electron)', () => {
  it('"Hủy" writes nothing and leaves the revision not exported; a later export marks it', async () => {
    const ctx = newPc();
    let answer: string | null = null;
    const proposals: string[] = [];
    ctx.chooseSavePath = async (proposed) => {
      proposals.push(proposed);
      return answer;
    };
    await save(ctx, sampleReport());
    const reply = await dispatch(ctx, 'workbook.exportReport', key);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('export-canceled');
      expect(reply.error.message).toMatch(/Chưa lưu tệp/);
    }
    expect((await open(ctx)).exportedRevision).toBeNull();
    expect(fs.existsSync(exportFolder(ctx)) ? fs.readdirSync(exportFolder(ctx)) : []).toEqual([]);

    // Not exported: a change keeps revision 1 (nothing with r1 left the PC).
    const changed = sampleReport();
    changed.counts.D02 = 2;
    expect((await save(ctx, changed)).revision).toBe(1);

    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-save-'));
    dirs.push(elsewhere);
    answer = path.join(elsewhere, 'chosen.xlsx');
    const saved = await call<Saved>(ctx, 'workbook.exportReport', key);
    expect(saved.savedPath).toBe(answer);
    expect(fs.existsSync(answer)).toBe(true);
    expect(saved.revision).toBe(1);
    expect((await open(ctx)).exportedRevision).toBe(1);
    expect(proposals.map((p) => path.basename(p))).toEqual([
      'CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx',
      'CCHC_2023_TH03_xa_Thong_Binh_r1.xlsx',
    ]);
  });

  it('a file that cannot be written leaves the revision not exported', async () => {
    const ctx = newPc();
    const blocker = path.join(ctx.dataDir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    ctx.chooseSavePath = async () => path.join(blocker, 'report.xlsx');
    await save(ctx, sampleReport());
    const reply = await dispatch(ctx, 'workbook.exportReport', key);
    expect(reply.ok).toBe(false);
    expect((await open(ctx)).exportedRevision).toBeNull();
  });
});
