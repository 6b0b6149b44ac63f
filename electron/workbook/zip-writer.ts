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

  /**
   * The fields a local header and its directory entry share, the same layout from `at` on (6 in the
   * local header, 8 in the directory, which adds "version made by" first).
   */
  private entryFields(header: Buffer, at: number, e: Entry): Buffer {
    header.writeUInt16LE(20, at - 2); // version needed to extract
    header.writeUInt16LE(0x0800, at); // UTF-8 names
    header.writeUInt16LE(8, at + 2); // deflate
    header.writeUInt16LE(this.dosTime, at + 4);
    header.writeUInt16LE(this.dosDate, at + 6);
    header.writeUInt32LE(e.crc, at + 8);
    header.writeUInt32LE(e.packed, at + 12);
    header.writeUInt32LE(e.size, at + 16);
    header.writeUInt16LE(e.name.length, at + 20);
    return header;
  }

  private localHeader(e: Entry): Buffer {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    return this.entryFields(local, 6, e);
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
      header.writeUInt16LE(20, 4); // version made by
      this.entryFields(header, 8, e);
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
