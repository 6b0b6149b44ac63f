import { get, useFormContext, useFormState, type FieldError, type Path } from 'react-hook-form';
import type { FormValues } from './formValues';

/** The error or warning react-hook-form holds for one field (from the template resolver). */
export function useFieldIssue(field: string): FieldError | undefined {
  const { control } = useFormContext<FormValues>();
  const { errors } = useFormState({ control, name: field as Path<FormValues> });
  return get(errors, field) as FieldError | undefined;
}

/** Props that tie an input to its message: aria-invalid for errors, aria-describedby for both. */
export function issueAria(issue: FieldError | undefined, describedBy: string) {
  return {
    'aria-invalid': issue?.type === 'error' ? true : undefined,
    'aria-describedby': issue ? describedBy : undefined,
  } as const;
}

export function issueClass(issue: FieldError | undefined): string {
  if (!issue) return '';
  return issue.type === 'error' ? 'has-error' : 'has-warning';
}
