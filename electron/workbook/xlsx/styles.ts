import { scanXml } from './xml';

/** The cell styles of a workbook, only as far as reading values needs: date formats and fonts. */

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/gu, '')
    .replace(/\[[^\]]*\]/gu, '')
    .replace(/\\./gu, '')
    .replace(/_.|\*./gu, '');
  return /[dmyhs]/iu.test(bare) && !/^general$/iu.test(bare.trim());
}

export interface CellStyles {
  /** For each cell style index: is a number in it shown as a date? */
  date: boolean[];
  /** For each cell style index: the name of its font. */
  font: (string | undefined)[];
}

export function readCellStyles(xml: string | undefined): CellStyles {
  const styles: CellStyles = { date: [], font: [] };
  if (!xml) return styles;
  const customDate = new Map<number, boolean>();
  const fontNames: (string | undefined)[] = [];
  let inCellXfs = false;
  let inFonts = false;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === 'numFmt' && attrs.numFmtId) {
        customDate.set(Number(attrs.numFmtId), isDateFormatCode(attrs.formatCode ?? ''));
      } else if (name === 'fonts' && !selfClosing) inFonts = true;
      else if (name === 'font' && inFonts) fontNames.push(undefined);
      else if (name === 'name' && inFonts && fontNames.length) fontNames[fontNames.length - 1] = attrs.val;
      else if (name === 'cellXfs' && !selfClosing) inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs.numFmtId ?? 0);
        styles.date.push(customDate.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
        styles.font.push(fontNames[Number(attrs.fontId ?? 0)]);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
      else if (name === 'fonts') inFonts = false;
    },
  });
  return styles;
}
