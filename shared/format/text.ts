/** All text is kept in Unicode NFC, so "Hồ" typed on one PC equals "Hồ" pasted from another. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Characters that show nothing: zero-width spaces and joiners, direction marks, the byte-order mark,
 * the soft hyphen. Pasted from web pages and chat apps, they make two equal names differ.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Key for "the same name": NFC, case-insensitive, spaces and invisible characters ignored. */
export function looseKey(text: string): string {
  return stripInvisible(nfc(text)).toLocaleLowerCase('vi').replace(/\s+/gu, '');
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
