import { describe, expect, it } from 'vitest';
import { diffReports } from '../../../shared/merge/diff';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { seedShapedReports } from './seed-reports';

describe('diff between two revisions', () => {
  const base = seedShapedReports()[9]!.data; // Bình Phú: four models

  it('is empty for the same content', () => {
    expect(diffReports(CURRENT_TEMPLATE, base, structuredClone(base))).toEqual([]);
  });

  it('names each changed indicator with old → new as shown, with totals and rates that follow', () => {
    const next = structuredClone(base);
    next.counts.A03 = base.counts.A03! + 1000;
    next.counts.A12 = base.counts.A12! + 1000;
    next.texts.E01 = 'Đã khắc phục.';
    const diff = diffReports(CURRENT_TEMPLATE, base, next);
    const a03 = diff.find((d) => d.code === 'A03')!;
    expect(a03.kind).toBe('count');
    expect(a03.label).toBe('Hồ sơ mới tiếp nhận trực tuyến');
    expect(a03.after).toMatch(/^\d{1,3}(\.\d{3})+$/u);
    expect(diff.map((d) => d.code)).toEqual(
      expect.arrayContaining(['A03', 'A07', 'A12', 'A14', 'R01', 'E01']),
    );
    expect(diff.find((d) => d.code === 'R01')!.after).toMatch(/%$/u);
    expect(diff.find((d) => d.code === 'E01')!.after).toBe('Đã khắc phục.');
  });

  it('lists models added, removed and changed (matched by name, ignoring case and spaces)', () => {
    const next = structuredClone(base);
    next.models.splice(0, 1); // remove the first
    next.models[0]!.values.B05 = 'Nhân rộng';
    next.models[1]!.values.B01 = next.models[1]!.values.B01!.toUpperCase();
    next.models.push({ id: 'new', values: { B01: 'Sáng kiến “Một cửa số”', B02: 'Sáng kiến' } });
    const diff = diffReports(CURRENT_TEMPLATE, base, next);
    const kinds = diff.map((d) => [d.kind, d.before || d.after]);
    expect(kinds).toContainEqual(['model-removed', 'Cà phê doanh nghiệp, doanh nhân']);
    expect(kinds).toContainEqual(['model-added', 'Sáng kiến “Một cửa số”']);
    const changed = diff.filter((d) => d.kind === 'model-changed');
    expect(changed).toHaveLength(2);
    expect(changed[0]!.columns).toEqual([
      { code: 'B05', label: 'Tình trạng', before: 'Mới', after: 'Nhân rộng' },
    ]);
    expect(changed[1]!.columns!.map((c) => c.code)).toEqual(['B01']);
  });

  it('treats an emptied count as a change to "not filled in"', () => {
    const next = structuredClone(base);
    next.counts.D09 = null;
    const d09 = diffReports(CURRENT_TEMPLATE, base, next).find((d) => d.code === 'D09')!;
    expect(d09).toMatchObject({ before: '0', after: '' });
  });
});
