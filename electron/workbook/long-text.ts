import { lineHeight, MAX_ROW_HEIGHT, wrappedLineCount } from './row-height';

/**
 * A text too long for one row (Excel's rows stop at 409 pt, so a 4.000-character narrative is cut
 * on paper) split into pieces that each fit a row of a column `width` wide, at word boundaries,
 * in order. Joined with spaces (or the paragraph breaks where they fell) they give the text back.
 */
export function splitForRows(text: string, width: number, size = 12): string[] {
  // The row's padding (4 pt) and one line of safety, since the wrap estimate is an estimate.
  const maxLines = Math.max(1, Math.floor((MAX_ROW_HEIGHT - 4) / lineHeight(size)) - 1);
  if (wrappedLineCount(text, width, size) <= maxLines) return [text];
  const pieces: string[] = [];
  let current = '';
  // Words, keeping each paragraph break with the word after it.
  for (const word of text.split(/(?<=\s)(?=\S)/u)) {
    const next = current + word;
    if (current && wrappedLineCount(next.trimEnd(), width, size) > maxLines) {
      pieces.push(current.trimEnd());
      current = word;
    } else current = next;
  }
  if (current.trim()) pieces.push(current.trimEnd());
  return pieces;
}
