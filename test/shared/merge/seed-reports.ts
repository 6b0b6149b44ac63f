/**
 * Reports shaped like the seed (report 114/BC-UBND, Tân Hồng, 2023): the district body and nine
 * communes whose figures add up to the seed's whole-district figures: 27.630 dossiers received,
 * 27.282 resolved (98,74%), 97 person-times trained, and the models named in the seed, verbatim.
 * Used by the merge tests, the district import tests, the end-to-end test and the benchmark.
 */
import { DEFAULT_UNITS, type Unit } from '../../../shared/domain/units';
import type { ReportData } from '../../../shared/domain/report';

export const SEED_PERIOD = '2023';

/** Splits a total by weights in whole numbers; the last part takes what rounding left. */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1]! += total - parts.reduce((a, p) => a + p, 0);
  return parts;
}

/** The models of the seed (section 6 and footnote 11), by unit code, exactly as the seed writes them. */
export const SEED_MODELS: Record<string, string[]> = {
  TH09: [
    'Cà phê doanh nghiệp, doanh nhân',
    'Ứng dụng mã QR tra cứu TTHC',
    'Mô hình “10 thủ tục - 5 giải quyết tại chỗ”',
    'Mô hình “Ngày thứ 2 chuyển đổi số”',
  ],
  TH05: ['Mô hình ngày thứ 3 không viết, ngày thứ sáu không hẹn'],
  TH01: [
    'Mô hình “Dịch vụ công trực tuyến mức độ 3, mức độ 4 và đăng ký tài khoản định danh điện tử bằng ứng dụng VNeID”',
  ],
  TH08: [
    'Mô hình “tuyên truyền dịch vụ công trực tuyến toàn trình và một phần (mức độ 3, 4) và trả kết quả tại nhà, tích hợp cài đặt tài khoản VNeID, số khám sức khỏe điện tử”',
  ],
  TH02: ['Mô hình “ngày Thứ sáu không hẹn và hỗ trợ thanh toán trực tuyến”'],
  TH06: [
    'Mô hình kết hợp “Lễ truy điệu-Đăng ký khai tử, gửi thư chia buồn Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội là người cao tuổi”',
  ],
  TH03: [
    'Mô hình “Ngày không hẹn giải quyết thủ tục hành chính gắn với tuyên truyền hướng dẫn người dân đăng ký dịch vụ công, nộp hồ sơ trực tuyến, thanh toán trực tuyến cho nhân dân”',
  ],
  TH07: [
    'mô hình ngày Thứ Ba “Ngày không hẹn” trong giải quyết TTHC và Hỗ trợ tổ chức, công dân nộp hồ sơ TTHC trực tuyến',
  ],
  TH04: [
    'Mô hình 3 trong 1 “Xác định, xác định lại mức độ khuyết tật và cấp giấy xác nhận khuyết tật- Trợ cấp xã hội hàng tháng-Hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng”',
    'mô hình “tuyên truyền dịch vụ công trực tuyến mức độ 3,4 và trả kết quả tại nhà, tích hợp cài đặt tài khoản VneID”',
  ],
};

const COMMUNE_WEIGHTS = [14, 11, 10, 12, 9, 11, 10, 12, 11];

function preparer(unit: Unit): ReportData['preparer'] {
  return {
    name: `Nguyễn Văn ${unit.code}`,
    position: 'Công chức Văn phòng - Thống kê',
    phone: '0277 3800 000',
    preparedOn: '15/12/2023',
  };
}

function models(unit: Unit): ReportData['models'] {
  return (SEED_MODELS[unit.code] ?? []).map((name, i) => ({
    id: `${unit.code}-m${i + 1}`,
    values: {
      B01: name,
      B02: 'Mô hình',
      B03: 'Cải cách thủ tục hành chính',
      B04: '01/03/2023',
      B05: 'Mới',
      B06: 'Rút ngắn thời gian giải quyết, người dân hài lòng.',
    },
  }));
}

/** The district body (TH00) and the nine communes (TH01–TH09) with seed-shaped reports. */
export function seedShapedReports(): { unit: Unit; data: ReportData }[] {
  const district = DEFAULT_UNITS[0]!;
  const communes = DEFAULT_UNITS.slice(1);
  const w = COMMUNE_WEIGHTS;
  const c = {
    pending: split(314, w),
    resolved: split(24_064, w),
    late: split(94, w),
    online: split(15_121, w),
    post: split(300, w),
    wholeOnline: split(6_000, w),
    digitised: split(23_948, w),
    valid: split(35_633, w),
    validDigitised: split(10_067, w),
    fees: split(5_000, w),
    feesOnline: split(1_200, w),
    sessions: split(36, w),
    attendees: split(1_274, w),
    docsIn: split(120_538, w),
    docsOut: split(44_496, w),
    docsSigned: split(36_709, w),
    c01: split(18, w),
    c04: split(12, w),
    c05: split(12, w),
    c08: split(9, w),
  };
  const reports: { unit: Unit; data: ReportData }[] = [
    {
      unit: district,
      data: {
        counts: {
          A01: 197,
          A02: 0,
          A03: 2_413,
          A04: 1_200,
          A05: 819,
          A06: 20,
          A08: 2_900,
          A09: 290,
          A10: 28,
          A12: 30,
          A13: 4,
          A15: 20,
          A16: 3_100,
          A17: 20_000,
          A18: 6_000,
          A19: 1_500,
          A20: 300,
          A21: 2,
          A22: 2,
          C01: 11,
          C02: 3,
          C03: 1,
          C04: 5,
          C05: 5,
          C06: 8,
          C07: 11,
          C08: 2,
          C09: 0,
          D01: 25,
          D02: 6,
          D03: 8,
          D04: 400,
          D05: 50_000,
          D06: 15_000,
          D07: 12_000,
          D08: 95,
          D09: 2,
        },
        texts: {
          E01: 'Việc ban hành văn bản quy phạm pháp luật của các cơ quan chưa bảo đảm theo quy định.',
          E02: 'Đề nghị Tỉnh tiếp tục hỗ trợ kinh phí số hóa hồ sơ.',
        },
        models: [],
        preparer: preparer(district),
      },
    },
  ];
  communes.forEach((unit, i) => {
    const received = c.resolved[i]! + c.pending[i]!;
    const direct = received - c.online[i]! - c.post[i]!;
    const early = Math.floor((c.resolved[i]! - c.late[i]!) * 0.4);
    const overduePending = Math.min(2, c.pending[i]!);
    reports.push({
      unit,
      data: {
        counts: {
          A01: 120,
          A02: 0,
          A03: c.online[i]!,
          A04: c.wholeOnline[i]!,
          A05: direct,
          A06: c.post[i]!,
          A08: early,
          A09: c.resolved[i]! - c.late[i]! - early,
          A10: c.late[i]!,
          A12: c.pending[i]! - overduePending,
          A13: overduePending,
          A15: c.late[i]!,
          A16: c.digitised[i]!,
          A17: c.valid[i]!,
          A18: c.validDigitised[i]!,
          A19: c.fees[i]!,
          A20: c.feesOnline[i]!,
          A21: 0,
          A22: 0,
          C01: c.c01[i]!,
          C02: 0,
          C03: 0,
          C04: c.c04[i]!,
          C05: c.c05[i]!,
          C06: 0,
          C07: 0,
          C08: c.c08[i]!,
          C09: 0,
          D01: 4,
          D02: 1,
          D03: c.sessions[i]!,
          D04: c.attendees[i]!,
          D05: c.docsIn[i]!,
          D06: c.docsOut[i]!,
          D07: c.docsSigned[i]!,
          D08: 0,
          D09: i === 3 ? 1 : 0,
        },
        texts: {
          E01: `${unit.name}: tỷ lệ hồ sơ thanh toán trực tuyến chưa đạt.`,
          E02: `${unit.name} đề nghị tập huấn thêm về dịch vụ công trực tuyến.`,
        },
        models: models(unit),
        preparer: preparer(unit),
      },
    });
  });
  return reports;
}
