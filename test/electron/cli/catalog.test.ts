import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('cli catalog', () => {
  it('prints the 34 provinces and 3.321 communes since 1/7/2025 with their codes as text', async () => {
    const { code, out } = await cli('catalog', '--json');
    expect(code).toBe(0);
    const { provinces } = JSON.parse(out.join('')) as {
      provinces: { code: string; name: string; communes: { code: string; name: string }[] }[];
    };
    expect(provinces).toHaveLength(34);
    const communes = provinces.flatMap((p) => p.communes);
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321);
    expect(provinces.every((p) => /^\d{2}$/u.test(p.code))).toBe(true);
    expect(communes.every((c) => /^\d{5}$/u.test(c.code))).toBe(true);
    expect(provinces[0]).toMatchObject({ code: '01', name: 'Thành phố Hà Nội' });
    expect(provinces[0]!.communes[0]).toEqual({ code: '00004', name: 'Phường Ba Đình' });
    const dongThap = provinces.find((p) => p.code === '82')!;
    expect(dongThap.name).toBe('Tỉnh Đồng Tháp');
    expect(dongThap.communes).toContainEqual({ code: '29938', name: 'Xã Tân Thành' });
    expect(provinces.find((p) => p.code === '96')!.communes).toContainEqual({
      code: '32248',
      name: 'Xã Đất Mũi',
    });
  });

  it('lists one province, and refuses a code that is not a province', async () => {
    const one = await cli('catalog', '--province', '82');
    expect(one.code).toBe(0);
    expect(one.out).toContain('29926\tXã Tân Hồng');
    const bad = await cli('catalog', '--province', '87');
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toBe(
      'Không có tỉnh, thành phố mã "87". Xem danh mục bằng lệnh: npm run cli -- catalog',
    );
  });
});
