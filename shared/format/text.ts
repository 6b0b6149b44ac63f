/** All text is kept in Unicode NFC, so "Hồ" typed on one PC equals "Hồ" pasted from another. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Key for "the same name": NFC, case-insensitive, spaces ignored. */
export function looseKey(text: string): string {
  return nfc(text).toLocaleLowerCase('vi').replace(/\s+/gu, '');
}

const DIACRITIC_REPLACEMENTS: Record<string, string> = { đ: 'd', Đ: 'D' };

/** "xã Tân Hộ Cơ" → "xa Tan Ho Co": for file names that every mail client and OS accepts. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, (c) => DIACRITIC_REPLACEMENTS[c] ?? c)
    .normalize('NFC');
}

/** Removes control characters that no form text should carry (keeps tab and new lines). */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, '');
}
