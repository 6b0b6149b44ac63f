import { conflictMessages } from '../../../shared/i18n/vi/conflict';
import { ui } from '../../../shared/i18n/vi/ui';
import type { SaveState } from './autosaver';

/**
 * The quiet line that says the report is on disk ("Đã lưu lúc 10:32:05"); amber, and saying so,
 * while `refused` boxes hold an entry that is not a number and so are not saved.
 */
export function SaveStatus({ state, refused = 0 }: { state: SaveState; refused?: number }) {
  let text: string;
  let kind: string = state.kind;
  switch (state.kind) {
    case 'idle':
      text = refused > 0 ? ui.save.refusedUnsaved(refused) : ui.save.nothingYet;
      if (refused > 0) kind = 'partial';
      break;
    case 'pending':
      text = ui.save.unsaved;
      break;
    case 'saving':
      text = ui.save.saving;
      break;
    case 'saved':
      text = refused > 0 ? ui.save.savedExceptRefused(state.at, refused) : ui.save.savedAt(state.at);
      if (refused > 0) kind = 'partial';
      break;
    case 'failed':
      text = ui.save.failedTitle;
      break;
    case 'conflict':
      text = conflictMessages.saveState;
      break;
  }
  return (
    <p className={`save-status save-${kind}`} role="status" data-state={state.kind}>
      {text}
    </p>
  );
}
