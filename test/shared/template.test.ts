import { describe, expect, it } from 'vitest';
import {
  CURRENT_TEMPLATE,
  TEMPLATES,
  allCodes,
  allIndicators,
  findIndicator,
  listSection,
  rateIndicators,
  totalIndicators,
} from '../../shared/template';

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, '0')}`);

describe.each(TEMPLATES)('template $id v$version', (template) => {
  const codes = allCodes(template);

  it('has unique codes', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names only codes that exist in totals, rates and rules', () => {
    const known = new Set(codes);
    for (const t of totalIndicators(template))
      for (const c of t.sumOf) expect(known, `${t.code} → ${c}`).toContain(c);
    for (const r of rateIndicators(template)) {
      for (const c of [...r.numerator, ...r.denominator]) expect(known, `${r.code} → ${c}`).toContain(c);
    }
    for (const rule of template.rules) {
      for (const c of [...rule.left, ...rule.right, rule.target])
        expect(known, `${rule.id} → ${c}`).toContain(c);
    }
  });

  it('sums only counts into totals, and rates only from counts and totals', () => {
    for (const t of totalIndicators(template)) {
      for (const c of t.sumOf) expect(findIndicator(template, c)?.kind, `${t.code} → ${c}`).toBe('count');
    }
    for (const r of rateIndicators(template)) {
      for (const c of [...r.numerator, ...r.denominator]) {
        expect(['count', 'total'], `${r.code} → ${c}`).toContain(findIndicator(template, c)?.kind);
      }
    }
  });

  it('gives every rule a Vietnamese message naming the codes it checks', () => {
    const ids = template.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of template.rules) {
      for (const c of new Set([...rule.left, ...rule.right])) {
        const named =
          rule.message.includes(c) ||
          (rule.right.length > 1 && rule.message.includes(rule.right.join(' + ')));
        expect(named, `${rule.id} message names ${c}`).toBe(true);
      }
    }
  });

  it('keeps sheet-sized short titles', () => {
    for (const s of template.sections) expect(s.shortTitle.length).toBeLessThanOrEqual(31);
  });
});

describe('template cchc v1', () => {
  it('has exactly the codes of the reference', () => {
    const expected = [
      ...range('A', 1, 22),
      ...range('R', 1, 7),
      ...range('B', 1, 7),
      ...range('C', 1, 10),
      ...range('D', 1, 9),
      'R08',
      ...range('E', 1, 2),
    ];
    expect(allCodes(CURRENT_TEMPLATE).sort()).toEqual(expected.sort());
    expect(CURRENT_TEMPLATE.id).toBe('cchc');
    expect(CURRENT_TEMPLATE.version).toBe(1);
  });

  it('computes the reference totals', () => {
    const sums = Object.fromEntries(totalIndicators(CURRENT_TEMPLATE).map((t) => [t.code, t.sumOf]));
    expect(sums).toEqual({
      A07: ['A02', 'A03', 'A05', 'A06'],
      A11: ['A08', 'A09', 'A10'],
      A14: ['A12', 'A13'],
      C10: range('C', 1, 9),
    });
  });

  it('has the models list with the reference columns and choices', () => {
    const list = listSection(CURRENT_TEMPLATE)!;
    expect(list.columns.map((c) => c.code)).toEqual(range('B', 1, 7));
    const kinds = list.columns.find((c) => c.code === 'B02');
    expect(kinds?.type === 'enum' && kinds.options).toEqual(['Mô hình', 'Sáng kiến', 'Giải pháp']);
  });

  it('writes every label in NFC', () => {
    for (const i of allIndicators(CURRENT_TEMPLATE)) expect(i.label).toBe(i.label.normalize('NFC'));
  });
});
