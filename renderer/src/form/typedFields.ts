/**
 * The fields the clerk typed in since the last save, by their box names ("counts.A21",
 * "models.0.values.B01"): a value typed again, equal to what the box held, still means "this one",
 * so another tab's newer value for it is the clerk's choice, never taken over silently.
 */
import { fieldKey, fieldValue, type ReportField } from '../../../shared/domain/three-way-merge';
import type { ReportData } from '../../../shared/domain/report';
import { canonicalJson } from '../../../shared/domain/canonical';
import type { Preparer } from '../../../shared/domain/report';

/** The report field a box name stands for; `rowId` gives a model row's id from its index. */
export function fieldOfBox(
  name: string,
  rowId: (row: number) => string | undefined,
): ReportField | undefined {
  const [group, first, ,] = name.split('.');
  if (!first) return undefined;
  if (group === 'counts') return { kind: 'count', code: first };
  if (group === 'texts') return { kind: 'text', code: first };
  if (group === 'preparer') return { kind: 'preparer', key: first as keyof Preparer };
  if (group === 'models') {
    const id = rowId(Number(first));
    return id === undefined ? undefined : { kind: 'model', id };
  }
  return undefined;
}

export class TypedFields {
  private readonly fields = new Map<string, ReportField>();

  /** `held`: fields that count as typed whatever happened since (a box holding a refused entry). */
  constructor(private readonly held: (field: ReportField) => boolean = () => false) {}

  mark(field: ReportField | undefined): void {
    if (field) this.fields.set(fieldKey(field), field);
  }

  get size(): number {
    return this.fields.size;
  }

  has(field: ReportField): boolean {
    return this.fields.has(fieldKey(field)) || this.held(field);
  }

  clear(): void {
    this.fields.clear();
  }

  /** `saved` reached the disk: fields whose value there is the one the form holds `now` are done. */
  saved(saved: ReportData, now: ReportData): void {
    for (const [key, field] of this.fields) {
      const same =
        canonicalJson(fieldValue(saved, field) ?? null) === canonicalJson(fieldValue(now, field) ?? null);
      if (same) this.fields.delete(key);
    }
  }
}
