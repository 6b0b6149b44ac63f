import { useState, type ClipboardEvent } from 'react';
import { ui } from '../../../shared/i18n/vi/ui';
import { shownValue } from '../../../shared/i18n/vi/workbook';
import { cleanText } from '../../../shared/text/clean';
import { LEGACY_FONT_NAMES } from '../../../shared/text/legacy';

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/**
 * Text pasted into the form from an old document (TCVN3 ".VnTime", VNI) arrives as "ViÖt Nam": it is
 * converted to Unicode as it is pasted, and invisible characters dropped, with a notice beside the
 * field saying what was done. Anything else is pasted as the browser does it.
 */
export function usePasteCleaner(): { onPaste: (event: ClipboardEvent<TextInput>) => void; notice: string } {
  const [notice, setNotice] = useState('');
  const onPaste = (event: ClipboardEvent<TextInput>) => {
    const raw = event.clipboardData.getData('text/plain');
    const cleaned = cleanText(raw, undefined, { trim: false });
    if (cleaned.text === raw.replace(/\r\n?/gu, '\n') && !cleaned.legacy) {
      setNotice('');
      return;
    }
    event.preventDefault();
    const input = event.currentTarget;
    const end = input.selectionEnd ?? input.value.length;
    input.setRangeText(cleaned.text, input.selectionStart ?? end, end, 'end');
    // React (and the form library) hear about the new value as if it had been typed.
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setNotice(
      cleaned.legacy
        ? ui.form.pastedLegacy(LEGACY_FONT_NAMES[cleaned.legacy], shownValue(cleaned.text, 80))
        : ui.form.pastedInvisible,
    );
  };
  return { onPaste, notice };
}
