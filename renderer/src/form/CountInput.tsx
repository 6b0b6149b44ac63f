import { useState, type ChangeEvent, type ClipboardEvent, type FocusEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { formatCount, parseCount } from '../../../shared/format/numbers';
import { ui } from '../../../shared/i18n/vi/ui';
import { shownValue } from '../../../shared/i18n/vi/workbook';
import { regroupWhileTyping } from './countTyping';
import { countField, domId, indicatorLabel, messageId } from './fieldNames';
import type { FormValues } from './formValues';
import { issueAria, issueClass, useFieldIssue } from './useFieldIssue';

/** A count box: digits grouped as typed ("27.630"); anything else is kept and refused at the field. */
export function CountInput({ code, label }: { code: string; label: string }) {
  const { register, getValues, setValue } = useFormContext<FormValues>();
  const field = countField(code);
  const issue = useFieldIssue(field);
  const registered = register(field);
  const [pasteRefused, setPasteRefused] = useState('');

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setPasteRefused(''); // what is in the box now was typed: the refused paste is history
    const box = event.target;
    const previous = getValues(field) ?? '';
    const { text, caret } = regroupWhileTyping(previous, box.value, box.selectionStart ?? box.value.length);
    if (text !== box.value) {
      box.value = text;
      box.setSelectionRange(caret, caret);
    }
    void registered.onChange(event);
  };

  // Cells copied from a spreadsheet column arrive as "5\r\n200": a one-line box would join them
  // into "5 200", read as 5.200. One cell (with its trailing line break) pastes as usual.
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const cells = event.clipboardData
      .getData('text/plain')
      .replace(/[\r\n]+$/u, '')
      .split(/\r\n|\r|\n|\t/u);
    if (cells.length <= 1) return setPasteRefused('');
    event.preventDefault();
    setPasteRefused(ui.form.pastedManyCells(cells.length, shownValue(cells.join('; '), 60)));
  };

  const onBlur = (event: FocusEvent<HTMLInputElement>) => {
    const parsed = parseCount(event.target.value);
    if (parsed.ok && parsed.value !== null && formatCount(parsed.value) !== event.target.value) {
      setValue(field, formatCount(parsed.value), { shouldDirty: true });
    }
    void registered.onBlur(event);
  };

  return (
    <>
      <input
        {...registered}
        id={domId(field)}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className={`count-input ${issueClass(issue)}`}
        aria-label={indicatorLabel(code, label)}
        {...issueAria(issue, messageId(field))}
        onChange={onChange}
        onBlur={onBlur}
        onPaste={onPaste}
      />
      {pasteRefused && (
        <p className="field-msg error" role="alert">
          {pasteRefused}
        </p>
      )}
    </>
  );
}
