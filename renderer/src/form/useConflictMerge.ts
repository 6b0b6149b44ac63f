import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { canonicalJson } from '../../../shared/domain/canonical';
import type { ReportData } from '../../../shared/domain/report';
import {
  changedFields,
  fieldValue,
  mergeReports,
  sameField,
  type FieldConflict,
  type FieldValue,
  type ReportField,
} from '../../../shared/domain/three-way-merge';
import { conflictMessages } from '../../../shared/i18n/vi/conflict';
import { ui } from '../../../shared/i18n/vi/ui';
import { formatCount } from '../../../shared/format/numbers';
import type { FormTemplate } from '../../../shared/template';
import type { Autosaver } from './autosaver';
import { countField, preparerField, textField } from './fieldNames';
import { emptyModelRow, type FormValues } from './formValues';
import type { TypedFields } from './typedFields';

const sameValue = (a: FieldValue, b: FieldValue) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Puts one field's value (from the merge or the clerk's choice) into the form's boxes. */
export function setFieldInForm(
  template: FormTemplate,
  form: Pick<UseFormReturn<FormValues>, 'getValues' | 'setValue'>,
  field: ReportField,
  value: FieldValue,
): void {
  const options = { shouldDirty: true };
  if (field.kind === 'count') {
    form.setValue(countField(field.code), typeof value === 'number' ? formatCount(value) : '', options);
  } else if (field.kind === 'text') {
    form.setValue(textField(field.code), typeof value === 'string' ? value : '', options);
  } else if (field.kind === 'preparer') {
    form.setValue(preparerField(field.key), typeof value === 'string' ? value : '', options);
  } else {
    const rows = [...form.getValues('models')];
    const at = rows.findIndex((r) => r.id === field.id);
    if (value === undefined || typeof value !== 'object') {
      if (at >= 0) rows.splice(at, 1);
    } else {
      const row = emptyModelRow(template, field.id);
      row.values = { ...row.values, ...value };
      if (at >= 0) rows[at] = row;
      else rows.push(row);
    }
    form.setValue('models', rows, options);
  }
}

/** What to call refreshed fields in the notice: their codes, or what they are. */
export function refreshedNames(fields: ReportField[]): string[] {
  return [
    ...new Set(
      fields.map((f) =>
        f.kind === 'count' || f.kind === 'text'
          ? f.code
          : f.kind === 'preparer'
            ? ui.preparer[f.key]
            : conflictMessages.modelRow,
      ),
    ),
  ];
}

/**
 * What the form does when the store holds figures it has not seen (its save was refused, or another
 * tab or window said it saved): take over the fields changed only there, keep the fields changed
 * only here, and list the fields changed on both sides (or typed here) for the clerk to decide;
 * saving waits meanwhile. Conflicts still open stay listed, with the newest stored value.
 */
export function useConflictMerge(options: {
  template: FormTemplate;
  form: Pick<UseFormReturn<FormValues>, 'getValues' | 'setValue'>;
  /** The form's data now. */
  snapshot: () => ReportData;
  fetchStored: () => Promise<ReportData>;
  /** Fields the clerk typed in since the last save. */
  typed?: TypedFields;
  /** Fields were changed in the form to what another tab or window saved. */
  onUpdated?: (fields: ReportField[]) => void;
}) {
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);
  // The open conflicts as of the last merge (state lags behind within one event).
  const open = useRef<FieldConflict[]>([]);
  const show = (list: FieldConflict[]) => {
    open.current = list;
    setConflicts(list);
  };

  /** Merges `stored` into the form (its saves were based on `based`). */
  const mergeStored = (based: ReportData, saver: Autosaver, stored: ReportData) => {
    const mine = options.snapshot();
    const wasHeld = open.current.length > 0;
    const { merged, conflicts: found } = mergeReports(
      based,
      mine,
      stored,
      (f) => options.typed?.has(f) ?? false,
    );
    saver.rebase(stored);
    const changed = changedFields(mine, merged);
    for (const { field, value } of changed) setFieldInForm(options.template, options.form, field, value);
    if (changed.length > 0) options.onUpdated?.(changed.map((c) => c.field));
    // Still open: now against the newest stored value, gone once both sides agree.
    const still = open.current
      .filter((c) => !found.some((f) => sameField(f.field, c.field)))
      .map((c) => ({ ...c, theirs: fieldValue(stored, c.field) }))
      .filter((c) => !sameValue(fieldValue(mine, c.field), c.theirs));
    const all = [...still, ...found];
    options.typed?.clear();
    show(all);
    if (all.length > 0) saver.hold(based);
    else if (wasHeld) saver.release();
    // Only figures from elsewhere came in: nothing to save, and the status never says otherwise.
    else if (saver.hasUnsavedChanges()) saver.changed();
    else void saver.flush();
  };

  const onStale = async (based: ReportData, saver: Autosaver) => {
    mergeStored(based, saver, await options.fetchStored());
  };

  /** The clerk's choice for one conflicting field; true once every one is chosen (saving resumes). */
  const choose = (conflict: FieldConflict, side: 'mine' | 'theirs'): boolean => {
    if (side === 'theirs') setFieldInForm(options.template, options.form, conflict.field, conflict.theirs);
    const left = open.current.filter((c) => !sameField(c.field, conflict.field));
    show(left);
    return left.length === 0;
  };

  /** The open conflicts with `mine` as the form holds it now: what choosing it saves. */
  const shown = (now: ReportData): FieldConflict[] =>
    conflicts.map((c) => ({ ...c, mine: fieldValue(now, c.field) }));

  return { conflicts, onStale, mergeStored, choose, shown };
}
