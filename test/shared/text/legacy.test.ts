import { describe, expect, it } from 'vitest';
import { detectLegacy, encodingOfFont, fromLegacyText, legacyToUnicode } from '../../../shared/text/legacy';
import { TCVN3_WORDS, VNI_LOOKS_UNICODE, VNI_WORDS } from '../../../scripts/lib/mutation/legacy-words';

describe('legacy Vietnamese text', () => {
  it.each(TCVN3_WORDS)('TCVN3 %s → %s', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toBe('tcvn3');
    expect(legacyToUnicode(legacy, 'tcvn3')).toBe(unicode);
    expect(fromLegacyText(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' });
  });

  it.each(VNI_WORDS)('VNI %s → %s (in a VNI font cell)', (legacy, unicode) => {
    expect(fromLegacyText(legacy, 'VNI-Times')).toEqual({ text: unicode, encoding: 'vni' });
  });

  it.each(VNI_WORDS.filter(([legacy]) => !VNI_LOOKS_UNICODE.includes(legacy)))(
    'VNI %s → %s by its characters alone',
    (legacy, unicode) => {
      expect(detectLegacy(legacy)).toBe('vni');
      expect(fromLegacyText(legacy)).toEqual({ text: unicode, encoding: 'vni' });
    },
  );

  it('VNI made only of letters Unicode Vietnamese also uses is converted only in a VNI font', () => {
    for (const legacy of VNI_LOOKS_UNICODE) expect(fromLegacyText(legacy)).toEqual({ text: legacy });
    // Random Unicode such as "aÂ" or "aâ" stays as typed.
    expect(fromLegacyText('aÂ aâ oâ')).toEqual({ text: 'aÂ aâ oâ' });
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

describe('legacy text in a cell of the other legacy font', () => {
  it('the characters win when they can only be one encoding', () => {
    expect(fromLegacyText('B¶o Th¾ng', 'VNI-Times').text).toBe('Bảo Thắng');
    expect(fromLegacyText('Vieät Nam', '.VnTime').text).toBe('Việt Nam');
  });
});
