/**
 * A tiny zip writer and reader: malformed and hostile files for the tests (lying sizes, bombs, so no
 * binary blobs are committed), and the mutation run's edited workbooks. The app's own reader is
 * electron/workbook/xlsx/zip.ts (limits, refusals) and its writer electron/workbook/zip-writer.ts.
 */
import zlib from 'node:zlib';
import { openZip, type ZipLimits } from '../../electron/workbook/xlsx/zip';

const UNCAPPED: ZipLimits = {
  maxEntries: Infinity,
  maxEntryBytes: Infinity,
  maxTotalBytes: Infinity,
  maxRatio: Infinity,
};

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
    // The local header and the directory entry share these fields, 2 bytes further on in the
    // directory (which starts with "version made by").
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at - 2);
      header.writeUInt16LE(0x0800, at);
      header.writeUInt16LE(8, at + 2);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(compressed.length, at + 12);
      header.writeUInt32LE(size, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 8);
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

/**
 * Every entry of a zip, inflated, in directory order: read with the app's own reader, its caps
 * lifted (these are files the tests and the mutation run made, not files received).
 */
export function unzipEntries(bytes: Buffer): { name: string; data: Buffer }[] {
  const zip = openZip(bytes, UNCAPPED);
  return [...zip.entries.keys()].map((name) => ({ name, data: zip.read(name)! }));
}
