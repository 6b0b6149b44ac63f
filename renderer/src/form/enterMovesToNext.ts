import type { KeyboardEvent } from 'react';

const FIELDS = 'input, select, textarea';

/**
 * Enter moves to the next box, as Tab does (clerks coming from Excel expect it). In a text area
 * Enter still starts a new line; on a button it still presses it; IME composition is left alone.
 */
export function enterMovesToNext(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.nativeEvent.isComposing) return;
  const target = event.target;
  const isTextInput =
    target instanceof HTMLInputElement &&
    !['button', 'submit', 'reset', 'checkbox', 'radio', 'file'].includes(target.type);
  if (!isTextInput && !(target instanceof HTMLSelectElement)) return;
  event.preventDefault();
  const fields = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)).filter(
    (el) =>
      el === target ||
      (!el.hasAttribute('readonly') &&
        !(el as HTMLInputElement).disabled &&
        el.tabIndex >= 0 &&
        el.getClientRects().length > 0),
  );
  const next = fields[fields.indexOf(target) + 1];
  if (!next) return;
  next.focus();
  if (next instanceof HTMLInputElement) next.select();
}
