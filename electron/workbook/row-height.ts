/**
 * How tall a row must be for its wrapped text to show whole, for both workbook writers.
 *
 * Excel grows a row to fit wrapped text when the file is opened, but LibreOffice keeps the height
 * written in the file (or the sheet's default), so a long model name or narrative was cut off, or
 * printed over the next row. Every row whose text may wrap therefore gets an explicit height from
 * this estimate: lines = characters ÷ characters per line of the column, per paragraph, plus a
 * margin for words that do not fit at a line's end. It errs on the tall side: a little white space
 * on paper is better than a hidden figure or name.
 */

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

export interface WrappedText {
  text: string | null | undefined;
  /** Column width in Excel's units (characters of the default font), of the cell or merged cells. */
  width: number;
  /** Font size in points (12 unless told). */
  size?: number;
}

/** Characters of Vietnamese text in Times New Roman that fit in a column of this width. */
function charsPerLine(width: number, size: number): number {
  // A column unit is about one digit of the default font; an average Vietnamese character of
  // Times New Roman 12 (with diacritics and spaces) is about 0,8 unit (measured in LibreOffice);
  // less the cell's margins.
  return Math.max(1, Math.floor(((width - 1) * 12) / (size * 0.8)));
}

/** How many lines the text takes when wrapped in a column of `width`. */
export function wrappedLineCount(text: string, width: number, size = 12): number {
  const perLine = charsPerLine(width, size);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/u)) {
    const length = [...paragraph].length;
    // Word wrapping leaves the end of most lines short: count a line for every 90% of a full one.
    lines += Math.max(1, Math.ceil(length / Math.max(1, Math.floor(perLine * 0.9))));
  }
  return lines;
}

/** Points a line of text takes in a font size (as Excel and LibreOffice space Times New Roman). */
export const lineHeight = (size = 12) => size * 1.3;

/**
 * The height (points) that shows every text of a row whole, at least `min`, at most Excel's limit.
 * Empty texts count as one line.
 */
export function rowHeightFor(texts: readonly WrappedText[], min = 0): number {
  let height = min;
  for (const t of texts) {
    const size = t.size ?? 12;
    const lines = t.text ? wrappedLineCount(t.text, t.width, size) : 1;
    height = Math.max(height, Math.ceil(lines * lineHeight(size) + 4));
  }
  return Math.min(MAX_ROW_HEIGHT, height);
}
