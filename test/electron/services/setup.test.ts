import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createServiceContext } from '../../../electron/services/context';
import type { ServiceContext } from '../../../electron/services/context';

const contexts: ServiceContext[] = [];
function fresh(): ServiceContext {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-setup-'));
  const ctx = createServiceContext({ dataDir, mode: 'browser', background: false });
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
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value as T;
}

describe('first run over the national list', () => {
  it('a new database has no unit: the sample district is not the default', async () => {
    const ctx = fresh();
    expect(await ok(ctx, 'units.list', { includeInactive: true })).toEqual([]);
    expect(await ok(ctx, 'settings.get', {})).toBeNull();
  });

  it('a commune found by its former name becomes this PC unit, and only it', async () => {
    const ctx = fresh();
    const [hit] = await ok<{ code: string; name: string }[]>(ctx, 'catalog.search', { query: 'thong binh' });
    expect(hit).toMatchObject({ code: '29938', name: 'Xã Tân Thành', provinceName: 'Tỉnh Đồng Tháp' });
    const result = await ok<{ settings: unknown; units: unknown[] }>(ctx, 'setup.apply', {
      choice: { kind: 'commune', code: hit!.code },
      isMergingOffice: false,
    });
    expect(result.settings).toMatchObject({ unitCode: '29938', isMergingOffice: false });
    expect(result.units).toEqual([{ code: '29938', name: 'Xã Tân Thành', level: 'xa', active: true }]);
    expect(await ok(ctx, 'settings.get', {})).toMatchObject({ unitCode: '29938', isMergingOffice: false });
  });

  it('a province merging office gets its body and every commune as expected units', async () => {
    const ctx = fresh();
    const provinces = await ok<{ code: string; communeCount: number }[]>(ctx, 'catalog.provinces', {});
    expect(provinces).toHaveLength(34);
    const dongThap = provinces.find((p) => p.code === '82')!;
    const result = await ok<{ units: { code: string; level: string }[]; added: number }>(ctx, 'setup.apply', {
      choice: { kind: 'province', code: '82' },
      isMergingOffice: true,
    });
    expect(result.added).toBe(dongThap.communeCount + 1);
    expect(result.units[0]).toEqual({ code: '82', name: 'Tỉnh Đồng Tháp', level: 'huyen', active: true });
    expect(result.units.filter((u) => u.level === 'xa')).toHaveLength(dongThap.communeCount);
  });

  it('a district before 1/7/2025 gets its old communes (periods before the reform)', async () => {
    const ctx = fresh();
    const districts = await ok<{ code: string; name: string }[]>(ctx, 'catalog.oldDistricts', {});
    expect(districts.find((d) => d.code === '869')).toMatchObject({ name: 'Huyện Tân Hồng' });
    const result = await ok<{ units: { code: string; name: string }[] }>(ctx, 'setup.apply', {
      choice: { kind: 'oldDistrict', code: '869' },
      isMergingOffice: true,
    });
    expect(result.units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Huyện Tân Hồng', 'Thị trấn Sa Rài', 'Xã Thông Bình', 'Xã Tân Thành A']),
    );
    expect(result.units.find((u) => u.name === 'Xã Thông Bình')!.code).toBe('29932');
  });

  it('custom and sample units remain possible; a custom code already used is refused', async () => {
    const ctx = fresh();
    const sample = await ok<{ units: unknown[] }>(ctx, 'setup.apply', {
      choice: { kind: 'sample', unitCode: 'TH03' },
      isMergingOffice: false,
    });
    expect(sample.units).toHaveLength(10);
    const taken = await dispatch(ctx, 'setup.apply', {
      choice: { kind: 'custom', code: 'TH03', name: 'Xã khác', level: 'xa' },
      isMergingOffice: false,
    });
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.error.message).toContain('Mã "TH03" đã dùng cho đơn vị "xã Thông Bình"');
    const custom = await ok<{ settings: unknown }>(ctx, 'setup.apply', {
      choice: { kind: 'custom', code: 'BQL01', name: 'Ban quản lý khu kinh tế', level: 'huyen' },
      isMergingOffice: true,
    });
    expect(custom.settings).toMatchObject({ unitCode: 'BQL01', isMergingOffice: true });
  });

  it('refuses codes that are not in the list, and malformed ones at the boundary', async () => {
    const ctx = fresh();
    const unknown = await dispatch(ctx, 'setup.apply', {
      choice: { kind: 'commune', code: '99999' },
      isMergingOffice: false,
    });
    expect(unknown.ok || unknown.error.code).toBe('unknown-commune');
    const malformed = await dispatch(ctx, 'setup.apply', {
      choice: { kind: 'province', code: '8' },
      isMergingOffice: true,
    });
    expect(malformed.ok || malformed.error.code).toBe('bad-arguments');
    const long = await dispatch(ctx, 'catalog.search', { query: 'x'.repeat(101) });
    expect(long.ok || long.error.code).toBe('bad-arguments');
    expect(await ok(ctx, 'units.list', {})).toEqual([]);
  });
});
