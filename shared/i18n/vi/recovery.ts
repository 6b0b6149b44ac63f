/** Vietnamese words of the recovery screen (the database is missing, empty or damaged at start). */
export const recoveryMessages = {
  title: 'Dữ liệu của phần mềm cần được khôi phục',
  problem: {
    missing: (file: string) =>
      `Không tìm thấy tệp dữ liệu ${file}, nhưng thư mục sao lưu còn các bản sao lưu. Phần mềm không tạo dữ liệu mới đè lên để bạn không mất số liệu.`,
    empty: (file: string) =>
      `Tệp dữ liệu ${file} trống (0 byte), thường do mất điện hoặc ổ đĩa bị lỗi. Phần mềm không tạo dữ liệu mới đè lên để bạn không mất số liệu.`,
    damaged: (file: string) =>
      `Tệp dữ liệu ${file} bị hỏng (không đọc được hoặc có trang dữ liệu lỗi). Phần mềm không ghi gì vào tệp này.`,
  },
  choose:
    'Hãy chọn một bản sao lưu để khôi phục, thường là bản mới nhất. Tệp dữ liệu hiện tại được chuyển sang thư mục "hong" bên cạnh, không bị xóa.',
  noBackups: (folder: string) =>
    `Không có bản sao lưu nào trong ${folder}. Nếu bạn có bản sao lưu ở nơi khác (USB, máy khác), hãy chép vào thư mục này rồi bấm "Tải lại danh sách". Hoặc liên hệ bộ phận hỗ trợ trước khi bắt đầu với dữ liệu trống.`,
  columns: { createdAt: 'Thời điểm sao lưu', reason: 'Lý do', holds: 'Nội dung', action: '' },
  holds: (units: number, reports: number, receivedFiles: number, unitCode: string | null) =>
    [
      `${units} đơn vị`,
      `${reports} báo cáo`,
      receivedFiles > 0 ? `${receivedFiles} tệp đã nhận` : '',
      unitCode ? `máy của đơn vị ${unitCode}` : '',
    ]
      .filter(Boolean)
      .join(', '),
  lastSaved: (when: string) => `lưu lần cuối ${when}`,
  unusable: 'Bản sao lưu này bị hỏng, không dùng được',
  restore: 'Khôi phục bản này',
  restoring: 'Đang khôi phục…',
  confirm: (when: string) =>
    `Khôi phục bản sao lưu lúc ${when}? Tệp dữ liệu hiện tại sẽ được chuyển sang thư mục "hong" (không bị xóa).`,
  startEmpty: 'Bắt đầu với dữ liệu trống',
  confirmStartEmpty:
    'Bắt đầu với dữ liệu trống? Tệp dữ liệu hiện tại được chuyển sang thư mục "hong" (không bị xóa), các bản sao lưu vẫn giữ nguyên.',
  reload: 'Tải lại danh sách',
  confirmTitle: 'Xác nhận khôi phục',
  confirmYes: 'Khôi phục',
  confirmNo: 'Huỷ',
  startEmptyYes: 'Bắt đầu với dữ liệu trống',
  open: 'Mở phần mềm',
  done: (keptAs: string | null) =>
    keptAs ? `Đã khôi phục. Tệp dữ liệu hỏng được giữ tại ${keptAs}.` : 'Đã khôi phục.',
  needed: (file: string, problem: 'missing' | 'empty' | 'damaged') =>
    `Tệp dữ liệu ${file} ${problem === 'damaged' ? 'bị hỏng' : problem === 'empty' ? 'trống (0 byte)' : 'không còn'} trong khi thư mục sao lưu còn bản sao lưu. Không có gì được ghi. Hãy mở phần mềm để chọn bản sao lưu cần khôi phục.`,
  notNeeded: 'Dữ liệu của phần mềm đang bình thường, không cần khôi phục.',
  blocked: 'Dữ liệu của phần mềm cần được khôi phục trước. Hãy tải lại trang để mở màn hình khôi phục.',
  backupUnusable: (fileName: string) =>
    `Bản sao lưu "${fileName}" bị hỏng hoặc không phải dữ liệu của Báo cáo CCHC nên không thể khôi phục. Hãy chọn bản khác.`,
  backupCheckFailed: (problems: string) =>
    `Dữ liệu đang có lỗi (${problems}) nên bản sao lưu không được tạo, để không thay bản sao lưu tốt bằng bản hỏng. Hãy khởi động lại phần mềm để mở màn hình khôi phục.`,
} as const;
