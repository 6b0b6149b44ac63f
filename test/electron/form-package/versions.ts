import { cchcV1 } from '../../../shared/template/cchc-v1';
import type { FormTemplate } from '../../../shared/template';
import type { FormPackage, MappingRow } from '../../../shared/template/package/types';

/** Version 2: A23 new in section A, A22 renamed A24, D09 dropped (its rule stays valid). */
export function version2(): FormPackage {
  const t: FormTemplate = structuredClone(cchcV1);
  t.version = 2;
  const a = t.sections[0]!;
  if (a.kind !== 'indicators') throw new Error('A');
  const at = a.indicators.findIndex((i) => i.code === 'A22');
  a.indicators[at] = { kind: 'count', code: 'A24', label: 'PAKN đã xử lý', unit: 'lượt' };
  a.indicators.splice(at + 1, 0, { kind: 'count', code: 'A23', label: 'Hồ sơ trả tại nhà', unit: 'hồ sơ' });
  for (const i of a.indicators)
    if (i.kind === 'rate') i.numerator = i.numerator.map((c) => (c === 'A22' ? 'A24' : c));
  for (const r of t.rules) {
    r.left = r.left.map((c) => (c === 'A22' ? 'A24' : c));
    r.target = r.target === 'A22' ? 'A24' : r.target;
  }
  const d = t.sections.find((s) => s.id === 'D')!;
  if (d.kind === 'indicators') d.indicators = d.indicators.filter((i) => i.code !== 'D09');
  const mapping: MappingRow[] = [
    { from: 'A22', to: 'A24', how: 'rename' },
    { from: 'D09', to: null, how: 'drop' },
  ];
  return { template: t, periods: 'Năm', mapping };
}
