import type { ReportData } from '../../shared/domain/report';
import type { Unit } from '../../shared/domain/units';

/**
 * A random but plausible report for the benchmark: balanced dossiers, a few models, every rule
 * satisfied. `random` is a seeded generator so a run can be repeated.
 */
export function randomReport(random: () => number, unit: Pick<Unit, 'code' | 'name'>): ReportData {
  const int = (max: number) => Math.floor(random() * (max + 1));
  const online = int(3_000);
  const direct = int(2_000);
  const post = int(50);
  const received = online + direct + post;
  const pending = Math.min(received, int(100));
  const resolved = received - pending;
  const late = Math.min(resolved, int(20));
  const early = Math.floor((resolved - late) / 3);
  const overduePending = Math.min(pending, int(5));
  const valid = int(10_000);
  const fees = int(1_500);
  const docsOut = int(5_000);
  const sessions = int(10);
  const pakn = int(5);
  const modelCount = int(3);
  return {
    counts: {
      A01: 100 + int(100),
      A02: 0,
      A03: online,
      A04: Math.floor(online / 2),
      A05: direct,
      A06: post,
      A08: early,
      A09: resolved - late - early,
      A10: late,
      A12: pending - overduePending,
      A13: overduePending,
      A15: late,
      A16: Math.floor(received * 0.9),
      A17: valid,
      A18: Math.floor(valid * random()),
      A19: fees,
      A20: Math.floor(fees * random()),
      A21: pakn,
      A22: pakn,
      C01: int(5),
      C02: int(2),
      C03: int(1),
      C04: int(5),
      C05: int(5),
      C06: int(3),
      C07: int(3),
      C08: int(3),
      C09: int(3),
      D01: int(10),
      D02: int(3),
      D03: sessions,
      D04: sessions * (20 + int(50)),
      D05: int(20_000),
      D06: docsOut,
      D07: Math.floor(docsOut * random()),
      D08: int(3),
      D09: int(1),
    },
    texts: {
      E01: `Tồn tại của ${unit.name}: hạ tầng công nghệ thông tin còn thiếu, đường truyền chậm.`,
      E02: `Kiến nghị của ${unit.name}: bổ sung máy quét, tập huấn ký số cho công chức.`,
    },
    models: Array.from({ length: modelCount }, (_, i) => ({
      id: `${unit.code}-m${i + 1}`,
      values: {
        B01: `Mô hình “Ngày thứ ${i + 2} không hẹn” của ${unit.name}`,
        B02: 'Mô hình',
        B03: 'Cải cách thủ tục hành chính',
        B04: '01/03/2023',
        B05: 'Duy trì',
        B06: 'Giảm thời gian chờ của người dân, tăng hồ sơ trực tuyến.',
      },
    })),
    preparer: {
      name: 'Trần Thị Ánh Tuyết',
      position: 'Công chức Văn phòng - Thống kê',
      phone: '0277 3800 000',
      preparedOn: '14/12/2023',
    },
  };
}
