import { canonicalJson, canonicalReportData } from './canonical';
import type { ModelRow, Preparer, ReportData } from './report';

/**
 * Merging two edits of one report made from the same stored version (two tabs or windows): a
 * field changed on one side only takes that side's value; a field changed on both sides to
 * different values is a conflict the clerk decides. A field is one count, one text, one preparer
 * entry or one model row (its id), so rows added on either side are all kept.
 */
export type ReportField =
  | { kind: 'count'; code: string }
  | { kind: 'text'; code: string }
  | { kind: 'preparer'; key: keyof Preparer }
  | { kind: 'model'; id: string };

/** A field's value: undefined when empty (no count, empty text, deleted row). */
export type FieldValue = number | string | ModelRow['values'] | undefined;

export interface FieldConflict {
  field: ReportField;
  mine: FieldValue;
  theirs: FieldValue;
}

export interface MergeResult {
  /** Both sides' changes; a conflicting field holds `mine` until the clerk chooses. */
  merged: ReportData;
  conflicts: FieldConflict[];
}

const SEP = '\u0000';
const keyOf = (field: ReportField): string =>
  field.kind === 'preparer'
    ? `preparer${SEP}${field.key}`
    : `${field.kind}${SEP}${field.kind === 'model' ? field.id : field.code}`;

function fieldOf(key: string): ReportField {
  const [kind, name] = key.split(SEP) as [ReportField['kind'], string];
  if (kind === 'preparer') return { kind, key: name as keyof Preparer };
  if (kind === 'model') return { kind, id: name };
  return { kind, code: name };
}

/** Every non-empty field of the canonical data, by key. */
function flatten(data: ReportData): Map<string, FieldValue> {
  const c = canonicalReportData(data);
  const out = new Map<string, FieldValue>();
  for (const [code, value] of Object.entries(c.counts))
    out.set(keyOf({ kind: 'count', code }), value ?? undefined);
  for (const [code, value] of Object.entries(c.texts)) out.set(keyOf({ kind: 'text', code }), value);
  for (const [key, value] of Object.entries(c.preparer)) {
    if (value !== '') out.set(keyOf({ kind: 'preparer', key: key as keyof Preparer }), value);
  }
  for (const row of c.models) out.set(keyOf({ kind: 'model', id: row.id }), row.values);
  return out;
}

const same = (a: FieldValue, b: FieldValue) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function unflatten(values: Map<string, FieldValue>, rowOrder: string[]): ReportData {
  const data: ReportData = {
    counts: {},
    texts: {},
    models: [],
    preparer: { name: '', position: '', phone: '', preparedOn: '' },
  };
  for (const [key, value] of values) {
    if (value === undefined) continue;
    const field = fieldOf(key);
    if (field.kind === 'count') data.counts[field.code] = value as number;
    else if (field.kind === 'text') data.texts[field.code] = value as string;
    else if (field.kind === 'preparer') data.preparer[field.key] = value as string;
  }
  for (const id of rowOrder) {
    const row = values.get(keyOf({ kind: 'model', id }));
    if (row !== undefined) data.models.push({ id, values: row as ModelRow['values'] });
  }
  return data;
}

/** Rows in my order, then the rows only the other side has, in its order. */
function rowOrder(mine: ReportData, theirs: ReportData): string[] {
  const ids = mine.models.map((m) => m.id);
  const known = new Set(ids);
  for (const row of theirs.models) if (!known.has(row.id)) ids.push(row.id);
  return ids;
}

/**
 * Merges `mine` and `theirs`, both edited from `base`. A field `typed` here (the clerk typed in its
 * box, maybe the very value it held) is never silently replaced by another value from `theirs`: that
 * is a conflict too, since the clerk meant the value the box shows.
 */
export function mergeReports(
  base: ReportData,
  mine: ReportData,
  theirs: ReportData,
  typed: (field: ReportField) => boolean = () => false,
): MergeResult {
  const [b, m, t] = [flatten(base), flatten(mine), flatten(theirs)];
  const merged = new Map<string, FieldValue>();
  const conflicts: FieldConflict[] = [];
  for (const key of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const [bv, mv, tv] = [b.get(key), m.get(key), t.get(key)];
    if (same(mv, tv) || same(tv, bv)) merged.set(key, mv);
    else if (same(mv, bv) && !typed(fieldOf(key))) merged.set(key, tv);
    else {
      merged.set(key, mv);
      conflicts.push({ field: fieldOf(key), mine: mv, theirs: tv });
    }
  }
  return { merged: unflatten(merged, rowOrder(mine, theirs)), conflicts };
}

export const sameField = (a: ReportField, b: ReportField) => keyOf(a) === keyOf(b);

/** A text naming the field, equal for equal fields (a key in maps and lists). */
export const fieldKey = keyOf;

/** The value of one field in the data (undefined when empty). */
export const fieldValue = (data: ReportData, field: ReportField): FieldValue =>
  flatten(data).get(keyOf(field));

/** The fields whose value in `to` differs from `from`, with their value in `to`. */
export function changedFields(from: ReportData, to: ReportData): { field: ReportField; value: FieldValue }[] {
  const [a, b] = [flatten(from), flatten(to)];
  const out: { field: ReportField; value: FieldValue }[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (!same(a.get(key), b.get(key))) out.push({ field: fieldOf(key), value: b.get(key) });
  }
  return out;
}
