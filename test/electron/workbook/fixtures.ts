/**
 * Helpers of the unit workbook tests: a realistic report, the writer with fixed inputs, a tiny zip
 * writer for malformed and hostile files (so no binary blobs are committed), and a LibreOffice
 * re-save.
 */
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ReportData } from '../../../shared/domain/report';
import { DEFAULT_UNITS, type Unit } from '../../../shared/domain/units';
import { CURRENT_TEMPLATE, type FormTemplate } from '../../../shared/template';
import { CODE_HEADER, VALUE_HEADER } from '../../../shared/workbook/layout';
import { writeUnitWorkbook } from '../../../electron/workbook/unit-writer';

export const UNITS: Unit[] = [...DEFAULT_UNITS];
export const THONG_BINH: Unit = DEFAULT_UNITS.find((u) => u.code === 'TH03')!;

/** A commune's report shaped like the seed's figures, consistent with every rule. */
export function sampleReport(): ReportData {
  return {
    counts: {
      A01: 159,
      A02: 120,
      A03: 1512,
      A04: 800,
      A05: 900,
      A06: 27,
      A08: 1200,
      A09: 1300,
      A10: 9,
      A12: 40,
      A13: 10,
      A15: 9,
      A16: 2400,
      A17: 5563,
      A18: 1606,
      A19: 300,
      A20: 120,
      A21: 2,
      A22: 2,
      C01: 3,
      C02: 0,
      C03: 1,
      C04: 2,
      C05: 2,
      C06: 1,
      C07: 1,
      C08: 1,
      C09: 0,
      D01: 4,
      D02: 1,
      D03: 5,
      D04: 170,
      D05: 1200,
      D06: 800,
      D07: 790,
      D08: 1,
      D09: 0,
    },
    texts: {
      E01: 'Một số hồ sơ còn trễ hạn do thiếu thành phần.\nNgười dân chưa quen nộp trực tuyến.',
      E02: 'Đề nghị tập huấn thêm về “dịch vụ công trực tuyến toàn trình”.',
    },
    models: [
      {
        id: 'm-1',
        values: {
          B01: 'Mô hình “Ngày không hẹn giải quyết thủ tục hành chính gắn với tuyên truyền hướng dẫn người dân đăng ký dịch vụ công”',
          B02: 'Mô hình',
          B03: 'Cải cách thủ tục hành chính',
          B04: '05/04/2023',
          B05: 'Duy trì',
          B06: 'Giảm 30% thời gian chờ',
        },
      },
      {
        id: 'm-2',
        values: {
          B01: 'Ứng dụng mã QR tra cứu TTHC',
          B02: 'Sáng kiến',
          B03: 'Xây dựng chính quyền điện tử, chính quyền số',
        },
      },
    ],
    preparer: {
      name: 'Nguyễn Thị Hồng',
      position: 'Công chức Văn phòng - Thống kê',
      phone: '0277 3800 000',
      preparedOn: '15/12/2023',
    },
  };
}

/** Every Vietnamese vowel with every tone, both cases, and đ/Đ: 146 letters. */
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
export const VIETNAMESE_LETTERS = [
  ...BASES.flatMap((b) => TONES.map((t) => (b + t).normalize('NFC'))),
  ...BASES.flatMap((b) => TONES.map((t) => (b.toLocaleUpperCase('vi') + t).normalize('NFC'))),
  'đ',
  'Đ',
];

export const EXPORTED_AT = new Date('2023-12-15T02:00:00Z');

export function writeReport(
  data: ReportData | null,
  options: { unit?: Unit; period?: string; revision?: number; template?: FormTemplate } = {},
): Promise<Buffer> {
  return writeUnitWorkbook({
    template: options.template ?? CURRENT_TEMPLATE,
    unit: options.unit ?? THONG_BINH,
    period: options.period ?? '2023',
    data,
    revision: options.revision ?? (data ? 3 : 0),
    reportId: data ? 7 : undefined,
    exportedAt: EXPORTED_AT,
    appVersion: '0.1.0-test',
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipInput {
  name: string;
  data?: Buffer;
  /** Already deflated bytes (with their real size in `size`). */
  deflated?: Buffer;
  size?: number;
  /** Lie about the uncompressed size in the directory. */
  declaredSize?: number;
  crc?: number;
}

/** Writes a zip (deflate), optionally with lying sizes, for hostile-file tests. */
export function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const compressed = e.deflated ?? zlib.deflateRawSync(e.data ?? Buffer.alloc(0));
    const size = e.declaredSize ?? e.size ?? (e.data ?? Buffer.alloc(0)).length;
    const crc = e.crc ?? (e.data ? crc32(e.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Every entry of a zip (deflated or stored), inflated, in directory order. */
export function unzipEntries(bytes: Buffer): { name: string; data: Buffer }[] {
  let eocd = bytes.length - 22;
  while (bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(p + 10);
    const compSize = bytes.readUInt32LE(p + 20);
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const local = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + compSize);
    entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Rewrites some parts of an existing xlsx (e.g. to inject a DOCTYPE), keeping the others. */
export function rewriteZip(
  bytes: Buffer,
  change: (name: string, data: Buffer) => Buffer | undefined,
): Buffer {
  return makeZip(unzipEntries(bytes).map(({ name, data }) => ({ name, data: change(name, data) ?? data })));
}

/** Edits a workbook as a person would in Excel, finding the "Số liệu" cell of a code by its row. */
export async function editByCode(
  bytes: Buffer,
  change: (wb: ExcelJS.Workbook, valueOf: (code: string) => ExcelJS.Cell) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  const valueOf = (code: string): ExcelJS.Cell => {
    for (const ws of wb.worksheets) {
      let codeCol = 0;
      let valueCol = 0;
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) => {
        row.eachCell((cell, col) => {
          if (cell.value === CODE_HEADER) codeCol = col;
          if (cell.value === VALUE_HEADER) valueCol = col;
        });
        if (!found && codeCol && valueCol && row.getCell(codeCol).value === code) {
          found = row.getCell(valueCol);
        }
      });
      if (found) return found;
    }
    throw new Error(`no ${code} in the workbook`);
  };
  change(wb, valueOf);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Re-saves files as a person's LibreOffice would (`soffice --headless --convert-to xlsx`), with a
 * private profile so parallel runs do not collide. Returns the re-saved bytes in input order.
 */
export async function libreOfficeResave(files: { name: string; bytes: Buffer }[]): Promise<Buffer[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-lo-'));
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(inDir);
    fs.mkdirSync(outDir);
    const paths = files.map((f) => {
      const p = path.join(inDir, f.name);
      fs.writeFileSync(p, f.bytes);
      return p;
    });
    const profile = `file://${path.join(dir, 'profile')}`;
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'xlsx',
          '--outdir',
          outDir,
          ...paths,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 170_000);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`soffice exited with ${code}: ${output}`));
      });
    });
    return files.map((f) => fs.readFileSync(path.join(outDir, f.name)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A deflate stream of `megabytes` MB of zeros, built from one flushed 1 MB block repeated: a
 * 1,1 MB file that inflates past 1 GB, made in milliseconds without allocating the gigabyte.
 */
export function zerosBombDeflated(megabytes: number): Buffer {
  const chunk = zlib.deflateRawSync(Buffer.alloc(1 << 20), {
    finishFlush: zlib.constants.Z_FULL_FLUSH,
    level: 9,
  });
  return Buffer.concat([...Array<Buffer>(megabytes).fill(chunk), zlib.deflateRawSync(Buffer.alloc(0))]);
}

/** The first sector and a directory sector of an OLE compound file naming the given streams. */
export function fakeOle(streams: string[]): Buffer {
  const buf = Buffer.alloc(512 * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
  buf.writeUInt16LE(0x003e, 24);
  buf.writeUInt16LE(0x0003, 26);
  buf.writeUInt16LE(0xfffe, 28);
  buf.writeUInt16LE(9, 30);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    const encoded = Buffer.from(name, 'utf16le');
    encoded.copy(buf, at);
    buf.writeUInt16LE(encoded.length + 2, at + 64);
    buf.writeUInt8(i === 0 ? 5 : 2, at + 66);
  });
  return buf;
}

/** A deterministic pseudo-random byte string (no "PK", no OLE or PDF signature at the start). */
export function randomBytes(length: number, seed = 42): Buffer {
  const buf = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    buf[i] = x >> 16;
  }
  buf[0] = 0x8f;
  return buf;
}
