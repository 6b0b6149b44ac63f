import { useFormContext, useWatch } from 'react-hook-form';
import { formatCount } from '../../../shared/format/numbers';
import { ui } from '../../../shared/i18n/vi/ui';
import type { TextIndicator } from '../../../shared/template';
import { FieldMessage } from './FieldMessage';
import { domId, indicatorLabel, messageId, textField } from './fieldNames';
import type { FormValues } from './formValues';
import { issueAria, issueClass, useFieldIssue } from './useFieldIssue';
import { usePasteCleaner } from './usePasteCleaner';

/** A narrative indicator (E01, E02): a large text area; Enter starts a new line. */
export function TextIndicatorField({ indicator }: { indicator: TextIndicator }) {
  const { register, control } = useFormContext<FormValues>();
  const field = textField(indicator.code);
  const issue = useFieldIssue(field);
  const text = useWatch({ control, name: field }) ?? '';
  const id = domId(field);
  const paste = usePasteCleaner();
  return (
    <div className="text-indicator">
      <label htmlFor={id} className="text-indicator-label">
        <span className="code">{indicator.code}</span> {indicator.label}
      </label>
      <textarea
        {...register(field)}
        id={id}
        rows={7}
        className={issueClass(issue)}
        aria-label={indicatorLabel(indicator.code, indicator.label)}
        {...issueAria(issue, messageId(field))}
        onPaste={paste.onPaste}
      />
      {paste.notice && (
        <p className="field-msg warning" role="status">
          {paste.notice}
        </p>
      )}
      <div className="text-indicator-foot">
        <FieldMessage field={field} issue={issue} />
        <span className="char-count">
          {ui.form.textLength(formatCount(text.length), formatCount(indicator.maxLength))}
        </span>
      </div>
    </div>
  );
}
