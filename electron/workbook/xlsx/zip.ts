import zlib from 'node:zlib';

/**
 * A minimal, defensive zip reader for received workbooks. Everything is decided from the central
 * directory BEFORE anything is inflated: entry count, declared sizes, encryption, methods. Inflating
 * is capped at each entry's declared size, so a file that lies about its sizes (a zip bomb) stops
 * at the cap instead of filling memory.
 */

export interface ZipLimits {
  /** Most entries a workbook may have (a real one has 10–40). */
  maxEntries: number;
  /** Largest declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest declared uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Largest compression ratio of one entry (XML compresses ~10–30×; bombs 1000× and more). */
  maxRatio: number;
}

/**
 * A unit workbook unzips to well under 1 MB; its largest legal content (500 model rows of the
 * longest texts, two 20.000-character narratives) to about 6 MB. The caps leave room for that and
 * bound the work of the heaviest legal file: reading 32 MB of XML stays well inside the check
 * pool's time limit.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRatio: 400,
};

export type ZipFailure =
  | { kind: 'damaged'; detail: string }
  | { kind: 'too-many-entries'; count: number }
  | { kind: 'zip-bomb'; detail: string }
  | { kind: 'encrypted' };

export class ZipError extends Error {
  constructor(readonly failure: ZipFailure) {
    super(failure.kind + ('detail' in failure ? `: ${failure.detail}` : ''));
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  totalSize: number;
  /**
   * The entry's bytes, or undefined when absent. Throws ZipError when damaged or lying, or when
   * the entry is declared larger than `maxBytes` (a zip bomb for a part that is always small).
   */
  read(name: string, maxBytes?: number): Buffer | undefined;
  has(name: string): boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22) throw new ZipError({ kind: 'damaged', detail: 'too short' });
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipError({ kind: 'damaged', detail: 'no end of central directory' });
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // Zip64: no workbook within our limits needs it.
    throw new ZipError({ kind: 'zip-bomb', detail: 'zip64' });
  }
  if (count > limits.maxEntries) throw new ZipError({ kind: 'too-many-entries', count });
  if (cdOffset + cdSize > eocd)
    throw new ZipError({ kind: 'damaged', detail: 'central directory out of range' });

  const entries = new Map<string, ZipEntry>();
  let totalSize = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new ZipError({ kind: 'damaged', detail: 'bad central directory entry' });
    }
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLength > eocd) throw new ZipError({ kind: 'damaged', detail: 'name out of range' });
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (flags & 0x1) throw new ZipError({ kind: 'encrypted' });
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new ZipError({ kind: 'zip-bomb', detail: 'zip64 entry' });
    }
    if (size > limits.maxEntryBytes)
      throw new ZipError({ kind: 'zip-bomb', detail: `${name}: ${size} bytes` });
    if (compressedSize > 0 && size / compressedSize > limits.maxRatio && size > 1024 * 1024) {
      throw new ZipError({ kind: 'zip-bomb', detail: `${name}: ratio ${Math.round(size / compressedSize)}` });
    }
    totalSize += size;
    if (totalSize > limits.maxTotalBytes)
      throw new ZipError({ kind: 'zip-bomb', detail: `total ${totalSize}` });
    if (method !== 0 && method !== 8) throw new ZipError({ kind: 'damaged', detail: `method ${method}` });
    if (entries.has(name)) throw new ZipError({ kind: 'damaged', detail: `duplicate entry ${name}` });
    if (localHeaderOffset + 30 > buf.length)
      throw new ZipError({ kind: 'damaged', detail: 'entry out of range' });
    entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
  }

  const lowerNames = new Map([...entries.keys()].map((n) => [n.toLowerCase(), n]));
  const lookup = (name: string) => entries.get(name) ?? entries.get(lowerNames.get(name.toLowerCase()) ?? '');

  // Everything read, all reads together: a part named by two sheets (or ten thousand) is read
  // each time, and may not multiply the work past what the directory allowed.
  let budget = limits.maxTotalBytes;

  return {
    entries,
    totalSize,
    has: (name) => lookup(name) !== undefined,
    read(name, maxBytes = Infinity) {
      const entry = lookup(name);
      if (!entry) return undefined;
      if (entry.size > maxBytes)
        throw new ZipError({ kind: 'zip-bomb', detail: `${entry.name}: ${entry.size} bytes` });
      budget -= entry.size;
      if (budget < 0) throw new ZipError({ kind: 'zip-bomb', detail: `${entry.name} read past the total` });
      const h = entry.localHeaderOffset;
      if (buf.readUInt32LE(h) !== LOCAL_SIGNATURE)
        throw new ZipError({ kind: 'damaged', detail: 'bad local header' });
      const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
      const end = start + entry.compressedSize;
      if (end > buf.length) throw new ZipError({ kind: 'damaged', detail: `${entry.name} truncated` });
      const data = buf.subarray(start, end);
      if (entry.method === 0) {
        if (entry.compressedSize !== entry.size)
          throw new ZipError({ kind: 'damaged', detail: 'stored size' });
        return data;
      }
      if (entry.size === 0) return Buffer.alloc(0);
      try {
        const out = zlib.inflateRawSync(data, { maxOutputLength: entry.size });
        if (out.length !== entry.size) throw new ZipError({ kind: 'damaged', detail: `${entry.name} short` });
        return out;
      } catch (error) {
        if (error instanceof ZipError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          throw new ZipError({ kind: 'zip-bomb', detail: `${entry.name} inflates past its declared size` });
        }
        throw new ZipError({ kind: 'damaged', detail: `${entry.name}: ${(error as Error).message}` });
      }
    },
  };
}
