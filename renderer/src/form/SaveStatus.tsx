import { conflictMessages } from '../../../shared/i18n/vi/conflict';
import { ui } from '../../../shared/i18n/vi/ui';
import type { SaveState } from './autosaver';

/** The quiet line that says the report is on disk ("Đã lưu lúc 10:32:05"). */
export function SaveStatus({ state }: { state: SaveState }) {
  let text: string;
  switch (state.kind) {
    case 'idle':
      text = ui.save.nothingYet;
      break;
    case 'pending':
      text = ui.save.unsaved;
      break;
    case 'saving':
      text = ui.save.saving;
      break;
    case 'saved':
      text = ui.save.savedAt(state.at);
      break;
    case 'failed':
      text = ui.save.failedTitle;
      break;
    case 'conflict':
      text = conflictMessages.saveState;
      break;
  }
  return (
    <p className={`save-status save-${state.kind}`} role="status" data-state={state.kind}>
      {text}
    </p>
  );
}
