import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from '../../shared/domain/units';
import { CURRENT_TEMPLATE } from '../../shared/template';
import {
  HEADER_WORDS,
  blankTemplateFileName,
  placeName,
  safeSheetName,
  unitWorkbookFileName,
  workbookSheets,
} from '../../shared/workbook/layout';

describe('unit workbook layout', () => {
  it('names files the way every mail client and OS accepts', () => {
    expect(
      unitWorkbookFileName({ period: '2023', unitCode: 'TH03', unitName: 'xã Thông Bình', revision: 3 }),
    ).toBe('CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx');
    expect(
      unitWorkbookFileName({
        period: '2024-Q1',
        unitCode: 'TH00',
        unitName: 'UBND huyện Tân Hồng',
        revision: 1,
      }),
    ).toBe('CCHC_2024-Q1_TH00_UBND_huyen_Tan_Hong_r1.xlsx');
    expect(blankTemplateFileName({ period: '2024-H1', unitCode: 'TH02', unitName: 'xã Tân Hộ Cơ' })).toBe(
      'CCHC_2024-H1_TH02_xa_Tan_Ho_Co_mau_trong.xlsx',
    );
    for (const unit of DEFAULT_UNITS) {
      expect(
        unitWorkbookFileName({ period: '2023', unitCode: unit.code, unitName: unit.name, revision: 12 }),
      ).toMatch(/^[A-Za-z0-9_-]+\.xlsx$/u);
    }
    expect(
      unitWorkbookFileName({ period: '2023', unitCode: 'X1', unitName: 'Đường/Phố: "Số 1"?', revision: 2 }),
    ).toBe('CCHC_2023_X1_Duong_Pho_So_1_r2.xlsx');
  });

  it('has Vietnamese sheet names Excel accepts, one per section, and the header words exactly', () => {
    const sheets = workbookSheets(CURRENT_TEMPLATE);
    expect(sheets.map((s) => s.name)).toEqual([
      'Bìa',
      'A. TTHC, hồ sơ',
      'B. Mô hình, sáng kiến',
      'C. Đào tạo, bồi dưỡng',
      'D. Chỉ tiêu khác',
      'E. Tồn tại, kiến nghị',
      'Danh mục',
      'Thông tin kỹ thuật',
    ]);
    for (const s of sheets) {
      expect([...s.name].length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[\\/?*[\]:]/u);
    }
    expect(new Set(sheets.map((s) => s.name)).size).toBe(sheets.length);
    expect(HEADER_WORDS.join(' | ')).toBe('STT | Mã số | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú');
    expect(safeSheetName('A/B: [x]* quá dài quá dài quá dài quá dài')).toBe(
      'A-B- -x-- quá dài quá dài quá d',
    );
  });

  it('writes the place of the date line without the kind of unit', () => {
    expect(placeName('xã Thông Bình')).toBe('Thông Bình');
    expect(placeName('Thị trấn Sa Rài')).toBe('Sa Rài');
    expect(placeName('UBND huyện Tân Hồng')).toBe('Tân Hồng');
    expect(placeName('Phường 1')).toBe('Phường 1');
  });
});
