/**
 * A zip archive written part by part, each part deflated chunk by chunk, to a file or to memory:
 * a workbook of ten thousand units never needs its whole text, nor its whole archive, in memory
 * when it goes to a file. Each chunk is deflated on its own and ended with a full flush (a deflate
 * stream may be cut into such blocks), and a final empty block closes the part; the CRC is carried
 * from chunk to chunk. Sizes and CRC are patched into the local header once the part is written.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

/** Where the bytes go: appended in order; an earlier range can be rewritten (the local headers). */
export interface ZipSink {
  write(bytes: Buffer): void;
  rewrite(bytes: Buffer, position: number): void;
}

/** An empty, final, fixed-Huffman deflate block. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** A part deflated ahead of time (a finished sheet, so its cells can be let go). */
export interface PackedPart {
  crc: number;
  size: number;
  packed: Buffer[];
}

function deflateChunk(data: Buffer): Buffer {
  return zlib.deflateRawSync(data, { level: 6, finishFlush: zlib.constants.Z_FULL_FLUSH });
}

/** Deflates more of a part now (a part still being written: see finishPacked). */
export function packMore(part: PackedPart, chunks: Iterable<string | Buffer>): PackedPart {
  for (const chunk of chunks) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (!data.length) continue;
    part.crc = zlib.crc32(data, part.crc);
    part.size += data.length;
    part.packed.push(deflateChunk(data));
  }
  return part;
}

/** Ends a part deflated piece by piece with packMore. */
export function finishPacked(part: PackedPart): PackedPart {
  part.packed.push(FINAL_BLOCK);
  return part;
}

/** Deflates a part now, piece by piece; kept compressed until the archive is written. */
export function packChunks(chunks: Iterable<string | Buffer>): PackedPart {
  return finishPacked(packMore({ crc: 0, size: 0, packed: [] }, chunks));
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  packed: number;
  offset: number;
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  constructor(
    private readonly sink: ZipSink,
    date: Date,
  ) {
    this.dosTime = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
    this.dosDate = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  }

  private put(bytes: Buffer) {
    this.sink.write(bytes);
    this.offset += bytes.length;
  }

  private localHeader(e: Entry): Buffer {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(this.dosTime, 10);
    local.writeUInt16LE(this.dosDate, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.packed, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    return local;
  }

  /** Adds one file of the archive from its text (or bytes), given in chunks. */
  add(name: string, chunks: Iterable<string | Buffer>): void {
    const entry: Entry = { name: Buffer.from(name, 'utf8'), crc: 0, size: 0, packed: 0, offset: this.offset };
    this.put(this.localHeader(entry));
    this.put(entry.name);
    for (const chunk of chunks) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (!data.length) continue;
      entry.crc = zlib.crc32(data, entry.crc);
      entry.size += data.length;
      const packed = deflateChunk(data);
      entry.packed += packed.length;
      this.put(packed);
    }
    entry.packed += FINAL_BLOCK.length;
    this.put(FINAL_BLOCK);
    this.sink.rewrite(this.localHeader(entry), entry.offset);
    this.entries.push(entry);
  }

  /** Adds a part deflated earlier (packChunks). */
  addPacked(name: string, part: PackedPart): void {
    const entry: Entry = {
      name: Buffer.from(name, 'utf8'),
      crc: part.crc,
      size: part.size,
      packed: part.packed.reduce((a, b) => a + b.length, 0),
      offset: this.offset,
    };
    this.put(this.localHeader(entry));
    this.put(entry.name);
    for (const bytes of part.packed) this.put(bytes);
    this.entries.push(entry);
  }

  /** Writes the central directory; the archive is complete. */
  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(8, 10);
      header.writeUInt16LE(this.dosTime, 12);
      header.writeUInt16LE(this.dosDate, 14);
      header.writeUInt32LE(e.crc, 16);
      header.writeUInt32LE(e.packed, 20);
      header.writeUInt32LE(e.size, 24);
      header.writeUInt16LE(e.name.length, 28);
      header.writeUInt32LE(e.offset, 42);
      this.put(header);
      this.put(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.put(end);
  }
}

/** Collects the archive in memory (small workbooks, tests). */
export function memorySink(): ZipSink & { bytes(): Buffer } {
  const parts: Buffer[] = [];
  const at = new Map<number, Buffer>();
  let length = 0;
  return {
    write(bytes) {
      parts.push(bytes);
      at.set(length, bytes);
      length += bytes.length;
    },
    // Only the local headers are rewritten, in place, and each was written as one piece.
    rewrite: (bytes, position) => void bytes.copy(at.get(position)!),
    bytes: () => Buffer.concat(parts, length),
  };
}

/** Writes straight to an open file. */
export function fileSink(fd: number): ZipSink {
  return {
    write(bytes) {
      for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done);
    },
    rewrite: (bytes, position) => void fs.writeSync(fd, bytes, 0, bytes.length, position),
  };
}
