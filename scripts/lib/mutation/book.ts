/**
 * A small editable model of an .xlsx written by the app, for the mutation test: cells of each sheet
 * as XML fragments by row and column, merged ranges, sheet names; edits as a clerk makes them in
 * Excel or LibreOffice (type, clear, insert or delete rows, merge, rename or copy sheets), then
 * written back as a zip. Cells are objects, so an edit made before a row insert still knows where
 * its cell ended up.
 */
import { cellRef, parseCellRef } from '../../../electron/workbook/formulas';
import { makeZip, unzipEntries } from '../zip';

export interface Cell {
  row: number;
  col: number;
  /** Attributes other than r (s="3" t="s"...). */
  attrs: string;
  /** What is inside <c>…</c> ('' for an empty cell). */
  inner: string;
}

interface Row {
  attrs: string;
  cells: Map<number, Cell>;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  state: string;
  part: string;
  head: string;
  tail: string;
  rows: Map<number, Row>;
  merges: Range[];
}

const xmlEscape = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const xmlUnescape = (s: string) =>
  s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');

function parseRange(ref: string): Range | null {
  const [a, b = a] = ref.split(':');
  const p = parseCellRef(a!);
  const q = parseCellRef(b!);
  return p && q ? { top: p[0], left: p[1], bottom: q[0], right: q[1] } : null;
}
export const rangeRef = (r: Range) => `${cellRef(r.top, r.left)}:${cellRef(r.bottom, r.right)}`;

function parseSheet(name: string, state: string, part: string, xml: string): Sheet {
  const start = xml.indexOf('<sheetData');
  const open = xml.indexOf('>', start) + 1;
  const selfClosing = xml[open - 2] === '/';
  const end = selfClosing ? open : xml.indexOf('</sheetData>');
  const head = xml.slice(0, start);
  let tail = xml.slice(selfClosing ? open : end + '</sheetData>'.length);
  const merges: Range[] = [];
  tail = tail.replace(/<mergeCells[^>]*>(.*?)<\/mergeCells>/su, (_m, body: string) => {
    for (const m of body.matchAll(/ref="([^"]+)"/gu)) {
      const r = parseRange(m[1]!);
      if (r) merges.push(r);
    }
    return '\u0000MERGES\u0000';
  });
  const rows = new Map<number, Row>();
  const body = selfClosing ? '' : xml.slice(open, end);
  for (const rm of body.matchAll(/<row([^>]*?)(\/>|>(.*?)<\/row>)/gsu)) {
    const r = Number(/\sr="(\d+)"/u.exec(rm[1]!)![1]);
    const row: Row = { attrs: rm[1]!.replace(/\s(r|spans)="[^"]*"/gu, ''), cells: new Map() };
    rows.set(r, row);
    for (const cm of (rm[3] ?? '').matchAll(/<c\s([^>]*?)(\/>|>(.*?)<\/c>)/gsu)) {
      const ref = /(?:^|\s)r="([A-Z]+\d+)"/u.exec(cm[1]!)![1]!;
      const [cr, cc] = parseCellRef(ref)!;
      row.cells.set(cc, {
        row: cr,
        col: cc,
        attrs: cm[1]!.replace(/(?:^|\s)r="[^"]*"/u, '').trim(),
        inner: cm[3] ?? '',
      });
    }
  }
  return { name, state, part, head, tail, rows, merges };
}

function writeSheet(sheet: Sheet): string {
  let data = '';
  for (const r of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const row = sheet.rows.get(r)!;
    data += `<row r="${r}"${row.attrs}>`;
    for (const c of [...row.cells.keys()].sort((a, b) => a - b)) {
      const cell = row.cells.get(c)!;
      const attrs = cell.attrs ? ` ${cell.attrs}` : '';
      data += cell.inner
        ? `<c r="${cellRef(r, c)}"${attrs}>${cell.inner}</c>`
        : `<c r="${cellRef(r, c)}"${attrs}/>`;
    }
    data += '</row>';
  }
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`
    : '';
  const tail = sheet.tail.includes('\u0000MERGES\u0000')
    ? sheet.tail.replace('\u0000MERGES\u0000', merges)
    : merges + sheet.tail;
  return `${sheet.head}<sheetData>${data}</sheetData>${tail}`;
}

export class Book {
  readonly sheets: Sheet[] = [];
  private readonly entries = new Map<string, Buffer>();
  private readonly strings: string[] = [];
  private styles = '';
  private contentTypes = '';
  private rels = '';
  private workbook = '';

  constructor(bytes: Buffer) {
    for (const e of unzipEntries(bytes)) this.entries.set(e.name, e.data);
    const text = (name: string) => this.entries.get(name)!.toString('utf8');
    this.workbook = text('xl/workbook.xml');
    this.rels = text('xl/_rels/workbook.xml.rels');
    this.styles = text('xl/styles.xml');
    this.contentTypes = text('[Content_Types].xml');
    for (const si of text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gsu)) {
      this.strings.push(xmlUnescape([...si[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gsu)].map((t) => t[1]).join('')));
    }
    const targets = new Map(
      [...this.rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/gu)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    for (const m of this.workbook.matchAll(
      /<sheet [^>]*?name="([^"]*)"[^>]*?state="([^"]*)"[^>]*?r:id="([^"]+)"/gu,
    )) {
      const part = 'xl/' + targets.get(m[3]!)!.replace(/^\/?xl\//u, '');
      this.sheets.push(parseSheet(xmlUnescape(m[1]!), m[2]!, part, text(part)));
    }
  }

  sheet(name: string): Sheet {
    return this.sheets.find((s) => s.name === name)!;
  }

  cell(sheet: Sheet, row: number, col: number): Cell | undefined {
    return sheet.rows.get(row)?.cells.get(col);
  }

  /** The cell, made if missing (with the style of the cell above, as a typed cell keeps its format). */
  ensure(sheet: Sheet, row: number, col: number): Cell {
    let r = sheet.rows.get(row);
    if (!r) sheet.rows.set(row, (r = { attrs: '', cells: new Map() }));
    let c = r.cells.get(col);
    if (!c) {
      const above = this.cell(sheet, row - 1, col);
      const style = above && /s="\d+"/u.exec(above.attrs)?.[0];
      r.cells.set(col, (c = { row, col, attrs: style ?? '', inner: '' }));
    }
    return c;
  }

  /** The text a cell shows (shared, inline or number). */
  text(cell: Cell | undefined): string {
    if (!cell || !cell.inner) return '';
    if (/t="s"/u.test(cell.attrs)) return this.strings[Number(/<v>(\d+)<\/v>/u.exec(cell.inner)?.[1])] ?? '';
    if (/t="inlineStr"/u.test(cell.attrs))
      return xmlUnescape([...cell.inner.matchAll(/<t[^>]*>(.*?)<\/t>/gsu)].map((t) => t[1]).join(''));
    return xmlUnescape(/<v>(.*?)<\/v>/su.exec(cell.inner)?.[1] ?? '');
  }

  private style(cell: Cell): string {
    return /s="\d+"/u.exec(cell.attrs)?.[0] ?? '';
  }

  setText(cell: Cell, text: string, style?: number): void {
    const s = style === undefined ? this.style(cell) : `s="${style}"`;
    cell.attrs = `${s} t="inlineStr"`.trim();
    cell.inner = `<is><t xml:space="preserve">${xmlEscape(text)}</t></is>`;
  }

  setNumber(cell: Cell, n: number, style?: number): void {
    cell.attrs = style === undefined ? this.style(cell) : `s="${style}"`;
    cell.inner = `<v>${n}</v>`;
  }

  clear(cell: Cell): void {
    cell.attrs = this.style(cell);
    cell.inner = '';
  }

  /** A new cell style: a date format, or a font (".VnTime", "VNI-Times"). Returns its index. */
  addStyle(kind: { date: true } | { font: string }): number {
    let fontId = 0;
    if ('font' in kind) {
      const count = Number(/<fonts count="(\d+)"/u.exec(this.styles)![1]);
      this.styles = this.styles
        .replace(/<fonts count="\d+"/u, `<fonts count="${count + 1}"`)
        .replace('</fonts>', `<font><sz val="12"/><name val="${kind.font}"/></font></fonts>`);
      fontId = count;
    }
    const xfs = Number(/<cellXfs count="(\d+)"/u.exec(this.styles)![1]);
    const numFmt = 'date' in kind ? 14 : 0;
    this.styles = this.styles
      .replace(/<cellXfs count="\d+"/u, `<cellXfs count="${xfs + 1}"`)
      .replace(
        '</cellXfs>',
        `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>`,
      );
    return xfs;
  }

  /** Inserts an empty row before `at` (as Excel's "Insert row"): everything below moves down. */
  insertRow(sheet: Sheet, at: number): void {
    this.shiftRows(sheet, at, 1);
  }

  /** Deletes row `at`: its cells are gone, everything below moves up. */
  deleteRow(sheet: Sheet, at: number): void {
    sheet.rows.delete(at);
    sheet.merges = sheet.merges.filter((m) => !(m.top === at && m.bottom === at));
    this.shiftRows(sheet, at + 1, -1);
  }

  private shiftRows(sheet: Sheet, from: number, by: number): void {
    const moved = [...sheet.rows]
      .filter(([r]) => r >= from)
      .sort((a, b) => (by > 0 ? b[0] - a[0] : a[0] - b[0]));
    for (const [r, row] of moved) {
      sheet.rows.delete(r);
      sheet.rows.set(r + by, row);
      for (const cell of row.cells.values()) cell.row = r + by;
    }
    for (const m of sheet.merges) {
      if (m.top >= from) m.top += by;
      if (m.bottom >= from) m.bottom += by;
    }
  }

  /** Merges a range as Excel does: only the top-left cell keeps its value. */
  merge(sheet: Sheet, range: Range): void {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = this.cell(sheet, r, c);
        if (cell && (r !== range.top || c !== range.left)) this.clear(cell);
      }
    }
    sheet.merges = sheet.merges.filter(
      (m) => m.bottom < range.top || m.top > range.bottom || m.right < range.left || m.left > range.right,
    );
    sheet.merges.push(range);
  }

  rename(sheet: Sheet, name: string): void {
    sheet.name = name;
  }

  /** Copies a sheet as "Name (2)", placed right after it. */
  copy(sheet: Sheet, name: string): Sheet {
    const copy = parseSheet(
      name,
      'visible',
      `xl/worksheets/copy${this.sheets.length + 1}.xml`,
      writeSheet(sheet),
    );
    this.sheets.splice(this.sheets.indexOf(sheet) + 1, 0, copy);
    return copy;
  }

  write(): Buffer {
    const parts = new Map(this.entries);
    let rels = this.rels.replace(/<Relationship [^>]*?worksheets\/[^>]*\/>/gu, '');
    let types = this.contentTypes.replace(/<Override PartName="\/xl\/worksheets\/[^>]*\/>/gu, '');
    let sheetsXml = '';
    this.sheets.forEach((s, i) => {
      const id = `rIdS${i + 1}`;
      rels = rels.replace(
        '</Relationships>',
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${s.part.replace(/^xl\//u, '')}"/></Relationships>`,
      );
      types = types.replace(
        '</Types>',
        `<Override PartName="/${s.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      );
      sheetsXml += `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" state="${s.state}" r:id="${id}"/>`;
      parts.set(s.part, Buffer.from(writeSheet(s)));
    });
    // Defined names (print areas) point at sheets by position: drop them rather than keep them wrong.
    const workbook = this.workbook
      .replace(/<sheets>.*<\/sheets>/su, `<sheets>${sheetsXml}</sheets>`)
      .replace(/<definedNames>.*<\/definedNames>/su, '');
    parts.set('xl/workbook.xml', Buffer.from(workbook));
    parts.set('xl/_rels/workbook.xml.rels', Buffer.from(rels));
    parts.set('[Content_Types].xml', Buffer.from(types));
    parts.set('xl/styles.xml', Buffer.from(this.styles));
    return makeZip([...parts].map(([name, data]) => ({ name, data })));
  }
}
