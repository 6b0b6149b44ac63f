import { lineHeight, MAX_ROW_HEIGHT, wrappedLineCount } from './row-height';

/** A word ending a sentence or a paragraph (with the spaces after it): a good place to go on a new row. */
const SENTENCE_END = /(?:[.!?;…]["'”’)\]]*\s+|\n\s*)$/u;

/**
 * A text too long for one row (Excel's rows stop at 409 pt, so a 4.000-character narrative is cut
 * on paper) split into pieces that each fit a row of a column `width` wide, in order: at the end
 * of a sentence when one is near, else between words. Each piece keeps the spaces or line breaks
 * that followed it, so `pieces.join('')` is the text exactly (what the unit workbook writes and its
 * reader joins back). A word longer than a row stays whole.
 */
export function splitKeepingBreaks(text: string, width: number, size = 12): string[] {
  // The row's padding (4 pt) and one line of safety, since the wrap estimate is an estimate.
  const maxLines = Math.max(1, Math.floor((MAX_ROW_HEIGHT - 4) / lineHeight(size)) - 1);
  if (wrappedLineCount(text, width, size) <= maxLines) return [text];
  const pieces: string[] = [];
  let words: string[] = [];
  // Words, each with the spaces and line breaks after it.
  for (const word of text.split(/(?<=\s)(?=\S)/u)) {
    // Measured with its trailing line breaks: they show as empty lines in the cell.
    if (words.length && wrappedLineCount(words.join('') + word, width, size) > maxLines) {
      // Back to the last sentence end in the last third of the piece, if there is one.
      let cut = words.length;
      for (let i = words.length - 1; i >= Math.ceil((words.length * 2) / 3) - 1 && i > 0; i--) {
        if (SENTENCE_END.test(words[i]!)) {
          cut = i + 1;
          break;
        }
      }
      pieces.push(words.slice(0, cut).join(''));
      words = words.slice(cut);
    }
    words.push(word);
  }
  if (words.length) pieces.push(words.join(''));
  return pieces;
}

/**
 * The same pieces without their trailing spaces, for a sheet only read by people (the merged
 * "Tồn tại, kiến nghị"): joined with spaces (or the paragraph breaks where they fell) they give
 * the text back.
 */
export function splitForRows(text: string, width: number, size = 12): string[] {
  const pieces = splitKeepingBreaks(text, width, size);
  return pieces.length === 1 ? pieces : pieces.map((p) => p.trimEnd()).filter((p) => p);
}
