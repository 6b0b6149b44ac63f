/** Vietnamese text of backups, restore, the support log and refused requests (issue 4). */

import type { BackupReason } from '../../domain/backups';

export const backupReasonLabels: Record<BackupReason, string> = {
  daily: 'Hằng ngày',
  migration: 'Trước khi nâng cấp dữ liệu',
  import: 'Trước khi nhập tệp',
  restore: 'Trước khi khôi phục',
  manual: 'Sao lưu thủ công',
};

export const backupMessages = {
  notFound: (fileName: string) =>
    `Không tìm thấy bản sao lưu "${fileName}" trong thư mục sao lưu. Tải lại danh sách rồi chọn một bản có trong danh sách.`,
  unreadable: (fileName: string) =>
    `Bản sao lưu "${fileName}" bị hỏng hoặc không phải dữ liệu của Báo cáo CCHC nên không thể khôi phục. Dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác.`,
  newer: (fileName: string) =>
    `Bản sao lưu "${fileName}" được tạo bởi phiên bản mới hơn của phần mềm. Hãy cài phiên bản mới nhất rồi khôi phục lại; dữ liệu hiện tại không bị thay đổi.`,
  createFailed: (reason: string) =>
    `Không tạo được bản sao lưu (${reason}). Hãy kiểm tra ổ đĩa còn chỗ trống và quyền ghi vào thư mục dữ liệu, rồi thử lại.`,
  restoreFailed: (reason: string) =>
    `Khôi phục không thành công (${reason}). Dữ liệu đã được trả lại như trước khi khôi phục. Hãy thử một bản sao lưu khác hoặc xuất nhật ký gửi bộ phận hỗ trợ.`,
  busy: 'Phần mềm đang sao lưu hoặc khôi phục dữ liệu. Hãy đợi vài giây rồi thử lại.',
  confirmRequired: 'Khôi phục sẽ thay toàn bộ dữ liệu hiện tại. Hãy xác nhận trước khi khôi phục.',
} as const;

export const logMessages = {
  exportFailed: (reason: string) =>
    `Không xuất được nhật ký (${reason}). Hãy thử lại hoặc sao chép thư mục "nhat-ky" trong thư mục dữ liệu.`,
  header: (appVersion: string, mode: string, exportedAt: string) =>
    `Nhật ký Báo cáo CCHC — phiên bản ${appVersion}, chế độ ${mode}, xuất lúc ${exportedAt}.\n` +
    'Nhật ký chỉ ghi hoạt động của phần mềm, không ghi số liệu báo cáo hay tên người.\n',
  empty: '(Chưa có dòng nhật ký nào.)',
} as const;

/** Refusals at the API boundary that name the problem (paths, sizes). */
export const boundaryMessages = {
  forbiddenSender: 'Yêu cầu không đến từ cửa sổ của phần mềm nên bị từ chối.',
  pathOutsideAllowed:
    'Đường dẫn này nằm ngoài các thư mục phần mềm được phép đọc. Hãy chọn thư mục bằng nút "Chọn thư mục".',
} as const;

/** The Settings panels of backups and support. */
export const backupPanelText = {
  title: 'Sao lưu dữ liệu',
  intro:
    'Phần mềm tự sao lưu mỗi ngày khi khởi động, trước khi nâng cấp dữ liệu, trước mỗi lần nhập tệp và trước khi khôi phục. Các bản sao lưu cũ được xóa dần (giữ 7 bản hằng ngày và 10 bản gần nhất mỗi loại khác).',
  folder: (folder: string) => `Thư mục sao lưu: ${folder}`,
  backupNow: 'Sao lưu ngay',
  backingUp: 'Đang sao lưu…',
  backupDone: (when: string) => `Đã sao lưu lúc ${when}.`,
  loading: 'Đang tải danh sách bản sao lưu…',
  none: 'Chưa có bản sao lưu nào.',
  columnTime: 'Thời điểm',
  columnReason: 'Lý do',
  columnSize: 'Dung lượng',
  columnFile: 'Tệp',
  columnAction: 'Thao tác',
  restore: 'Khôi phục',
  restoring: 'Đang khôi phục…',
  confirmTitle: 'Khôi phục dữ liệu?',
  confirmText: (when: string) =>
    `Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc ${when}. Trước khi khôi phục, phần mềm sẽ tự sao lưu dữ liệu hiện tại để có thể quay lại.`,
  confirmYes: 'Đồng ý khôi phục',
  confirmNo: 'Huỷ',
  restored: (when: string, safety: string) =>
    `Đã khôi phục dữ liệu từ bản sao lưu lúc ${when}. Dữ liệu trước khi khôi phục được lưu trong bản "${safety}". Hãy tải lại trang để thấy dữ liệu đã khôi phục.`,
  reload: 'Tải lại',
  moveTitle: 'Chuyển sang máy mới',
  moveSteps: [
    'Cách 1 (giữ nguyên mọi thứ): trên máy cũ, thoát phần mềm rồi chép cả thư mục dữ liệu (đường dẫn ở trên) sang USB. Trên máy mới, cài Báo cáo CCHC, mở một lần rồi thoát, chép đè thư mục dữ liệu từ USB vào đúng chỗ đó, rồi mở lại phần mềm.',
    'Cách 2 (một tệp): trên máy cũ bấm "Sao lưu ngay", chép tệp sao lưu mới nhất (trong thư mục sao lưu) sang máy mới, đặt vào thư mục "sao-luu" trong thư mục dữ liệu của máy mới, rồi bấm "Khôi phục" ở bản đó.',
    'Chi tiết: xem tài liệu "Chuyển sang máy mới" (docs/chuyen-may-moi.md) đi kèm phần mềm.',
  ],
} as const;

export const supportText = {
  title: 'Hỗ trợ',
  intro:
    'Khi phần mềm báo lỗi, hãy xuất nhật ký và gửi tệp đó cho người hỗ trợ. Nhật ký không chứa số liệu báo cáo hay tên người.',
  exportLog: 'Xuất nhật ký',
  exportLogMenu: 'Xuất nhật ký…',
  logFileType: 'Tệp văn bản',
  exporting: 'Đang xuất nhật ký…',
  exported: (fileName: string) => `Đã tạo tệp nhật ký "${fileName}". Gửi tệp này cho người hỗ trợ.`,
} as const;
