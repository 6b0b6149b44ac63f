import { useFieldArray, useFormContext } from 'react-hook-form';
import { ui } from '../../../shared/i18n/vi/ui';
import type { ListSection } from '../../../shared/template';
import { CURRENT_TEMPLATE } from '../../../shared/template';
import { FieldMessage } from './FieldMessage';
import { ModelCard } from './ModelCard';
import { domId, MODELS_FIELD, modelField } from './fieldNames';
import { emptyModelRow, newRowId, type FormValues } from './formValues';
import { useFieldIssue } from './useFieldIssue';

/** Section B: the list of reform models and initiatives, generated from the list section's columns. */
export function ModelsList({ section }: { section: ListSection }) {
  const { control } = useFormContext<FormValues>();
  // keyName keeps each row's own stable `id` (saved with the report) untouched.
  const { fields, append, move, remove } = useFieldArray({ control, name: 'models', keyName: 'fieldKey' });
  const rootField = `${MODELS_FIELD}.root`;
  const rootIssue = useFieldIssue(rootField);
  const full = fields.length >= section.maxRows;
  const first = section.columns[0]!.code;

  const add = () =>
    append(emptyModelRow(CURRENT_TEMPLATE, newRowId()), { focusName: modelField(fields.length, first) });

  return (
    <section className="list-section" aria-label={section.title}>
      <h2 className="section-title" id={domId(rootField)} tabIndex={-1}>
        {section.title}
      </h2>
      <FieldMessage field={rootField} issue={rootIssue} />
      {fields.length === 0 ? (
        <p className="empty">{ui.models.empty(section.rowNoun)}</p>
      ) : (
        <ol className="model-list">
          {fields.map((f, row) => (
            <ModelCard
              key={f.fieldKey}
              section={section}
              row={row}
              count={fields.length}
              onMove={move}
              onRemove={remove}
            />
          ))}
        </ol>
      )}
      <div className="list-foot">
        <button type="button" className="primary" onClick={add} disabled={full}>
          + {ui.models.add(section.rowNoun)}
        </button>
        {full && <span className="hint">{ui.models.tooMany(section.maxRows)}</span>}
      </div>
    </section>
  );
}
