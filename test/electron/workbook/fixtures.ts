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
import { CODE_HEADER, VALUE_HEADER } from '../../../shared/workbook/layout';
import { makeZip, unzipEntries } from '../../../scripts/lib/zip';

// The report, the writer with fixed inputs and the zip helpers live beside the mutation run.
export {
  EXPORTED_AT,
  THONG_BINH,
  UNITS,
  sampleReport,
  writeReport,
} from '../../../scripts/lib/sample-report';
export { crc32, makeZip, unzipEntries, type ZipInput } from '../../../scripts/lib/zip';

/** Every Vietnamese vowel with every tone, both cases, and đ/Đ: 146 letters. */
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
export const VIETNAMESE_LETTERS = [
  ...BASES.flatMap((b) => TONES.map((t) => (b + t).normalize('NFC'))),
  ...BASES.flatMap((b) => TONES.map((t) => (b.toLocaleUpperCase('vi') + t).normalize('NFC'))),
  'đ',
  'Đ',
];

/** Seeded Vietnamese prose of about `length` characters: sentences, line breaks, odd spacing. */
export function longVietnamese(length: number, seed: number): string {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  const word = () =>
    Array.from({ length: 1 + next(5) }, () => VIETNAMESE_LETTERS[next(VIETNAMESE_LETTERS.length)]).join('');
  const gaps = [' ', ' ', ' ', ' ', ', ', '. ', '.\n', '.\n\n', '  ', ': “', '” ', ' – ', '.\r\n'];
  let text = 'Đầu đoạn: ';
  while (text.length < length) text += word() + gaps[next(gaps.length)];
  return `${text}CUỐI-VĂN-BẢN.`;
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
 * A LibreOffice profile in `dir` that recalculates every formula of an .xlsx when loading it, as
 * Excel does: what it shows, prints or saves is what the formulas give, not the cached values.
 * Returns the profile's URL for `-env:UserInstallation=`.
 */
export function recalcProfile(dir: string): string {
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${profile}`;
}

/**
 * Re-saves files as a person's LibreOffice would (`soffice --headless --convert-to xlsx`), with a
 * private profile so parallel runs do not collide. Returns the re-saved bytes in input order.
 * `recalc`: every formula recomputed on loading (else LibreOffice keeps the cached values).
 */
export async function libreOfficeResave(
  files: { name: string; bytes: Buffer }[],
  { recalc = false } = {},
): Promise<Buffer[]> {
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
    const profile = recalc ? recalcProfile(dir) : `file://${path.join(dir, 'profile')}`;
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
