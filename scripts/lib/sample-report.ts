/**
 * A commune's filled report and the unit workbook written from it with fixed inputs: the base of the
 * mutation run (`npm run mutate`) and of the workbook tests (test/electron/workbook/fixtures.ts).
 */
import type { ReportData } from '../../shared/domain/report';
import { DEFAULT_UNITS, type Unit } from '../../shared/domain/units';
import { CURRENT_TEMPLATE, type FormTemplate } from '../../shared/template';
import { writeUnitWorkbook } from '../../electron/workbook/unit-writer';

export const UNITS: Unit[] = [...DEFAULT_UNITS];
export const THONG_BINH: Unit = DEFAULT_UNITS.find((u) => u.code === 'TH03')!;

/** A commune's report shaped like the seed's figures, consistent with every rule. */
export function sampleReport(): ReportData {
  return {
    counts: {
      A01: 159,
      A02: 120,
      A03: 1512,
      A04: 800,
      A05: 900,
      A06: 27,
      A08: 1200,
      A09: 1300,
      A10: 9,
      A12: 40,
      A13: 10,
      A15: 9,
      A16: 2400,
      A17: 5563,
      A18: 1606,
      A19: 300,
      A20: 120,
      A21: 2,
      A22: 2,
      C01: 3,
      C02: 0,
      C03: 1,
      C04: 2,
      C05: 2,
      C06: 1,
      C07: 1,
      C08: 1,
      C09: 0,
      D01: 4,
      D02: 1,
      D03: 5,
      D04: 170,
      D05: 1200,
      D06: 800,
      D07: 790,
      D08: 1,
      D09: 0,
    },
    texts: {
      E01: 'Một số hồ sơ còn trễ hạn do thiếu thành phần.\nNgười dân chưa quen nộp trực tuyến.',
      E02: 'Đề nghị tập huấn thêm về “dịch vụ công trực tuyến toàn trình”.',
    },
    models: [
      {
        id: 'm-1',
        values: {
          B01: 'Mô hình “Ngày không hẹn giải quyết thủ tục hành chính gắn với tuyên truyền hướng dẫn người dân đăng ký dịch vụ công”',
          B02: 'Mô hình',
          B03: 'Cải cách thủ tục hành chính',
          B04: '05/04/2023',
          B05: 'Duy trì',
          B06: 'Giảm 30% thời gian chờ',
        },
      },
      {
        id: 'm-2',
        values: {
          B01: 'Ứng dụng mã QR tra cứu TTHC',
          B02: 'Sáng kiến',
          B03: 'Xây dựng chính quyền điện tử, chính quyền số',
        },
      },
    ],
    preparer: {
      name: 'Nguyễn Thị Hồng',
      position: 'Công chức Văn phòng - Thống kê',
      phone: '0277 3800 000',
      preparedOn: '15/12/2023',
    },
  };
}

export const EXPORTED_AT = new Date('2023-12-15T02:00:00Z');

export function writeReport(
  data: ReportData | null,
  options: { unit?: Unit; period?: string; revision?: number; template?: FormTemplate } = {},
): Promise<Buffer> {
  return writeUnitWorkbook({
    template: options.template ?? CURRENT_TEMPLATE,
    unit: options.unit ?? THONG_BINH,
    period: options.period ?? '2023',
    data,
    revision: options.revision ?? (data ? 3 : 0),
    reportId: data ? 7 : undefined,
    exportedAt: EXPORTED_AT,
    appVersion: '0.1.0-test',
  });
}
