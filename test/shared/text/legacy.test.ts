import { describe, expect, it } from 'vitest';
import { detectLegacy, encodingOfFont, fromLegacyText, legacyToUnicode } from '../../../shared/text/legacy';

/** Known words as the legacy fonts store them (the characters a .xlsx holds). */
const TCVN3_WORDS: [string, string][] = [
  ['ViÖt Nam', 'Việt Nam'],
  ['Th«ng B×nh', 'Thông Bình'],
  ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
  ['Ninh B×nh', 'Ninh Bình'],
  ['B¶o Th¾ng', 'Bảo Thắng'],
  ['M\u00adêng Kh\u00ad\u00acng', 'Mường Khương'],
  ['Hå s¬ trùc tuyÕn', 'Hồ sơ trực tuyến'],
  ['§ång Th¸p', 'Đồng Tháp'],
  ['c¶i c¸ch hµnh chÝnh', 'cải cách hành chính'],
];
const VNI_WORDS: [string, string][] = [
  ['Vieät Nam', 'Việt Nam'],
  ['Thoâng Bình', 'Thông Bình'],
  ['UÛy ban nhaân daân', 'Ủy ban nhân dân'],
  ['Ñoàng Thaùp', 'Đồng Tháp'],
  ['Möôøng Khöông', 'Mường Khương'],
  ['caûi caùch haønh chính', 'cải cách hành chính'],
  ['Hoà sô tröïc tuyeán', 'Hồ sơ trực tuyến'],
  ['Thaéng', 'Thắng'],
];

describe('legacy Vietnamese text', () => {
  it.each(TCVN3_WORDS)('TCVN3 %s → %s', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toBe('tcvn3');
    expect(legacyToUnicode(legacy, 'tcvn3')).toBe(unicode);
    expect(fromLegacyText(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' });
  });

  it.each(VNI_WORDS)('VNI %s → %s', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toBe('vni');
    expect(fromLegacyText(legacy)).toEqual({ text: unicode, encoding: 'vni' });
  });

  it('the all-capitals fonts (.VnTimeH) give capitals', () => {
    expect(fromLegacyText('ñy ban nh©n d©n', '.VnTimeH').text).toBe('ỦY BAN NHÂN DÂN');
    expect(encodingOfFont('.VnArialH')).toEqual({ encoding: 'tcvn3', upper: true });
    expect(encodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', upper: false });
    expect(encodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', upper: false });
    expect(encodingOfFont('Times New Roman')).toBeUndefined();
  });

  it('the font decides when the characters alone could be either', () => {
    // "ViÖt" has no TCVN3-only symbol; a VNI font makes Ö the letter Ư.
    expect(fromLegacyText('Vieät', 'VNI-Times').text).toBe('Việt');
    expect(fromLegacyText('ViÖt', '.VnTime').text).toBe('Việt');
  });

  it('leaves Unicode text alone, whatever the font says', () => {
    for (const text of ['Việt Nam', 'Tân Hà', 'Cà Mau', 'Phú Tân', 'Hồ sơ', 'A01', '2 × 3', 'Ủy ban']) {
      expect(detectLegacy(text)).toBeUndefined();
      expect(fromLegacyText(text)).toEqual({ text });
      expect(fromLegacyText(text, '.VnTime')).toEqual({ text });
    }
  });

  it('converted text is NFC', () => {
    const text = fromLegacyText('Vieät Nam').text;
    expect(text).toBe(text.normalize('NFC'));
  });
});
