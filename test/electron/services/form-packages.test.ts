import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';
import { writeFormPackage } from '../../../electron/form-package/write';
import type { Report } from '../../../shared/api/contract';
import { reportFingerprint } from '../../../shared/domain/canonical';
import { emptyReportData } from '../../../shared/domain/report';
import { cchcV1 } from '../../../shared/template/cchc-v1';
import type { FormPackage } from '../../../shared/template/package/types';
import { version2 } from '../form-package/versions';

const contexts: ServiceContext[] = [];
function fresh(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-forms-'))): ServiceContext {
  const ctx = createServiceContext({ sampleUnits: true, dataDir, mode: 'browser', background: false });
  contexts.push(ctx);
  return ctx;
}
afterEach(() => {
  for (const ctx of contexts.splice(0)) {
    ctx.db.close();
    fs.rmSync(ctx.dataDir, { recursive: true, force: true });
  }
});

async function ok<T>(ctx: ServiceContext, channel: string, args: unknown): Promise<T> {
  const reply = await dispatch(ctx, channel, args);
  if (!reply.ok)
    throw new Error(`${channel}: ${reply.error.message}\n${(reply.error.details ?? []).join('\n')}`);
  return reply.value as T;
}
const base64 = async (pkg: FormPackage, savedAt = new Date('2026-01-01T00:00:00Z')) =>
  Buffer.from(await writeFormPackage(pkg, savedAt)).toString('base64');

describe('form packages installed in the app', () => {
  it('installs version 2, keeps it across a restart, and carries a version-1 report forward', async () => {
    const ctx = fresh();
    const key = { unitCode: 'TH03', period: '2023' };
    const v1 = { ...emptyReportData(), counts: { A21: 10, A22: 8, D09: 1, A03: 5 } };
    await ok(ctx, 'report.save', { ...key, data: v1, base: reportFingerprint(emptyReportData()) });

    const state = await ok<{ active: unknown; installed: unknown[] }>(ctx, 'form.install', {
      fileName: 'bieu-mau-v2.xlsx',
      base64: await base64(version2()),
    });
    expect(state.active).toEqual({ id: 'cchc', version: 2, title: cchcV1.title, builtIn: false });
    expect(state.installed).toHaveLength(1);
    expect((await ok<{ templateVersion: number }>(ctx, 'app.info', {})).templateVersion).toBe(2);

    const opened = await ok<Report>(ctx, 'report.open', key);
    expect(opened.templateVersion).toBe(2);
    expect(opened.data.counts).toEqual({ A21: 10, A24: 8, A03: 5 });
    expect(opened.carriedForward).toEqual({
      fromVersion: 1,
      toVersion: 2,
      moved: [{ from: 'A22', to: 'A24' }],
      added: ['A23'],
      dropped: ['D09'],
    });
    // Saved under version 2; the version-1 report stays as it was.
    await ok(ctx, 'report.save', { ...key, data: opened.data, base: opened.fingerprint });
    expect((await ok<Report>(ctx, 'report.open', key)).carriedForward).toBeUndefined();

    ctx.db.close();
    contexts.splice(contexts.indexOf(ctx), 1);
    const again = fresh(ctx.dataDir);
    expect((await ok<Report>(again, 'report.open', key)).data.counts.A24).toBe(8);
    const current = await ok<{ version: number; sections: unknown[] }>(again, 'form.current', {});
    expect(current.version).toBe(2);
  });

  it('refuses a broken package with its problems, and a changed copy of an installed version', async () => {
    const ctx = fresh();
    const broken = version2();
    const a = broken.template.sections[0]!;
    if (a.kind === 'indicators') a.indicators.push({ kind: 'count', code: 'A01', label: 'Trùng', unit: 'x' });
    const reply = await dispatch(ctx, 'form.install', {
      fileName: 'hong.xlsx',
      base64: await base64(broken),
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.message).toBe(
        'Không cài được biểu mẫu từ tệp "hong.xlsx". Biểu mẫu có 1 lỗi, chưa dùng được:',
      );
      expect(reply.error.details).toEqual([
        expect.stringMatching(/^Trang "Chỉ tiêu", ô B\d+: mã "A01" trùng/u),
      ]);
    }
    expect((await ok<{ installed: unknown[] }>(ctx, 'form.list', {})).installed).toEqual([]);

    await ok(ctx, 'form.install', { fileName: 'v2.xlsx', base64: await base64(version2()) });
    // The same form again is fine (nothing new), even re-saved later (other bytes, same content);
    // another content under the same version is not.
    const resaved = await base64(version2(), new Date('2026-03-05T10:11:12Z'));
    expect(resaved).not.toBe(await base64(version2()));
    await ok(ctx, 'form.install', { fileName: 'v2-luu-lai.xlsx', base64: resaved });
    const changed = version2();
    changed.template.title = 'Báo cáo khác';
    const other = await dispatch(ctx, 'form.install', {
      fileName: 'v2-sua.xlsx',
      base64: await base64(changed),
    });
    expect(other.ok || other.error.code).toBe('form-version-exists');
    expect((await ok<{ installed: unknown[] }>(ctx, 'form.list', {})).installed).toHaveLength(1);
  });
});
