/**
 * A small, strict-enough XML scanner for the parts of a workbook we read. It never expands
 * entities beyond the five predefined ones and numeric references, and refuses any DOCTYPE, so an
 * entity-expansion bomb ("billion laughs") cannot get anywhere. Element names lose their namespace
 * prefix ("x:c" → "c"), since some producers write prefixed SpreadsheetML.
 */

export class XmlError extends Error {
  constructor(
    readonly kind: 'doctype' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/gu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body]!;
  });
}

function safeCodePoint(n: number): string {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * name="value" pairs of a tag, read by one pass over its text (no regular expression: a padded
 * tag costs its length, not its length squared). Anything else in the tag is skipped.
 */
function parseAttributes(source: string, from = 0, n = source.length): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  while (i < n) {
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n) {
      const c = source.charCodeAt(i);
      if (c === 61 /* = */ || c === 47 /* / */ || isSpace(c)) break;
      i++;
    }
    const nameEnd = i;
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    if (nameEnd === nameStart || source.charCodeAt(i) !== 61) {
      if (i === nameStart) i++; // a stray '=' or '/': step over it
      continue;
    }
    i++;
    while (i < n && isSpace(source.charCodeAt(i))) i++;
    const quote = source[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = source.indexOf(quote, i + 1);
    if (close < 0 || close >= n) break;
    attrs[localName(source.slice(nameStart, nameEnd))] = decodeEntities(source.slice(i + 1, close));
    i = close + 1;
  }
  return attrs;
}

/** XML white space: space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Finds the '>' that ends a tag, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 /* " */ || ch === 39 /* ' */) quote = ch;
    else if (ch === 62 /* > */) return i;
  }
  return -1;
}

export function scanXml(xml: string, handlers: XmlHandlers): void {
  const { open, close, text } = handlers;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (text && i < n) text(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i && text) text(decodeEntities(xml.slice(i, lt)));
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('malformed', 'unterminated processing instruction');
      i = end + 2;
    } else if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('malformed', 'unterminated comment');
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError('malformed', 'unterminated CDATA');
        if (text) text(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        // <!DOCTYPE …> or <!ENTITY …>: never needed by a workbook, the vehicle of entity bombs.
        throw new XmlError('doctype', 'DOCTYPE or ENTITY declaration');
      }
    } else if (next === 47 /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw new XmlError('malformed', 'unterminated end tag');
      if (close) close(localName(xml.slice(lt + 2, end).trim()));
      i = end + 1;
    } else {
      // The tag is read in place (indices into xml): no copy of its text.
      const end = tagEnd(xml, lt + 1);
      if (end < 0) throw new XmlError('malformed', 'unterminated tag');
      const selfClosing = xml.charCodeAt(end - 1) === 47; /* / */
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = lt + 1;
      while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = localName(xml.slice(lt + 1, nameEnd));
      if (!name) throw new XmlError('malformed', 'empty tag name');
      open(name, nameEnd < bodyEnd ? parseAttributes(xml, nameEnd, bodyEnd) : {}, selfClosing);
      if (selfClosing && close) close(name);
      i = end + 1;
    }
  }
}

/** Text of a buffer as XML: UTF-8 (what every office suite writes), BOM removed; UTF-16 if marked. */
export function xmlText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return buf.toString('utf8', start);
}
