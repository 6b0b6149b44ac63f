import type { FocusEvent } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { formatDate, parseDate } from '../../../shared/format/dates';
import { ui } from '../../../shared/i18n/vi/ui';
import type { ListColumn } from '../../../shared/template';
import { FieldMessage } from './FieldMessage';
import { domId, messageId, modelCellLabel, modelField } from './fieldNames';
import type { FormValues } from './formValues';
import { isPristineRow } from './pristineRows';
import { issueAria, issueClass, useFieldIssue } from './useFieldIssue';
import { usePasteCleaner } from './usePasteCleaner';

/** One cell of a model row, by column type: text (one or more lines), a list of options, a date. */
export function ModelCell({ column, row }: { column: ListColumn; row: number }) {
  const { register, control, setValue } = useFormContext<FormValues>();
  const field = modelField(row, column.code);
  const { touchedFields } = useFormState({ control, name: `models.${row}.values` });
  const model = useWatch({ control, name: `models.${row}` });
  const fieldIssue = useFieldIssue(field);
  const issue = isPristineRow(model, touchedFields, row) ? undefined : fieldIssue;
  const value = useWatch({ control, name: field }) ?? '';
  const id = domId(field);
  const common = {
    id,
    className: issueClass(issue),
    'aria-label': modelCellLabel(column.code, column.label, row),
    ...issueAria(issue, messageId(field)),
  };
  const registered = register(field);
  const paste = usePasteCleaner();

  let input;
  if (column.type === 'enum') {
    const options = value && !column.options.includes(value) ? [...column.options, value] : column.options;
    input = (
      <select {...registered} {...common}>
        <option value="">{ui.models.chooseOption}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  } else if (column.type === 'date') {
    const onBlur = (event: FocusEvent<HTMLInputElement>) => {
      const parsed = parseDate(event.target.value);
      if (parsed.ok && parsed.value && formatDate(parsed.value) !== event.target.value) {
        setValue(field, formatDate(parsed.value), { shouldDirty: true });
      }
      void registered.onBlur(event);
    };
    input = (
      <input
        {...registered}
        {...common}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={ui.models.datePlaceholder}
        onBlur={onBlur}
      />
    );
  } else if (column.multiline && !column.unique) {
    // A description (B06) takes several lines; Enter starts a new one there.
    input = <textarea {...registered} {...common} rows={3} onPaste={paste.onPaste} />;
  } else {
    // A row's name (a unique column: B01) is one line, whatever the template allows: Enter moves
    // on as in every other box, and a name never carries a line break into the workbook.
    input = <input {...registered} {...common} type="text" autoComplete="off" onPaste={paste.onPaste} />;
  }

  // Text gets the whole row, a list with long options two cells, the rest one cell: the grid then
  // reads in the same order as Tab moves (B02 B03 B04 B05 on one line).
  const longOptions = column.type === 'enum' && Math.max(...column.options.map((o) => o.length)) > 24;
  const wide = column.type === 'text' ? ' wide' : longOptions ? ' double' : '';
  return (
    <div className={`model-cell cell-${column.type}${wide}`}>
      <label htmlFor={id} className="cell-label">
        <span className="code">{column.code}</span> {column.label}
        {column.required && <span className="required"> *</span>}
      </label>
      {input}
      {paste.notice && (
        <p className="field-msg warning" role="status">
          {paste.notice}
        </p>
      )}
      <FieldMessage field={field} issue={issue} />
    </div>
  );
}
