import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, foldVietnamese, searchCatalog } from '../../shared/catalog/search';
import type { Catalog } from '../../shared/catalog/types';

const catalog: Catalog = {
  provinces: [
    {
      code: '82',
      name: 'Tỉnh Đồng Tháp',
      communes: [
        { code: '29926', name: 'Xã Tân Hồng' },
        { code: '29938', name: 'Xã Tân Thành' },
      ],
    },
    {
      code: '14',
      name: 'Tỉnh Sơn La',
      communes: [{ code: '03970', name: 'Xã Tân Phong' }],
    },
    {
      code: '01',
      name: 'Thành phố Hà Nội',
      communes: [
        { code: '00004', name: 'Phường Ba Đình' },
        { code: '09784', name: 'Xã Đan Phượng' },
      ],
    },
  ],
  oldDistricts: [
    {
      code: '869',
      name: 'Huyện Tân Hồng',
      provinceCode: '87',
      provinceName: 'Tỉnh Đồng Tháp',
      communes: [
        { code: '29932', name: 'Xã Thông Bình', to: ['29938'] },
        { code: '29938', name: 'Xã Tân Thành A', to: ['29938'] },
        { code: '29926', name: 'Thị trấn Sa Rài', to: ['29926'] },
      ],
    },
  ],
};
const index = buildCatalogIndex(catalog);
const codes = (query: string) => searchCatalog(index, query).map((h) => h.code);

describe('foldVietnamese', () => {
  it('drops tone and vowel marks, đ and case, and punctuation', () => {
    expect(foldVietnamese('Xã Đồng Tháp')).toBe('xa dong thap');
    expect(foldVietnamese('  PHƯỜNG  Ba-Đình ')).toBe('phuong ba dinh');
    // Decomposed input (as some keyboards send it) folds the same.
    expect(foldVietnamese('Thông Bình'.normalize('NFD'))).toBe('thong binh');
  });
});

describe('searchCatalog', () => {
  it('finds a commune typed with or without diacritics, with its province', () => {
    expect(searchCatalog(index, 'tan hong')[0]).toEqual({
      code: '29926',
      name: 'Xã Tân Hồng',
      provinceCode: '82',
      provinceName: 'Tỉnh Đồng Tháp',
    });
    expect(codes('Tân Hồng')[0]).toBe('29926');
    expect(codes('ĐAN phượng')).toEqual(['09784']);
    expect(codes('dan phuong')).toEqual(['09784']);
  });

  it('matches the start of words: "hong" is not "phong"', () => {
    expect(codes('tan hong')).not.toContain('03970');
    expect(codes('phong')).toEqual(['03970']);
  });

  it('finds a commune merged on 1/7/2025 by its former name and answers the current one', () => {
    const [hit] = searchCatalog(index, 'thong binh');
    expect(hit).toEqual({
      code: '29938',
      name: 'Xã Tân Thành',
      provinceCode: '82',
      provinceName: 'Tỉnh Đồng Tháp',
      formerly: { name: 'Xã Thông Bình', districtName: 'Huyện Tân Hồng' },
    });
    expect(codes('Thông Bình')).toEqual(['29938']);
  });

  it('puts current names before former ones and lists each commune once', () => {
    // "Tân Thành" is the current name of 29938 and part of the former "Tân Thành A".
    expect(searchCatalog(index, 'tan thanh')).toEqual([
      { code: '29938', name: 'Xã Tân Thành', provinceCode: '82', provinceName: 'Tỉnh Đồng Tháp' },
    ]);
  });

  it('answers nothing for an empty query or one that matches no name', () => {
    expect(codes('   ')).toEqual([]);
    expect(codes('!!!')).toEqual([]);
    expect(codes('zzz')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(searchCatalog(index, 'xa', 2)).toHaveLength(2);
  });
});
