/**
 * What a file is, from its first bytes, whatever its name says: clerks rename files, mail clients
 * add ".xlsx" to anything, and a district receives PDFs, old .xls files and web pages saved as Excel.
 */
export type FileKind =
  | 'empty'
  | 'zip'
  /** OLE compound file: an old .xls (or .doc). */
  | 'ole-xls'
  /** OLE compound file holding an encrypted OOXML package: a password-protected .xlsx. */
  | 'ole-encrypted'
  | 'ole-other'
  | 'pdf'
  | 'html'
  | 'xml'
  | 'csv'
  | 'text'
  | 'unknown';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function looksLikeText(sample: Buffer): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length / 100) return false;
  // Valid UTF-8 (or close): decoding does not produce many replacement characters.
  const text = sample.toString('utf8');
  const bad = (text.match(/\ufffd/gu) ?? []).length;
  return bad <= Math.max(2, text.length / 200);
}

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7))
    return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo'))
      return 'ole-encrypted';
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'ole-xls';
    return 'ole-other';
  }
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096));
  if (sample.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (!looksLikeText(sample)) return 'unknown';
  const head = sample
    .toString('utf8')
    .replace(/^\ufeff/u, '')
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (/^<!doctype html|^<html|<html[\s>]|<body[\s>]|<table[\s>]/u.test(head)) return 'html';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'xml';
  const lines = head.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const separated = lines.filter((l) => /[,;\t]/u.test(l)).length;
  if (lines.length > 0 && separated >= Math.ceil(lines.length * 0.6)) return 'csv';
  return 'text';
}
