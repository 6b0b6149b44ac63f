import { get } from 'react-hook-form';
import type { FormValues, ModelRowValues } from './formValues';
import type { FormCheck } from './resolver';

/**
 * A list row just added, with nothing typed and no box of it left yet: its "chưa nhập …" errors
 * are real (export still refuses it) but not shown in red before the clerk had a chance to type.
 */
export function isPristineRow(model: ModelRowValues | undefined, touched: unknown, row: number): boolean {
  if (!model || Object.values(model.values).some((v) => v.trim() !== '')) return false;
  const cells = get(touched, `models.${row}.values`) as Record<string, boolean> | undefined;
  return !cells || !Object.values(cells).some(Boolean);
}

/** The check as the screen shows it: without the issues of pristine rows (tabs, badges, lists). */
export function withoutPristineRows(check: FormCheck, values: FormValues, touched: unknown): FormCheck {
  const hidden = (row: number | undefined) =>
    row !== undefined && isPristineRow(values.models[row], touched, row);
  if (!check.issues.some((i) => hidden(i.row))) return check;
  return { ...check, issues: check.issues.filter((i) => !hidden(i.row)) };
}
