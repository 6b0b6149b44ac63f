/**
 * XML text and attribute escaping, for every XML we write (workbook parts, ADX). Characters XML 1.0
 * cannot carry at all (control characters other than tab and new lines, U+FFFE/U+FFFF) are dropped:
 * a reader would refuse the whole file for one of them.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

export const escapeXml = (text: string): string =>
  !NEEDS_ESCAPE.test(text)
    ? text
    : text
        .replace(NOT_XML, '')
        .replace(/&/gu, '&amp;')
        .replace(/</gu, '&lt;')
        .replace(/>/gu, '&gt;')
        .replace(/"/gu, '&quot;');

/** For a value inside double quotes: also tab and line breaks, which a parser would turn into spaces. */
export const escapeXmlAttribute = (text: string): string =>
  escapeXml(text).replace(/\t/gu, '&#9;').replace(/\n/gu, '&#10;').replace(/\r/gu, '&#13;');
