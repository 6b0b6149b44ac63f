import { conflictMessages as m } from '../../../shared/i18n/vi/conflict';
import { ui } from '../../../shared/i18n/vi/ui';
import type { FieldConflict, FieldValue } from '../../../shared/domain/three-way-merge';
import { formatCount } from '../../../shared/format/numbers';
import { findIndicator, listSection, type FormTemplate } from '../../../shared/template';
import './conflict-panel.css';

const MAX_SHOWN = 120;

function shown(template: FormTemplate, conflict: FieldConflict, value: FieldValue): string {
  if (conflict.field.kind === 'model') {
    if (value === undefined || typeof value !== 'object') return m.rowDeleted;
    const first = listSection(template)?.columns[0]?.code ?? '';
    return value[first] || m.rowUnnamed;
  }
  if (value === undefined || value === '') return m.empty;
  const text = typeof value === 'number' ? formatCount(value) : String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function label(template: FormTemplate, conflict: FieldConflict): string {
  const { field } = conflict;
  if (field.kind === 'preparer') return `${ui.form.preparerTab}: ${ui.preparer[field.key]}`;
  if (field.kind === 'model') {
    const name = shown(template, conflict, conflict.mine ?? conflict.theirs);
    return m.modelField(name);
  }
  return `${field.code} ${findIndicator(template, field.code)?.label ?? ''}`.trim();
}

/** The fields changed both here and in another tab or window: both values, and the clerk chooses. */
export function ConflictPanel({
  template,
  conflicts,
  onChoose,
}: {
  template: FormTemplate;
  conflicts: FieldConflict[];
  onChoose: (conflict: FieldConflict, side: 'mine' | 'theirs') => void;
}) {
  return (
    <section className="banner warning conflict-panel" role="alert" aria-labelledby="conflict-title">
      <div>
        <strong id="conflict-title">{m.title}</strong>
        <p>{m.merged(conflicts.length)}</p>
        <ul className="conflict-list">
          {conflicts.map((c) => {
            const name = label(template, c);
            const [mine, theirs] = [shown(template, c, c.mine), shown(template, c, c.theirs)];
            return (
              <li
                key={`${c.field.kind}:${'code' in c.field ? c.field.code : 'id' in c.field ? c.field.id : c.field.key}`}
              >
                <span className="conflict-field">{name}</span>
                <button
                  type="button"
                  onClick={() => onChoose(c, 'mine')}
                  aria-label={`${name} — ${m.keepMine(mine)}`}
                >
                  {m.keepMine(mine)}
                </button>
                <button
                  type="button"
                  onClick={() => onChoose(c, 'theirs')}
                  aria-label={`${name} — ${m.useTheirs(theirs)}`}
                >
                  {m.useTheirs(theirs)}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
