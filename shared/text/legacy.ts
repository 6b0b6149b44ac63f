/**
 * Vietnamese typed with the pre-Unicode fonts many commune PCs still use: TCVN3 (ABC, the ".VnTime"
 * family: one byte per letter) and VNI (the "VNI-Times" family: a base letter followed by tone-mark
 * bytes). Both store Latin-1 characters, so the file holds "ViÖt Nam" or "Vieät Nam" where the clerk
 * saw "Việt Nam". Real Unicode Vietnamese nearly always has a letter above U+00FF, and uses only the
 * Latin-1 letters of Vietnamese (à, â, ê, ô...); anything else from Latin-1 betrays a legacy font.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/** TCVN3 byte (as a Latin-1 character) → Unicode letter. Upper-case toned letters are in the "H" fonts. */
const TCVN3: Record<string, string> = Object.fromEntries(
  (
    [
      [0xa1, 'Ă'],
      [0xa2, 'Â'],
      [0xa3, 'Ê'],
      [0xa4, 'Ô'],
      [0xa5, 'Ơ'],
      [0xa6, 'Ư'],
      [0xa7, 'Đ'],
      [0xa8, 'ă'],
      [0xa9, 'â'],
      [0xaa, 'ê'],
      [0xab, 'ô'],
      [0xac, 'ơ'],
      [0xad, 'ư'],
      [0xae, 'đ'],
      [0xb5, 'à'],
      [0xb6, 'ả'],
      [0xb7, 'ã'],
      [0xb8, 'á'],
      [0xb9, 'ạ'],
      [0xbb, 'ằ'],
      [0xbc, 'ẳ'],
      [0xbd, 'ẵ'],
      [0xbe, 'ắ'],
      [0xc6, 'ặ'],
      [0xc7, 'ầ'],
      [0xc8, 'ẩ'],
      [0xc9, 'ẫ'],
      [0xca, 'ấ'],
      [0xcb, 'ậ'],
      [0xcc, 'è'],
      [0xce, 'ẻ'],
      [0xcf, 'ẽ'],
      [0xd0, 'é'],
      [0xd1, 'ẹ'],
      [0xd2, 'ề'],
      [0xd3, 'ể'],
      [0xd4, 'ễ'],
      [0xd5, 'ế'],
      [0xd6, 'ệ'],
      [0xd7, 'ì'],
      [0xd8, 'ỉ'],
      [0xdc, 'ĩ'],
      [0xdd, 'í'],
      [0xde, 'ị'],
      [0xdf, 'ò'],
      [0xe1, 'ỏ'],
      [0xe2, 'õ'],
      [0xe3, 'ó'],
      [0xe4, 'ọ'],
      [0xe5, 'ồ'],
      [0xe6, 'ổ'],
      [0xe7, 'ỗ'],
      [0xe8, 'ố'],
      [0xe9, 'ộ'],
      [0xea, 'ờ'],
      [0xeb, 'ở'],
      [0xec, 'ỡ'],
      [0xed, 'ớ'],
      [0xee, 'ợ'],
      [0xef, 'ù'],
      [0xf1, 'ủ'],
      [0xf2, 'ũ'],
      [0xf3, 'ú'],
      [0xf4, 'ụ'],
      [0xf5, 'ừ'],
      [0xf6, 'ử'],
      [0xf7, 'ữ'],
      [0xf8, 'ứ'],
      [0xf9, 'ự'],
      [0xfa, 'ỳ'],
      [0xfb, 'ỷ'],
      [0xfc, 'ỹ'],
      [0xfd, 'ý'],
      [0xfe, 'ỵ'],
    ] as const
  ).map(([byte, letter]) => [String.fromCharCode(byte), letter]),
);

/** VNI letters that stand alone (no mark byte needed). */
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  î: 'ỵ',
  Î: 'Ỵ',
  í: 'í',
  Í: 'Í',
  ì: 'ì',
  Ì: 'Ì',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
};

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/** VNI mark bytes after a vowel → combining marks (either case of the byte means the same). */
const VNI_MARKS: Record<string, string> = {
  ù: ACUTE,
  ø: GRAVE,
  û: HOOK,
  õ: TILDE,
  ï: DOT,
  â: CIRCUMFLEX,
  á: CIRCUMFLEX + ACUTE,
  à: CIRCUMFLEX + GRAVE,
  å: CIRCUMFLEX + HOOK,
  ã: CIRCUMFLEX + TILDE,
  ä: CIRCUMFLEX + DOT,
  ê: BREVE,
  é: BREVE + ACUTE,
  è: BREVE + GRAVE,
  ú: BREVE + HOOK,
  ü: BREVE + TILDE,
  ë: BREVE + DOT,
};
for (const [mark, combining] of Object.entries(VNI_MARKS)) VNI_MARKS[mark.toUpperCase()] = combining;

const VNI_BASES = new Set([...'aeiouyAEIOUY', 'ơ', 'Ơ', 'ư', 'Ư']);

/** The Latin-1 letters Unicode Vietnamese uses; any other Latin-1 character hints at a legacy font. */
const VIETNAMESE_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý']);

function onlyLatin1(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

function hasForeignLatin1(text: string): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // 0xAD (a soft hyphen) is TCVN3's "ư".
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch) && ch !== '×' && ch !== '÷') return true;
    if (code === 0xad) return true;
  }
  // "×" and "÷" are TCVN3's "ì" and "ữ" inside a word, signs between numbers.
  return /[A-Za-z][×÷]|[×÷][A-Za-z]/u.test(text);
}

const VNI_PAIR = /[aeiouyAEIOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]/u;
const TCVN3_ONLY = /[\u00a1-\u00bf]/u;
/**
 * VNI pairs made only of Vietnamese Latin-1 letters that no Unicode Vietnamese word holds ("oâ" is
 * VNI's "ô", "aé" its "ắ"); "oá", "uâ", "uê" are left out: Unicode has them ("hoá", "tuân", "quê").
 */
const VNI_ONLY_PAIR = /[aeoAEO][âÂ]|[aA][êéèÊÉÈ]|[aeiouyAEIOUY][ùúÙÚ]/u;

/** The font family a cell's font name belongs to: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times" → VNI. */
export function encodingOfFont(
  font: string | undefined,
): { encoding: LegacyEncoding; upper: boolean } | undefined {
  const name = (font ?? '').trim();
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', upper: /H$/u.test(name.replace(/\s+/gu, '')) };
  if (/^vni[-\s]/iu.test(name)) return { encoding: 'vni', upper: false };
  return undefined;
}

/** Which legacy encoding a text is in, judging by its characters alone; undefined for Unicode text. */
export function detectLegacy(text: string): LegacyEncoding | undefined {
  // Only Vietnamese letters of Latin-1 ("Thoâng"): Unicode text could hold that too, so only a
  // VNI font on the cell makes it VNI (fromLegacyText).
  if (!onlyLatin1(text) || !hasForeignLatin1(text)) return undefined;
  if (TCVN3_ONLY.test(text)) return 'tcvn3';
  if (VNI_PAIR.test(text)) return 'vni';
  return 'tcvn3';
}

function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3[ch] ?? ch;
  return out;
}

function fromVni(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const base = VNI_LETTERS[ch] && !VNI_BASES.has(ch) ? VNI_LETTERS[ch] : ch;
    // "í", "ì"... alone are letters; "ô", "ö" are letters and can carry a mark ("ôù" = "ớ").
    if (VNI_BASES.has(base) || base === 'ơ' || base === 'Ơ' || base === 'ư' || base === 'Ư') {
      let marks = '';
      while (i + 1 < chars.length && VNI_MARKS[chars[i + 1]!] !== undefined && marks.length < 2) {
        marks += VNI_MARKS[chars[++i]!];
      }
      out += base + marks;
    } else out += base;
  }
  return out.normalize('NFC');
}

/** Converts legacy-encoded text to Unicode NFC; `upper` for the all-capitals fonts (".VnTimeH"). */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, upper = false): string {
  const converted = (encoding === 'tcvn3' ? fromTcvn3(text) : fromVni(text)).normalize('NFC');
  return upper ? converted.toLocaleUpperCase('vi') : converted;
}

export interface LegacyResult {
  text: string;
  /** Set when the text was converted. */
  encoding?: LegacyEncoding;
}

/**
 * The Unicode text of a cell or a pasted text: converted when its font is a legacy one or its
 * characters show a legacy encoding; left alone when it already holds Unicode Vietnamese.
 */
export function fromLegacyText(text: string, font?: string): LegacyResult {
  if (!onlyLatin1(text)) return { text };
  const byFont = encodingOfFont(font);
  const byPattern = detectLegacy(text);
  // TCVN3's symbols (¶, ¾, ©…) and VNI's vowel-mark pairs say more than the font: text pasted from
  // one legacy font into a cell of the other keeps its own encoding.
  const decisive = byPattern && (TCVN3_ONLY.test(text) || VNI_PAIR.test(text));
  const vniByFont = byFont?.encoding === 'vni' && VNI_ONLY_PAIR.test(text);
  const encoding = decisive
    ? byPattern
    : byFont && (hasForeignLatin1(text) || vniByFont)
      ? byFont.encoding
      : byPattern;
  if (!encoding) return { text };
  const converted = legacyToUnicode(text, encoding, byFont?.encoding === encoding && byFont.upper);
  return converted === text ? { text } : { text: converted, encoding };
}

/** How a clerk knows each encoding: by its font names. */
export const LEGACY_FONT_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (.VnTime)',
  vni: 'VNI (VNI-Times)',
};
