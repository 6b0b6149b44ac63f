import { describe, expect, it } from 'vitest';
import { decodeUnitFile, parseUnitList } from '../../renderer/src/settings/parseUnitList';

describe('unit list import', () => {
  it('reads code;name;level lines with Vietnamese levels and a header', () => {
    const text =
      '\uFEFFMã;Tên;Cấp\r\nTH10;xã Tân Long;xã\r\n\r\n# ghi chú\r\nTH11;Phường 1;phường\nDT00;"UBND tỉnh Đồng Tháp";tỉnh\n';
    const { units, problems } = parseUnitList(text);
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { code: 'TH10', name: 'xã Tân Long', level: 'xa' },
      { code: 'TH11', name: 'Phường 1', level: 'xa' },
      { code: 'DT00', name: 'UBND tỉnh Đồng Tháp', level: 'huyen' },
    ]);
  });

  it('accepts tabs (copied from a spreadsheet) and levels without diacritics', () => {
    expect(parseUnitList('TH12\txa Binh Phu\tXA\nTH13\tHuyện X\tHUYEN').units.map((u) => u.level)).toEqual([
      'xa',
      'huyen',
    ]);
  });

  it('names each bad line with what is wrong', () => {
    const { units, problems } = parseUnitList(
      'TH10;xã A;xã\nTH 11;xã B;xã\nTH12;;xã\nTH13;xã C;ấp\nTH10;xã D;xã\nchỉ một phần',
    );
    expect(units).toHaveLength(1);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]!.message).toMatch(/^Dòng 2: mã "TH 11"/u);
    expect(problems[3]!.message).toMatch(/trùng với dòng 1/u);
  });

  it('normalises names to NFC', () => {
    const decomposed = 'xa\u0303 Tân Hô\u0323 Cơ';
    expect(parseUnitList(`TH02;${decomposed};xã`).units[0]!.name).toBe('xã Tân Hộ Cơ');
  });

  it('says so when the list is empty', () => {
    expect(parseUnitList('\n\n').problems[0]!.message).toMatch(/trống/u);
  });

  it('decodes a file saved by Excel as UTF-8 or in the Windows Vietnamese code page', () => {
    const utf8 = new TextEncoder().encode('TH10;xã Tân Long;xã').buffer as ArrayBuffer;
    expect(decodeUnitFile(utf8)).toBe('TH10;xã Tân Long;xã');
    // "xã" in windows-1258: x, a (0x61), combining tilde (0xDE).
    const cp1258 = new Uint8Array([0x78, 0x61, 0xde]).buffer;
    expect(parseUnitList(`TH10;${decodeUnitFile(cp1258)};xa`).units[0]!.name).toBe('xã');
  });

  it('reads comma-separated lines (a .csv from Excel or LibreOffice), with quoted or unquoted commas in names', () => {
    const text = [
      'Mã,Tên,Cấp',
      'th10,xã Tân Long,xã',
      'TH11,"xã Tân Phước, huyện Tân Hồng",xã',
      'TH12,xã Bình Phú, ấp 3,xã',
      'DT00,"UBND tỉnh ""Đồng Tháp""",tỉnh',
    ].join('\r\n');
    const { units, problems } = parseUnitList(text);
    expect(problems).toEqual([]);
    expect(units).toEqual([
      { code: 'TH10', name: 'xã Tân Long', level: 'xa' },
      { code: 'TH11', name: 'xã Tân Phước, huyện Tân Hồng', level: 'xa' },
      { code: 'TH12', name: 'xã Bình Phú, ấp 3', level: 'xa' },
      { code: 'DT00', name: 'UBND tỉnh "Đồng Tháp"', level: 'huyen' },
    ]);
    // Semicolons still win: a comma in a name needs no quotes there.
    expect(parseUnitList('TH13;xã A, B;xã').units[0]!.name).toBe('xã A, B');
    // Upper-cased codes: "th10" and "TH10" are the same unit.
    expect(parseUnitList('th10,xã A,xã\nTH10,xã B,xã').problems[0]!.message).toMatch(
      /^Dòng 2: mã "TH10" trùng với dòng 1/u,
    );
    expect(parseUnitList('TH10,xã A').problems[0]!.message).toMatch(/dấu chấm phẩy, dấu phẩy hoặc Tab/u);
  });
});
