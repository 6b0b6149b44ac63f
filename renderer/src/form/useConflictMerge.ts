import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ReportData } from '../../../shared/domain/report';
import {
  changedFields,
  mergeReports,
  sameField,
  type FieldConflict,
  type FieldValue,
  type ReportField,
} from '../../../shared/domain/three-way-merge';
import { formatCount } from '../../../shared/format/numbers';
import type { FormTemplate } from '../../../shared/template';
import type { Autosaver } from './autosaver';
import { countField, preparerField, textField } from './fieldNames';
import { emptyModelRow, type FormValues } from './formValues';

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

/**
 * What the form does when its save is refused because another tab or window saved first: fetch
 * the stored report, take over the fields changed only there, keep the fields changed only here,
 * and list the fields changed on both sides for the clerk to decide (saving waits meanwhile).
 */
export function useConflictMerge(options: {
  template: FormTemplate;
  form: Pick<UseFormReturn<FormValues>, 'getValues' | 'setValue'>;
  /** The form's data now. */
  snapshot: () => ReportData;
  fetchStored: () => Promise<ReportData>;
}) {
  const [conflicts, setConflicts] = useState<FieldConflict[]>([]);

  const onStale = async (based: ReportData, saver: Autosaver) => {
    const stored = await options.fetchStored();
    const mine = options.snapshot();
    const { merged, conflicts: found } = mergeReports(based, mine, stored);
    saver.rebase(stored);
    for (const { field, value } of changedFields(mine, merged)) {
      setFieldInForm(options.template, options.form, field, value);
    }
    if (found.length > 0) {
      setConflicts(found);
      saver.hold();
    } else saver.changed();
  };

  /** The clerk's choice for one conflicting field; true once every one is chosen (saving resumes). */
  const choose = (conflict: FieldConflict, side: 'mine' | 'theirs'): boolean => {
    if (side === 'theirs') setFieldInForm(options.template, options.form, conflict.field, conflict.theirs);
    const left = conflicts.filter((c) => !sameField(c.field, conflict.field));
    setConflicts(left);
    return left.length === 0;
  };

  return { conflicts, onStale, choose };
}
