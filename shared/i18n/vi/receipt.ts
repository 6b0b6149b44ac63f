/** Vietnamese text of receipts (biên nhận): made by the merging office, read by the commune. */
import { formatDateTime } from '../../format/dates';

const rev = (revision: number | null) =>
  revision === null ? '?' : revision === 0 ? 'điền tay' : `lần ${revision}`;

export const receiptMessages = {
  title: 'BIÊN NHẬN BÁO CÁO CẢI CÁCH HÀNH CHÍNH',
  sheetName: 'Biên nhận',
  labels: {
    issuer: 'Đơn vị nhận',
    unit: 'Đơn vị gửi',
    period: 'Kỳ báo cáo',
    revision: 'Bản',
    fileName: 'Tệp',
    sha256: 'Mã SHA-256 của tệp',
    receivedAt: 'Ngày nhận',
    verdict: 'Kết quả',
    problems: 'Các vấn đề',
  },
  revisionName: rev,
  verdict: {
    accepted: 'chấp nhận',
    warnings: 'chấp nhận, có cảnh báo',
    refused: 'từ chối, số liệu không được đưa vào tổng hợp',
  },
  status: {
    current: '',
    superseded: 'đã có bản mới hơn thay thế',
    refused: '',
    duplicate: 'trùng nội dung với bản đã nhận',
    older: 'cũ hơn bản đã nhận trước đó, không được dùng',
  },
  noProblems: 'Không có.',
  problem: (isError: boolean, message: string) => `- ${isError ? 'Lỗi' : 'Cảnh báo'}: ${message}`,
  /** The line the commune sees: "Đã được UBND huyện Tân Hồng nhận bản lần 3 ngày 15/12/2023 09:30: chấp nhận". */
  line: (issuer: string, revision: number | null, receivedAt: string, verdict: string) =>
    `Đã được ${issuer} nhận bản ${rev(revision)} ngày ${formatDateTime(receivedAt)}: ${verdict}`,
  newer: (local: number, receipted: number | null) =>
    `Báo cáo trong máy này đã ở bản lần ${local}, mới hơn bản ${rev(receipted)} đã được nhận. Hãy xuất tệp và gửi lại bản mới.`,
  sameAsLocal: 'Đây là bản mới nhất trong máy này.',
  otherUnit: (unit: string, period: string) =>
    `Biên nhận này là của ${unit}, kỳ ${period}; máy này không có báo cáo đó.`,
  notReceipt: (fileName: string) =>
    `Tệp "${fileName}" không phải biên nhận của phần mềm Báo cáo CCHC (hoặc đã bị sửa). Hãy mở đúng tệp biên nhận đơn vị tổng hợp gửi về.`,
  noUnit: (fileName: string) =>
    `Tệp "${fileName}" không xác định được đơn vị gửi nên không lập được biên nhận.`,
  fileName: (unitCode: string, period: string, revision: number | null) =>
    `BienNhan_${period}_${unitCode}_${revision === null ? 'x' : `r${revision}`}.xlsx`,
  mergingOffice: 'đơn vị tổng hợp',
} as const;

/** The receipt buttons and panels: the merging office's history panel, the commune's form bar. */
export const receiptUi = {
  make: 'Biên nhận',
  makeFor: (fileName: string) => `Lập biên nhận cho tệp ${fileName}`,
  title: (fileName: string) => `Biên nhận tệp ${fileName}`,
  textLabel: 'Nội dung biên nhận (dán vào thư điện tử gửi đơn vị)',
  copy: 'Sao chép nội dung',
  copied: 'Đã sao chép.',
  download: (fileName: string) => `Tải biên nhận ${fileName}`,
  close: 'Đóng',
  importButton: 'Nhập biên nhận…',
  importLabel: 'Chọn tệp biên nhận (.xlsx) đơn vị tổng hợp gửi về',
  problemsTitle: 'Các vấn đề đơn vị tổng hợp nêu:',
  tooLarge: (fileName: string) => `Tệp "${fileName}" quá lớn, không phải biên nhận.`,
} as const;
