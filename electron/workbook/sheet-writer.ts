/**
 * A small, fast .xlsx writer for large generated tables (the merged workbook of thousands of units).
 * exceljs keeps a model object and a style object per cell and took tens of seconds and hundreds
 * of megabytes for a country-sized merge; this writes the SpreadsheetML directly: shared strings,
 * a style table built from the few distinct styles used, formulas with cached values, merged
 * cells, frozen panes, column widths, A4 print set-up, very hidden sheets, and a plain zip
 * (deflate from node:zlib). It writes only what we give it; it never reads untrusted input.
 */
import fs from 'node:fs';
import { moveIntoPlace } from '../atomic-write';
import { escapeXml } from '../../shared/format/xml';
import { columnLetter } from './formulas';
import { printArea, printTitles } from './print-setup';
import { StyleTable, type CellStyle } from './sheet-styles';
import { sheetHeadXml, sheetTailXml } from './sheet-xml';
import { fileSink, finishPacked, memorySink, packChunks, packMore, ZipWriter } from './zip-writer';
import type { PackedPart } from './zip-writer';

export type CellValue = string | number | null | { formula: string; result: string | number };

export type { CellStyle } from './sheet-styles';

interface Cell {
  value: CellValue;
  style: number;
}

export class SheetBuilder {
  readonly rows = new Map<number, Map<number, Cell>>();
  readonly widths = new Map<number, number>();
  readonly hiddenCols = new Set<number>();
  readonly heights = new Map<number, number>();
  readonly merges: string[] = [];
  frozen: { rows: number; cols: number } | null = null;
  printTitleRow: number | null = null;
  /** Rows repeated at the top of every printed page, when more than the one `printTitleRow`. */
  printTitleRows: [number, number] | null = null;
  /** Columns repeated at the left of every printed page (e.g. the unit's code and name). */
  printTitleCols: [number, number] | null = null;
  /** A fixed print scale in percent instead of fitting the width to one page. */
  printScale: number | null = null;
  /** The last row and column printed (from A1): columns after it are for the screen only. */
  printArea: [number, number] | null = null;
  /** A manual page break before each of these columns. */
  columnBreaks: number[] = [];
  /** Page numbers centred at the top from page 2 (Nghị định 30); Excel's header code. */
  pageNumbers = false;
  landscape = true;
  state: 'visible' | 'veryHidden' = 'visible';
  /** Set by WorkbookBuilder.seal: the sheet's part, deflated, its cells let go. */
  sealed: PackedPart | null = null;
  /** Texts written in the cell (inline) rather than shared: for long texts that never repeat. */
  inlineStrings = false;
  /** Set by flush: the rows deflated so far (head included); later rows must come after them. */
  flushed: PackedPart | null = null;
  private flushedThrough = 0;

  constructor(
    readonly name: string,
    private readonly book: WorkbookBuilder,
  ) {}

  set(row: number, col: number, value: CellValue, style: CellStyle = {}): void {
    if (this.sealed) throw new Error(`sheet ${this.name} is already written`);
    if (row <= this.flushedThrough) throw new Error(`sheet ${this.name}: row ${row} is already written`);
    let cells = this.rows.get(row);
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    cells.set(col, { value, style: this.book.styleId(style) });
  }

  /** Sets a row of values from column 1 (or `from`). */
  setRow(row: number, values: CellValue[], style: CellStyle = {}, from = 1): void {
    values.forEach((v, i) => this.set(row, from + i, v, style));
  }

  /**
   * Deflates the rows set so far and lets their cells go, so a sheet of thousands of rows holds a
   * few hundred at a time. Widths, frozen panes and row heights must be set before the first flush.
   */
  flush(): void {
    this.book.flush(this);
  }

  /** Called by WorkbookBuilder once the rows are deflated. */
  letRowsGo(): void {
    for (const r of this.rows.keys()) this.flushedThrough = Math.max(this.flushedThrough, r);
    for (const r of this.heights.keys()) this.flushedThrough = Math.max(this.flushedThrough, r);
    this.rows.clear();
    this.heights.clear();
  }

  get(row: number, col: number): CellValue | undefined {
    return this.rows.get(row)?.get(col)?.value;
  }

  merge(fromRow: number, fromCol: number, toRow: number, toCol: number): void {
    if (fromRow === toRow && fromCol === toCol) return;
    this.merges.push(`${columnLetter(fromCol)}${fromRow}:${columnLetter(toCol)}${toRow}`);
  }

  /** The sheet's XML in pieces of about 64 KB, so a large sheet is never one string. */
  *xmlChunks(strings: SharedStrings, selected: boolean): Generator<string> {
    yield sheetHeadXml(this, selected);
    yield* this.rowChunks(strings);
    yield sheetTailXml(this);
  }

  /** The rows set so far, in order, in pieces of about 64 KB. */
  *rowChunks(strings: SharedStrings): Generator<string> {
    let out: string[] = [];
    let size = 0;
    const rowNumbers = [...new Set([...this.rows.keys(), ...this.heights.keys()])].sort((a, b) => a - b);
    const letters: string[] = [];
    const letter = (c: number) => (letters[c] ??= columnLetter(c));
    for (const r of rowNumbers) {
      const height = this.heights.get(r);
      let xml = `<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''}>`;
      const cells = this.rows.get(r);
      if (cells) {
        let ordered = [...cells.keys()];
        if (ordered.some((c, i) => i > 0 && c < ordered[i - 1]!)) ordered = ordered.sort((x, y) => x - y);
        for (const c of ordered) {
          const cell = cells.get(c)!;
          const ref = letter(c) + r;
          const s = cell.style ? ` s="${cell.style}"` : '';
          const v = cell.value;
          if (v === null || v === '') xml += `<c r="${ref}"${s}/>`;
          else if (typeof v === 'number') xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
          else if (typeof v === 'string') {
            xml += this.inlineStrings
              ? `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`
              : `<c r="${ref}"${s} t="s"><v>${strings.index(v)}</v></c>`;
          } else if (typeof v.result === 'number') {
            xml += `<c r="${ref}"${s}><f>${escapeXml(v.formula)}</f><v>${v.result}</v></c>`;
          } else {
            xml += `<c r="${ref}"${s} t="str"><f>${escapeXml(v.formula)}</f><v>${escapeXml(v.result)}</v></c>`;
          }
        }
      }
      out.push(xml + '</row>');
      size += xml.length;
      if (size > 65_536) {
        yield out.join('');
        out = [];
        size = 0;
      }
    }
    if (out.length) yield out.join('');
  }
}

class SharedStrings {
  private readonly map = new Map<string, number>();
  private readonly list: string[] = [];
  index(text: string): number {
    let i = this.map.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.map.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  toXml(): string {
    const items = this.list.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.list.length}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

export class WorkbookBuilder {
  readonly sheets: SheetBuilder[] = [];
  private readonly styles = new StyleTable();

  constructor(
    private readonly font: { name: string; size: number },
    private readonly creator = '',
  ) {}

  private readonly strings = new SharedStrings();

  /**
   * A finished sheet is deflated now and its cells let go, so a large merge holds one sheet's
   * cells at a time, not every sheet's until the end. Nothing may be set on it afterwards.
   */
  seal(sheet: SheetBuilder): void {
    if (sheet.sealed) return;
    sheet.sealed = sheet.flushed
      ? finishPacked(packMore(sheet.flushed, [...sheet.rowChunks(this.strings), sheetTailXml(sheet)]))
      : packChunks(sheet.xmlChunks(this.strings, this.isSelected(sheet)));
    sheet.rows.clear();
  }

  /** See SheetBuilder.flush. */
  flush(sheet: SheetBuilder): void {
    if (sheet.sealed) throw new Error(`sheet ${sheet.name} is already written`);
    sheet.flushed ??= packMore({ crc: 0, size: 0, packed: [] }, [
      sheetHeadXml(sheet, this.isSelected(sheet)),
    ]);
    packMore(sheet.flushed, sheet.rowChunks(this.strings));
    sheet.letRowsGo();
  }

  private isSelected(sheet: SheetBuilder): boolean {
    return this.sheets.findIndex((s) => s.state === 'visible') === this.sheets.indexOf(sheet);
  }

  addSheet(name: string): SheetBuilder {
    const sheet = new SheetBuilder(name, this);
    this.sheets.push(sheet);
    return sheet;
  }

  styleId(style: CellStyle): number {
    return this.styles.id(style);
  }

  toBuffer(created: Date): Buffer {
    const sink = memorySink();
    this.writeTo(new ZipWriter(sink, created), created);
    return sink.bytes();
  }

  /**
   * Writes the workbook to a file, whole or not at all (a temporary file beside it, then renamed),
   * part by part: the archive is never in memory.
   */
  writeFile(file: string, created: Date): void {
    const partial = `${file}.${process.pid}.partial`;
    try {
      const fd = fs.openSync(partial, 'w');
      try {
        this.writeTo(new ZipWriter(fileSink(fd), created), created);
      } finally {
        fs.closeSync(fd);
      }
      moveIntoPlace(partial, file);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw error;
    }
  }

  private writeTo(zip: ZipWriter, created: Date): void {
    const strings = this.strings;
    const firstVisible = this.sheets.findIndex((s) => s.state === 'visible');
    const definedNames = this.sheets
      .flatMap((s, i) =>
        (
          [
            ['_xlnm.Print_Area', printArea(s.name, s)],
            ['_xlnm.Print_Titles', printTitles(s.name, s)],
          ] as const
        ).map(([name, range]) =>
          range ? `<definedName name="${name}" localSheetId="${i}">${escapeXml(range)}</definedName>` : '',
        ),
      )
      .join('');
    const workbook = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
      `<bookViews><workbookView activeTab="${Math.max(0, firstVisible)}"/></bookViews><sheets>`,
      ...this.sheets.map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="rId${i + 1}"/>`,
      ),
      '</sheets>',
      definedNames ? `<definedNames>${definedNames}</definedNames>` : '',
      // Excel recalculates every formula on opening; the cached values serve readers that do not.
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    ].join('');
    const n = this.sheets.length;
    const rels = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
      ...this.sheets.map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      ),
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
      `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`,
      '</Relationships>',
    ].join('');
    const contentTypes = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
      '<Default Extension="xml" ContentType="application/xml"/>',
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
      ...this.sheets.map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      ),
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
      '</Types>',
    ].join('');
    const iso = created.toISOString().replace(/\.\d{3}Z$/u, 'Z');
    const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(this.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`;
    const rootRels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';
    zip.add('[Content_Types].xml', [contentTypes]);
    zip.add('_rels/.rels', [rootRels]);
    zip.add('docProps/core.xml', [core]);
    zip.add('xl/workbook.xml', [workbook]);
    zip.add('xl/_rels/workbook.xml.rels', [rels]);
    zip.add('xl/styles.xml', [this.styles.toXml(this.font)]);
    // Each sheet is turned into XML and compressed piece by piece, and its cells released, so a
    // country-sized merge never holds every sheet's cells and text at once.
    this.sheets.forEach((s, i) => {
      const name = `xl/worksheets/sheet${i + 1}.xml`;
      if (s.flushed) this.seal(s);
      if (s.sealed) zip.addPacked(name, s.sealed);
      else zip.add(name, s.xmlChunks(strings, i === firstVisible));
      s.rows.clear();
    });
    zip.add('xl/sharedStrings.xml', [strings.toXml()]);
    zip.finish();
  }
}
