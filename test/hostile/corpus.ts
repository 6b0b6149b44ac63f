/**
 * The hostile corpus: files a district receives by email from strangers, generated here (no
 * binary blobs committed). Each comes with what the app must answer: the verdict and the kind of
 * problem (which has its own Vietnamese message). `npx tsx test/hostile/make-corpus.ts DIR` writes
 * them to a folder, to try them by hand (`npm run cli -- check DIR/*`) or in the app.
 */
import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import { CURRENT_TEMPLATE } from '../../shared/template';
import { META_KEYS, META_SHEET_NAME } from '../../shared/workbook/layout';
import type { Verdict } from '../../shared/workbook/import-types';
import { DEFAULT_READ_LIMITS, MAX_STRUCTURE_PART_BYTES } from '../../electron/workbook/xlsx/read';
import { DEFAULT_UNITS } from '../../shared/domain/units';
import {
  editByCode,
  makeZip,
  randomBytes,
  rewriteZip,
  sampleReport,
  writeReport,
  zerosBombDeflated,
  unzipEntries,
  type ZipInput,
} from '../electron/workbook/fixtures';
import { encryptedXlsx, oldXls } from './cfb';

export interface CorpusFile {
  name: string;
  /** What it is, in a few words (for the report of the test). */
  what: string;
  bytes: Buffer;
  verdict: Verdict;
  /** The problem the verdict rests on (its own message); undefined for valid files. */
  kind?: string;
}

const unit = (code: string) => DEFAULT_UNITS.find((u) => u.code === code)!;

/** The first section sheet's part name (sheet1 is the cover). */
const FIRST_SECTION_PART = 'xl/worksheets/sheet2.xml';

function setMeta(wb: ExcelJS.Workbook, key: string, value: ExcelJS.CellValue) {
  wb.getWorksheet(META_SHEET_NAME)!.eachRow((row) => {
    if (row.getCell(1).value === key) row.getCell(2).value = value;
  });
}

/** "Billion laughs": ten levels of ten references, 10^9 copies of "lol" if expanded. */
function entityBomb(xml: string): Buffer {
  const doctype =
    '<!DOCTYPE worksheet [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
    ']>';
  const body = xml
    .replace(/^<\?xml[^>]*\?>/u, '')
    .replace(
      '<sheetData>',
      '<sheetData><row r="999"><c r="A999" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
    );
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}${body}`);
}

export async function buildCorpus(): Promise<CorpusFile[]> {
  const report = sampleReport();
  const good = await writeReport(report);
  const files: CorpusFile[] = [];
  const add = (name: string, what: string, bytes: Buffer, verdict: Verdict, kind?: string) =>
    files.push({ name, what, bytes, verdict, ...(kind ? { kind } : {}) });

  // Valid files of three communes, in the same batch as everything below.
  add(
    'CCHC_2023_TH01_hop_le.xlsx',
    'valid report (TH01)',
    await writeReport(report, { unit: unit('TH01') }),
    'accepted',
  );
  add(
    'CCHC_2023_TH02_hop_le.xlsx',
    'valid report (TH02)',
    await writeReport(report, { unit: unit('TH02') }),
    'accepted',
  );
  add(
    'CCHC_2023_TH09_hop_le.xlsx',
    'valid report (TH09)',
    await writeReport(report, { unit: unit('TH09') }),
    'accepted',
  );

  // Not a workbook at all, whatever the name says.
  add('rong.xlsx', 'empty file', Buffer.alloc(0), 'refused', 'empty-file');
  add(
    'cat-doi.xlsx',
    'truncated zip (first half of a valid file)',
    good.subarray(0, good.length >> 1),
    'refused',
    'damaged',
  );
  add(
    'cat-cuoi.xlsx',
    'truncated zip (central directory cut off)',
    good.subarray(0, good.length - 40),
    'refused',
    'damaged',
  );
  add('ngau-nhien.xlsx', 'random bytes', randomBytes(64 * 1024, 2024), 'refused', 'not-xlsx:unknown');
  add(
    'excel-cu.xlsx',
    'old Excel 97-2003 workbook (OLE, Workbook stream)',
    oldXls(),
    'refused',
    'not-xlsx:xls',
  );
  add(
    'co-mat-khau.xlsx',
    'password-protected workbook (OLE EncryptionInfo + EncryptedPackage)',
    encryptedXlsx(),
    'refused',
    'encrypted',
  );
  add(
    'du-lieu-csv.xlsx',
    'CSV renamed .xlsx',
    Buffer.from('\ufeffMã số;Chỉ tiêu;Số liệu\r\nA01;Số TTHC;159\r\nA03;Hồ sơ trực tuyến;1512\r\n'),
    'refused',
    'not-xlsx:csv',
  );
  add(
    'trang-web.xlsx',
    'HTML page saved as .xlsx',
    Buffer.from(
      '<!DOCTYPE html><html lang="vi"><body><table><tr><td>A01</td><td>159</td></tr></table></body></html>',
    ),
    'refused',
    'not-xlsx:html',
  );
  add(
    'van-ban.xlsx',
    'PDF renamed .xlsx',
    Buffer.concat([
      Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
      randomBytes(4000, 9),
      Buffer.from('\n%%EOF\n'),
    ]),
    'refused',
    'not-xlsx:pdf',
  );

  // Bombs.
  add(
    'bom-zip.xlsx',
    'zip bomb: ~1,1 MB whose directory says 1,1 GB',
    makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet2.xml', deflated: zerosBombDeflated(1100), size: 1100 * 1024 * 1024 },
    ]),
    'refused',
    'zip-bomb',
  );
  const parts = unzipEntries(good);
  add(
    'bom-zip-noi-doi.xlsx',
    'zip bomb that lies: a sheet declared 40 KB inflates to 1,1 GB',
    makeZip(
      parts.map((part): ZipInput =>
        part.name === FIRST_SECTION_PART
          ? { name: part.name, deflated: zerosBombDeflated(1100), declaredSize: 40_000 }
          : { name: part.name, data: part.data },
      ),
    ),
    'refused',
    'zip-bomb',
  );
  add(
    'bom-xml.xlsx',
    'XML entity-expansion bomb ("billion laughs") inside a sheet',
    rewriteZip(good, (name, data) =>
      name === FIRST_SECTION_PART ? entityBomb(data.toString('utf8')) : undefined,
    ),
    'refused',
    'xml-entities',
  );
  add(
    'xxe.xlsx',
    'XML external entity (file:///etc/passwd) in the shared strings',
    rewriteZip(good, (name, data) =>
      name === 'xl/sharedStrings.xml'
        ? Buffer.from(
            data
              .toString('utf8')
              .replace(
                /^<\?xml[^>]*\?>/u,
                '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
              )
              .replace(/<t>([^<]*)<\/t>/u, '<t>&x;</t>'),
          )
        : undefined,
    ),
    'refused',
    'xml-entities',
  );

  add(
    'chuoi-thua.xlsx',
    'shared strings padded with 100.000 strings no cell uses',
    rewriteZip(good, (name, data) =>
      name === 'xl/sharedStrings.xml'
        ? Buffer.from(
            data
              .toString('utf8')
              .replace(
                '</sst>',
                Array.from({ length: 100_000 }, (_, i) => `<si><t>${i}</t></si>`).join('') + '</sst>',
              ),
          )
        : undefined,
    ),
    'refused',
    'too-many-strings',
  );

  // Workbooks, but not this report.
  const payroll = new ExcelJS.Workbook();
  const ws = payroll.addWorksheet('Bảng lương');
  ws.addRows([
    ['STT', 'Họ và tên', 'Lương'],
    [1, 'Nguyễn Văn A', 5_000_000],
  ]);
  add(
    'bang-luong.xlsx',
    'another workbook (a payroll)',
    Buffer.from((await payroll.xlsx.writeBuffer()) as ArrayBuffer),
    'refused',
    'not-cchc',
  );
  add(
    'mau-khac.xlsx',
    'a report of another template',
    await writeReport(report, { template: { ...CURRENT_TEMPLATE, id: 'tccb' } }),
    'refused',
    'template-unknown',
  );
  add(
    'mau-moi-hon.xlsx',
    'a report of a newer template version',
    await writeReport(report, { template: { ...CURRENT_TEMPLATE, version: 9 } }),
    'refused',
    'template-newer',
  );

  // Tampered metadata.
  add(
    'sua-phien-ban.xlsx',
    'tampered metadata: revision "ba"',
    await editByCode(good, (wb) => setMeta(wb, META_KEYS.revision, 'ba')),
    'refused',
    'meta-invalid',
  );
  add(
    'sua-ky.xlsx',
    'tampered metadata: period "2023-Q9"',
    await editByCode(good, (wb) => setMeta(wb, META_KEYS.period, '2023-Q9')),
    'refused',
    'period-invalid',
  );
  add(
    'sua-don-vi.xlsx',
    'tampered metadata: unknown unit code',
    await editByCode(good, (wb) => setMeta(wb, META_KEYS.unitCode, 'XX99')),
    'refused',
    'unit-unknown',
  );
  add(
    'sua-so-lieu.xlsx',
    'a figure changed by hand (checksum mismatch)',
    await editByCode(good, (_wb, at) => (at('D02').value = 2)),
    'warnings',
    'checksum-mismatch',
  );

  // What people type into the inputs.
  add(
    'cong-thuc.xlsx',
    'a formula typed into an input (with its cached value)',
    await editByCode(good, (_wb, at) => (at('A01').value = { formula: '100+59', result: 159 })),
    'warnings',
    'formula-in-input',
  );
  add(
    'cong-thuc-rong.xlsx',
    'a formula without a cached value',
    await editByCode(
      good,
      (_wb, at) => (at('A01').value = { formula: '100+59' } as ExcelJS.CellFormulaValue),
    ),
    'refused',
    'formula-no-value',
  );
  add(
    'chu-trong-o-so.xlsx',
    'text in a count ("mười hai")',
    await editByCode(good, (_wb, at) => (at('A01').value = 'mười hai')),
    'refused',
    'count-text',
  );
  add(
    'dau-phay.xlsx',
    'a count written "1,234"',
    await editByCode(good, (_wb, at) => (at('A01').value = '1,234')),
    'refused',
    'count-comma',
  );
  add(
    'so-am.xlsx',
    'a negative count',
    await editByCode(good, (_wb, at) => (at('A01').value = -5)),
    'refused',
    'count-negative',
  );
  add(
    'so-1e15.xlsx',
    'a count of 10^15',
    await editByCode(good, (_wb, at) => (at('A01').value = 1e15)),
    'refused',
    'count-too-large',
  );
  add(
    'muoi-nghin-mo-hinh.xlsx',
    '10.000 model rows',
    await editByCode(good, (wb) => {
      const models = wb.getWorksheet('B. Mô hình, sáng kiến')!;
      for (let i = 0; i < 10_000; i++) models.getRow(8 + i).getCell(2).value = `Mô hình số ${i}`;
    }),
    'refused',
    'rule:list-max-rows',
  );
  add(
    'o-1mb.xlsx',
    'a 1 MB cell',
    await editByCode(good, (_wb, at) => (at('E01').value = 'Tồn tại '.repeat(131_072))),
    'refused',
    'rule:E01-length',
  );
  add(
    'ky-tu-dieu-khien.xlsx',
    'control characters in a text',
    await editByCode(good, (_wb, at) => (at('E01').value = 'Tồn tại\u0007 một\u0000 số_x001B_ hạn chế')),
    'warnings',
    'control-characters',
  );
  add(
    'ma-trung.xlsx',
    'a code that appears twice',
    await editByCode(good, (wb) =>
      wb.getWorksheet('D. Chỉ tiêu khác')!.addRow([99, 'A01', 'Số TTHC (chép thừa)', 'TTHC', 5]),
    ),
    'refused',
    'duplicate-code',
  );
  add(
    'thieu-trang.xlsx',
    'missing sheets (training and other indicators deleted)',
    await editByCode(good, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('C. Đào tạo, bồi dưỡng')!.id);
      wb.removeWorksheet(wb.getWorksheet('D. Chỉ tiêu khác')!.id);
    }),
    'refused',
    'missing-code',
  );
  return files;
}

/** The parts of a workbook whose text this corpus edits. */
const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';
const STYLES_PART = 'xl/styles.xml';

/** `n` pieces joined, built without one giant template literal per file. */
function repeat(n: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(piece(i));
  return parts.join('');
}

/** Cells (`<c` elements) and shared strings (`<si` elements) a workbook already has. */
function countTags(bytes: Buffer): { cells: number; rows: number; strings: number } {
  let cells = 0;
  let rows = 0;
  let strings = 0;
  for (const part of unzipEntries(bytes)) {
    const xml = part.data.toString('utf8');
    if (part.name.startsWith('xl/worksheets/')) {
      cells += xml.match(/<(?:\w+:)?c[\s>/]/gu)?.length ?? 0;
      rows += xml.match(/<(?:\w+:)?row[\s>/]/gu)?.length ?? 0;
    }
    if (part.name === SHARED_STRINGS_PART) strings += xml.match(/<(?:\w+:)?si[\s>/]/gu)?.length ?? 0;
  }
  return { cells, rows, strings };
}

/** Pieces, in order, as many as fit in `bytes` (UTF-8; the pieces here are ASCII). */
function fill(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, used = 0; ; i++) {
    const next = piece(i);
    if (used + next.length > bytes) break;
    parts.push(next);
    used += next.length;
  }
  return parts.join('');
}

/**
 * Files at the edge of the reader's limits, beyond the issue's list: the heaviest files that are
 * still legal (just under the cell, shared-string and part-size limits, which bound the work of
 * reading one), and files just past them. Each must get its verdict within 2 s like the rest.
 */
export async function buildHeavyCorpus(): Promise<CorpusFile[]> {
  const good = await writeReport(sampleReport());
  const existing = countTags(good);
  const noise = (n: number) => crypto.randomBytes(n).toString('base64url').slice(0, n);
  /** Random hex digits: compresses about 2×, so tens of MB of XML stay under the file size limit. */
  const hexNoise = (n: number) =>
    crypto
      .randomBytes(Math.ceil(n / 2))
      .toString('hex')
      .slice(0, n);
  const part = (target: string, change: (xml: string) => string) =>
    rewriteZip(good, (name, data) =>
      name === target ? Buffer.from(change(data.toString('utf8'))) : undefined,
    );
  const sheet = (change: (xml: string) => string) => part(FIRST_SECTION_PART, change);
  const files: CorpusFile[] = [];
  const add = (name: string, what: string, bytes: Buffer, verdict: Verdict, kind?: string) =>
    files.push({ name, what, bytes, verdict, ...(kind ? { kind } : {}) });

  add(
    'sau-tram-nghin-chuoi.xlsx',
    '600.000 unused shared strings (11 MB part, 2 MB file)',
    part(SHARED_STRINGS_PART, (xml) =>
      xml.replace('</sst>', repeat(600_000, () => `<si><t>${noise(3)}</t></si>`) + '</sst>'),
    ),
    'refused',
    'too-many-strings',
  );
  add(
    'chuoi-sat-gioi-han.xlsx',
    `shared strings up to the limit (${DEFAULT_READ_LIMITS.maxSharedStrings}), 230 characters each (~14 MB)`,
    part(SHARED_STRINGS_PART, (xml) =>
      xml.replace(
        '</sst>',
        repeat(
          DEFAULT_READ_LIMITS.maxSharedStrings - existing.strings,
          () => `<si><t>${noise(230)}</t></si>`,
        ) + '</sst>',
      ),
    ),
    'accepted',
  );
  const extraCells = DEFAULT_READ_LIMITS.maxCells - existing.cells;
  add(
    'o-sat-gioi-han.xlsx',
    `text cells up to the cell limit (${DEFAULT_READ_LIMITS.maxCells} in all)`,
    sheet((xml) =>
      xml.replace(
        '</sheetData>',
        repeat(Math.ceil(extraCells / 9), (i) => {
          const r = 1000 + i;
          let cells = '';
          for (let k = 0; k < 9 && i * 9 + k < extraCells; k++) {
            cells += `<c r="${String.fromCharCode(70 + k)}${r}" t="inlineStr"><is><t>ô ${r}</t></is></c>`;
          }
          return `<row r="${r}">${cells}</row>`;
        }) + '</sheetData>',
      ),
    ),
    // Typed beside the table on rows without a code: the first 20 named, then how many more.
    'warnings',
    'value-without-code',
  );
  add(
    'qua-gioi-han-o.xlsx',
    "297.000 extra cells, five times the reader's cell limit",
    sheet((xml) =>
      xml.replace(
        '</sheetData>',
        repeat(33_000, (i) => {
          const r = 1000 + i;
          let cells = '';
          for (let k = 0; k < 9; k++)
            cells += `<c r="${String.fromCharCode(70 + k)}${r}" t="inlineStr"><is><t>x</t></is></c>`;
          return `<row r="${r}">${cells}</row>`;
        }) + '</sheetData>',
      ),
    ),
    'refused',
    'too-many-cells',
  );
  add(
    'cdata-6mb.xlsx',
    'a 6 MB CDATA cell of random text outside the table',
    sheet((xml) =>
      xml.replace(
        '</sheetData>',
        `<row r="3001"><c r="B3001" t="inlineStr"><is><t><![CDATA[${noise(6_000_000)}]]></t></is></c></row></sheetData>`,
      ),
    ),
    'accepted',
  );
  const outsideTable = (row: string) => sheet((xml) => xml.replace('</sheetData>', `${row}</sheetData>`));
  add(
    'o-15mb.xlsx',
    'a 15 MB text cell outside the table',
    outsideTable(`<row r="3001"><c r="B3001" t="inlineStr"><is><t>${noise(15_000_000)}</t></is></c></row>`),
    'accepted',
  );
  add(
    'thuoc-tinh-15mb.xlsx',
    'a cell tag padded with a 15 MB attribute',
    outsideTable(`<row r="3001"><c r="B3001" x="${noise(15_000_000)}"><v>1</v></c></row>`),
    'accepted',
  );
  add(
    'the-do-dang.xlsx',
    "14.000 unfinished tags of 1.000 letters and digits in a cell ('<a1f…', '</a1f…')",
    outsideTable(
      `<row r="3001"><c r="B3001" t="inlineStr"><is><t>a</t>${repeat(7_000, () => `<${hexNoise(1000)}`)}${repeat(
        7_000,
        () => `</${hexNoise(1000)}`,
      )}</is></c></row>`,
    ),
    'accepted',
  );
  add(
    'dong-rong.xlsx',
    `empty rows up to the row limit (${DEFAULT_READ_LIMITS.maxCells} in all)`,
    sheet((xml) =>
      xml.replace(
        '</sheetData>',
        repeat(DEFAULT_READ_LIMITS.maxCells - existing.rows, (i) => `<row r="${1000 + i}"/>`) +
          '</sheetData>',
      ),
    ),
    'accepted',
  );
  add(
    'trieu-dong-rong.xlsx',
    '800.000 empty rows (13 MB of row tags)',
    sheet((xml) =>
      xml.replace('</sheetData>', repeat(800_000, (i) => `<row r="${1000 + i}"/>`) + '</sheetData>'),
    ),
    'refused',
    'too-many-cells',
  );
  const structureRoom = (xml: string) => MAX_STRUCTURE_PART_BYTES - Buffer.byteLength(xml) - 64;
  const style = (i: number) => `<xf numFmtId="${i % 163}" fontId="${(i * 7919) % 1000}"/>`;
  add(
    'kieu-o.xlsx',
    'cell styles after the ones in use, up to the 4 MB limit of a styles part',
    part(STYLES_PART, (xml) => xml.replace('</cellXfs>', fill(structureRoom(xml), style) + '</cellXfs>')),
    'accepted',
  );
  add(
    'kieu-o-qua-lon.xlsx',
    '400.000 cell styles (13 MB styles part)',
    part(STYLES_PART, (xml) => xml.replace('</cellXfs>', repeat(400_000, style) + '</cellXfs>')),
    'refused',
    'zip-bomb',
  );
  add(
    'loai-noi-dung.xlsx',
    'content-type declarations up to the 4 MB limit of that part',
    part('[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        fill(
          structureRoom(xml),
          (i) => `<Default Extension="e${i}" ContentType="application/x-${i % 977}"/>`,
        ) + '</Types>',
      ),
    ),
    'accepted',
  );
  add(
    'rac-ba-trang.xlsx',
    'three sheets each carrying 10 MB of hex text outside the cells (30 MB to read in all)',
    rewriteZip(good, (name, data) =>
      /^xl\/worksheets\/sheet[234]\.xml$/u.test(name)
        ? Buffer.from(
            data
              .toString('utf8')
              .replace(
                '</worksheet>',
                `<extLst><ext uri="x"><x>${hexNoise(10_000_000)}</x></ext></extLst></worksheet>`,
              ),
          )
        : undefined,
    ),
    'accepted',
  );
  add(
    'muoi-nghin-trang.xlsx',
    '10.000 sheets declared, all on the same sheet part',
    rewriteZip(good, (name, data) => {
      if (name === 'xl/workbook.xml') {
        return Buffer.from(
          data
            .toString('utf8')
            .replace(
              '</sheets>',
              repeat(10_000, (i) => `<sheet name="s${i}" sheetId="${100 + i}" r:id="rX${i}"/>`) + '</sheets>',
            ),
        );
      }
      if (name === 'xl/_rels/workbook.xml.rels') {
        return Buffer.from(
          data
            .toString('utf8')
            .replace(
              '</Relationships>',
              repeat(
                10_000,
                (i) =>
                  `<Relationship Id="rX${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>`,
              ) + '</Relationships>',
            ),
        );
      }
      return undefined;
    }),
    'refused',
    'too-many-cells',
  );
  return files;
}
