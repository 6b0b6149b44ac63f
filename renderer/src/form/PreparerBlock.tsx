import type { FocusEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { formatDate, parseDate } from '../../../shared/format/dates';
import { ui } from '../../../shared/i18n/vi/ui';
import { FieldMessage } from './FieldMessage';
import { domId, messageId, preparerField } from './fieldNames';
import type { FormValues } from './formValues';
import { issueAria, issueClass, useFieldIssue } from './useFieldIssue';

type Key = 'name' | 'position' | 'phone' | 'preparedOn';
const KEYS: Key[] = ['name', 'position', 'phone', 'preparedOn'];

function PreparerInput({ name }: { name: Key }) {
  const { register, setValue } = useFormContext<FormValues>();
  const field = preparerField(name);
  const issue = useFieldIssue(field);
  const registered = register(field);
  const id = domId(field);
  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    if (name === 'preparedOn') {
      const parsed = parseDate(event.target.value);
      if (parsed.ok && parsed.value && formatDate(parsed.value) !== event.target.value) {
        setValue(field, formatDate(parsed.value), { shouldDirty: true });
      }
    }
    void registered.onBlur(event);
  };
  return (
    <div className={`preparer-field preparer-${name}`}>
      <label htmlFor={id}>{ui.preparer[name]}</label>
      <input
        {...registered}
        id={id}
        type={name === 'phone' ? 'tel' : 'text'}
        autoComplete="off"
        className={issueClass(issue)}
        placeholder={name === 'preparedOn' ? ui.models.datePlaceholder : undefined}
        {...issueAria(issue, messageId(field))}
        onBlur={onBlur}
      />
      {name === 'preparedOn' && <p className="hint">{ui.preparer.preparedOnHint}</p>}
      <FieldMessage field={field} issue={issue} />
    </div>
  );
}

/** "Người lập": who prepared the report, printed on the workbook's cover. */
export function PreparerBlock() {
  return (
    <section className="preparer-section" aria-label={ui.preparer.heading}>
      <h2 className="section-title">{ui.preparer.heading}</h2>
      <p className="hint">{ui.preparer.intro}</p>
      <div className="preparer-grid">
        {KEYS.map((k) => (
          <PreparerInput key={k} name={k} />
        ))}
      </div>
    </section>
  );
}
