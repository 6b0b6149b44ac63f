import { useEffect, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { ui } from '../../../shared/i18n/vi/ui';
import type { ListSection } from '../../../shared/template';
import { useFormTemplate } from './formTemplate';
import { FieldMessage } from './FieldMessage';
import { ModelCard, type CardAction } from './ModelCard';
import { domId, MODELS_FIELD, modelField } from './fieldNames';
import { emptyModelRow, newRowId, type FormValues } from './formValues';
import { useFieldIssue } from './useFieldIssue';

/** Section B: the list of reform models and initiatives, generated from the list section's columns. */
export function ModelsList({ section }: { section: ListSection }) {
  const { control } = useFormContext<FormValues>();
  const template = useFormTemplate();
  // keyName keeps each row's own stable `id` (saved with the report) untouched.
  const { fields, append, move, remove } = useFieldArray({ control, name: 'models', keyName: 'fieldKey' });
  const rootField = `${MODELS_FIELD}.root`;
  const rootIssue = useFieldIssue(rootField);
  const full = fields.length >= section.maxRows;
  const first = section.columns[0]!.code;

  const add = () =>
    append(emptyModelRow(template, newRowId()), { focusName: modelField(fields.length, first) });

  // Moving or deleting a card re-renders the list and the browser drops focus to the page: once
  // the list is drawn again, focus goes back to a button of the card the clerk is working with.
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<{ row: number; actions: CardAction[] } | undefined>(undefined);
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = undefined;
    const card = list.current?.children[pending.row];
    for (const action of pending.actions) {
      const target = card?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
      if (target && !target.disabled) {
        target.focus();
        return;
      }
    }
    addButton.current?.focus();
  }, [fields]);

  const moveRow = (from: number, to: number) => {
    // The same button of the moved card, or its other move button at the top or bottom.
    pendingFocus.current = { row: to, actions: to < from ? ['up', 'down'] : ['down', 'up'] };
    move(from, to);
  };
  const removeRow = (row: number) => {
    // The card that takes its place, else the one before it, else "Thêm".
    const left = fields.length - 1;
    pendingFocus.current =
      left > 0 ? { row: Math.min(row, left - 1), actions: ['remove'] } : { row: -1, actions: [] };
    remove(row);
  };

  return (
    <section className="list-section" aria-label={section.title}>
      <h2 className="section-title" id={domId(rootField)} tabIndex={-1}>
        {section.title}
      </h2>
      <FieldMessage field={rootField} issue={rootIssue} />
      {fields.length === 0 ? (
        <p className="empty">{ui.models.empty(section.rowNoun)}</p>
      ) : (
        <ol className="model-list" ref={list}>
          {fields.map((f, row) => (
            <ModelCard
              key={f.fieldKey}
              section={section}
              row={row}
              count={fields.length}
              onMove={moveRow}
              onRemove={removeRow}
            />
          ))}
        </ol>
      )}
      <div className="list-foot">
        <button type="button" className="primary" onClick={add} disabled={full} ref={addButton}>
          + {ui.models.add(section.rowNoun)}
        </button>
        {full && <span className="hint">{ui.models.tooMany(section.maxRows)}</span>}
      </div>
    </section>
  );
}
