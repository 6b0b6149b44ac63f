import type { FieldError } from 'react-hook-form';
import { ui } from '../../../shared/i18n/vi/ui';
import { messageId } from './fieldNames';
import { fieldMessages } from './resolver';

/** The problem of a field, written beside it (red for an error, amber for a warning). */
export function FieldMessage({ field, issue }: { field: string; issue: FieldError | undefined }) {
  if (!issue) return null;
  const level = issue.type === 'error' ? 'error' : 'warning';
  return (
    <div id={messageId(field)} className={`field-msg ${level}`}>
      {fieldMessages(issue).map((message) => (
        <p key={message}>
          <strong>{level === 'error' ? ui.issues.error : ui.issues.warning}:</strong> {message}
        </p>
      ))}
    </div>
  );
}
