/**
 * A small writer of OLE compound files (CFB v3, 512-byte sectors), so the hostile corpus can hold
 * a real old .xls and a real password-protected .xlsx (an "EncryptedPackage" inside a compound
 * file, as Excel writes it) without committing binary files. Streams are padded to 4096 bytes so
 * they live in ordinary sectors (no mini stream). SheetJS opens what this writes (the test checks).
 */

export interface CfbStream {
  /** Path of the stream, storages separated by "/" (e.g. "\u0006DataSpaces/Version"). */
  path: string;
  data: Buffer;
}

const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

interface Entry {
  name: string;
  type: 1 | 2 | 5;
  children: Entry[];
  data?: Buffer;
  index?: number;
  start?: number;
}

/** CFB sibling order: shorter names first, then by upper-case code units. */
function compareNames(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

export function writeCfb(streams: CfbStream[]): Buffer {
  const root: Entry = { name: 'Root Entry', type: 5, children: [] };
  for (const stream of streams) {
    const parts = stream.path.split('/');
    let parent = root;
    for (const storage of parts.slice(0, -1)) {
      let next = parent.children.find((c) => c.name === storage);
      if (!next) {
        next = { name: storage, type: 1, children: [] };
        parent.children.push(next);
      }
      parent = next;
    }
    // A stream shorter than the 4096-byte cutoff would belong in the mini stream: pad it instead
    // (its declared size is the padded size, as the format requires for ordinary sectors).
    const padded = Buffer.alloc(Math.max(4096, Math.ceil(stream.data.length / SECTOR) * SECTOR));
    stream.data.copy(padded);
    parent.children.push({ name: parts.at(-1)!, type: 2, children: [], data: padded });
  }

  // Directory order: depth first; each storage's children are a right-leaning chain in CFB order.
  const entries: Entry[] = [];
  const visit = (entry: Entry) => {
    entry.index = entries.length;
    entries.push(entry);
    entry.children.sort((a, b) => compareNames(a.name, b.name));
    for (const child of entry.children) visit(child);
  };
  visit(root);

  const dirSectors = Math.ceil(entries.length / 4);
  const dataSectors = entries.reduce((n, e) => n + (e.data ? e.data.length / SECTOR : 0), 0);
  const fatSectors = Math.ceil((1 + dirSectors + dataSectors + 1) / (SECTOR / 4));
  const total = fatSectors + dirSectors + dataSectors;
  const fat = new Uint32Array(fatSectors * (SECTOR / 4)).fill(FREESECT);
  for (let i = 0; i < fatSectors; i++) fat[i] = FATSECT;
  const chain = (first: number, count: number) => {
    for (let i = 0; i < count; i++) fat[first + i] = i === count - 1 ? ENDOFCHAIN : first + i + 1;
  };
  const firstDir = fatSectors;
  chain(firstDir, dirSectors);
  let next = firstDir + dirSectors;
  for (const e of entries) {
    if (!e.data) continue;
    e.start = next;
    chain(next, e.data.length / SECTOR);
    next += e.data.length / SECTOR;
  }

  const out = Buffer.alloc(SECTOR * (1 + total));
  // Header
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3
  out.writeUInt16LE(0xfffe, 28); // little-endian
  out.writeUInt16LE(9, 30); // 512-byte sectors
  out.writeUInt16LE(6, 32); // 64-byte mini sectors
  out.writeUInt32LE(fatSectors, 44);
  out.writeUInt32LE(firstDir, 48);
  out.writeUInt32LE(4096, 56); // mini stream cutoff
  out.writeUInt32LE(ENDOFCHAIN, 60); // no mini FAT
  out.writeUInt32LE(0, 64);
  out.writeUInt32LE(ENDOFCHAIN, 68); // no DIFAT sectors
  out.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) out.writeUInt32LE(i < fatSectors ? i : FREESECT, 76 + i * 4);
  const sectorAt = (n: number) => SECTOR * (1 + n);
  // FAT
  for (let i = 0; i < fat.length; i++) out.writeUInt32LE(fat[i]!, sectorAt(0) + i * 4);
  // Directory
  for (const e of entries) {
    const at = sectorAt(firstDir) + e.index! * 128;
    const name = Buffer.from(e.name, 'utf16le');
    name.copy(out, at);
    out.writeUInt16LE(name.length + 2, at + 64);
    out.writeUInt8(e.type, at + 66);
    out.writeUInt8(1, at + 67); // black
    out.writeUInt32LE(NOSTREAM, at + 68); // left
    out.writeUInt32LE(NOSTREAM, at + 72); // right (set below)
    out.writeUInt32LE(e.children[0]?.index ?? NOSTREAM, at + 76);
    out.writeUInt32LE(e.data ? e.start! : e.type === 5 ? ENDOFCHAIN : 0, at + 116);
    out.writeUInt32LE(e.data ? e.data.length : 0, at + 120);
  }
  for (const e of entries) {
    e.children.forEach((child, i) => {
      const sibling = e.children[i + 1];
      if (sibling) out.writeUInt32LE(sibling.index!, sectorAt(firstDir) + child.index! * 128 + 72);
    });
  }
  for (let i = entries.length; i < dirSectors * 4; i++) {
    const at = sectorAt(firstDir) + i * 128;
    out.writeUInt32LE(NOSTREAM, at + 68);
    out.writeUInt32LE(NOSTREAM, at + 72);
    out.writeUInt32LE(NOSTREAM, at + 76);
  }
  // Streams
  for (const e of entries) if (e.data) e.data.copy(out, sectorAt(e.start!));
  return out;
}

/** An old Excel 97–2003 workbook: a "Workbook" stream starting with a BIFF8 BOF record. */
export function oldXls(): Buffer {
  const bof = Buffer.alloc(20);
  bof.writeUInt16LE(0x0809, 0); // BOF
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4); // BIFF8
  bof.writeUInt16LE(0x0005, 6); // workbook globals
  bof.writeUInt16LE(0x0dbb, 8);
  bof.writeUInt16LE(0x07cc, 10);
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return writeCfb([
    { path: 'Workbook', data: Buffer.concat([bof, eof]) },
    { path: '\u0005SummaryInformation', data: Buffer.alloc(64, 0) },
  ]);
}

/**
 * A password-protected .xlsx as Excel saves it: an OLE compound file holding "EncryptionInfo"
 * (agile encryption, version 4.4, with its XML descriptor), "EncryptedPackage" (the package's size
 * then ciphertext) and the "\u0006DataSpaces" storage.
 */
export function encryptedXlsx(seed = 7): Buffer {
  const descriptor =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></keyEncryptor></keyEncryptors></encryption>';
  // Padded with XML whitespace after the root element to the 4096-byte stream size.
  const info = Buffer.concat([
    Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]),
    Buffer.from(descriptor.padEnd(4088, ' '), 'utf8'),
  ]);
  const cipher = Buffer.alloc(8192);
  let x = seed;
  for (let i = 0; i < cipher.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    cipher[i] = x >>> 24;
  }
  const size = Buffer.alloc(8);
  size.writeUInt32LE(7900, 0);
  return writeCfb([
    { path: 'EncryptionInfo', data: info },
    { path: 'EncryptedPackage', data: Buffer.concat([size, cipher]) },
    { path: '\u0006DataSpaces/Version', data: Buffer.from('Microsoft.Container.DataSpaces', 'utf16le') },
    { path: '\u0006DataSpaces/DataSpaceMap', data: Buffer.alloc(112) },
  ]);
}
