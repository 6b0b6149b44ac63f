import { describe, expect, it } from 'vitest';
import { looseKey } from '../../../shared/format/text';
import { cleanText } from '../../../shared/text/clean';

describe('cleanText', () => {
  it('removes zero-width, direction and control characters, and says so', () => {
    expect(cleanText('Ứng\u200b dụng\ufeff QR\u0007')).toEqual({ text: 'Ứng dụng QR', stripped: true });
    expect(cleanText('\u200b\u200d')).toEqual({ text: '', stripped: true });
    expect(cleanText('Một dòng\r\nhai dòng')).toEqual({ text: 'Một dòng\nhai dòng', stripped: false });
  });

  it('converts legacy text before removing soft hyphens (TCVN3 "ư")', () => {
    expect(cleanText('M\u00adêng')).toEqual({ text: 'Mường', legacy: 'tcvn3', stripped: false });
    expect(cleanText('Vieät Nam')).toEqual({ text: 'Việt Nam', legacy: 'vni', stripped: false });
  });

  it('gives NFC whatever was pasted', () => {
    expect(cleanText('Ho\u0302\u0300 so\u031b').text).toBe('Hồ sơ');
  });
});

describe('looseKey', () => {
  it('treats names differing only by invisible characters as equal', () => {
    expect(looseKey('Mô hình\u200b một cửa')).toBe(looseKey('Mô hình một cửa'));
    expect(looseKey('\ufeffMô hình')).toBe(looseKey('mô HÌNH'));
  });
});
