import { nfc, stripControlCharacters, stripInvisible } from '../format/text';
import { fromLegacyText, type LegacyEncoding } from './legacy';

export interface CleanedText {
  text: string;
  /** The text was in a legacy font's encoding and has been converted. */
  legacy?: LegacyEncoding;
  /** Invisible or control characters were removed. */
  stripped: boolean;
}

/**
 * What a typed, pasted or read text is stored as: legacy TCVN3/VNI converted to Unicode (first: TCVN3
 * uses the soft-hyphen byte as "ư"), NFC, without invisible and control characters (tab and new lines
 * kept), new lines as "\n", trimmed. Uniqueness and "required" checks then see what the clerk saw.
 */
export function cleanText(
  raw: string,
  font?: string,
  options: { trim?: boolean; keepLineBreaks?: boolean } = {},
): CleanedText {
  const legacy = fromLegacyText(raw, font);
  const normal = nfc(legacy.text);
  const visible = stripControlCharacters(stripInvisible(normal));
  const lines = options.keepLineBreaks ? visible : visible.replace(/\r\n?/gu, '\n');
  const result: CleanedText = {
    text: options.trim === false ? lines : lines.trim(),
    stripped: visible !== normal,
  };
  if (legacy.encoding) result.legacy = legacy.encoding;
  return result;
}
