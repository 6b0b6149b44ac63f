/**
 * The style table of the sheet writer: the few distinct cell styles a workbook uses, each given an
 * index once, and written as xl/styles.xml (fonts in the workbook's font, fills, borders, formats).
 */
import { escapeXml } from '../../shared/format/xml';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  border?: boolean;
  /** ARGB, e.g. "FFE8EEF7". */
  fill?: string;
  numFmt?: string;
}

export class StyleTable {
  /** Style objects already seen: callers reuse a few constant objects for most cells. */
  private readonly seen = new WeakMap<CellStyle, number>();
  private readonly ids = new Map<string, number>([[JSON.stringify({}), 0]]);
  private readonly list: CellStyle[] = [{}];

  /** The index of a style in the workbook's cell formats, added the first time it is seen. */
  id(style: CellStyle): number {
    const known = this.seen.get(style);
    if (known !== undefined) return known;
    const key = JSON.stringify(style, Object.keys(style).sort());
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(key, id);
      this.list.push(style);
    }
    this.seen.set(style, id);
    return id;
  }

  /** xl/styles.xml: the fonts, fills, number formats and cell formats of the styles used. */
  toXml(font: { name: string; size: number }): string {
    const fonts: string[] = [];
    const fontIds = new Map<string, number>();
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    ];
    const fillIds = new Map<string, number>();
    const numFmts: string[] = [];
    const numFmtIds = new Map<string, number>();
    const fontOf = (s: CellStyle) => {
      const key = `${s.bold ? 'b' : ''}${s.italic ? 'i' : ''}${s.size ?? font.size}`;
      let id = fontIds.get(key);
      if (id === undefined) {
        id = fonts.length;
        fontIds.set(key, id);
        fonts.push(
          `<font>${s.bold ? '<b/>' : ''}${s.italic ? '<i/>' : ''}<sz val="${s.size ?? font.size}"/><name val="${escapeXml(font.name)}"/><family val="1"/><charset val="163"/></font>`,
        );
      }
      return id;
    };
    const fillOf = (argb: string | undefined) => {
      if (!argb) return 0;
      let id = fillIds.get(argb);
      if (id === undefined) {
        id = fills.length;
        fillIds.set(argb, id);
        fills.push(
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`,
        );
      }
      return id;
    };
    const numFmtOf = (code: string | undefined) => {
      if (!code) return 0;
      if (code === '@') return 49;
      let id = numFmtIds.get(code);
      if (id === undefined) {
        id = 164 + numFmts.length;
        numFmtIds.set(code, id);
        numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      }
      return id;
    };
    fontOf({});
    const xfs = this.list.map((s) => {
      const fontId = fontOf(s);
      const fillId = fillOf(s.fill);
      const borderId = s.border ? 1 : 0;
      const numFmtId = numFmtOf(s.numFmt);
      const align =
        s.wrap || s.horizontal || s.vertical
          ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
          : '';
      return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${align}</xf>`;
    });
    const thin = (side: string) => `<${side} style="thin"><color rgb="FF808080"/></${side}>`;
    return [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '',
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>`,
      `<fills count="${fills.length}">${fills.join('')}</fills>`,
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border></borders>`,
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '</styleSheet>',
    ].join('');
  }
}
