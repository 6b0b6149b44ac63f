/** Vietnamese messages of the local database. */
export const storeMessages = {
  newerDatabase: (found: number, known: number) =>
    `Dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (phiên bản dữ liệu ${found}, phần mềm này chỉ đọc được đến ${known}). Hãy cài phiên bản mới nhất của Báo cáo CCHC; dữ liệu không bị thay đổi.`,
  cannotOpen: (path: string, reason: string) =>
    `Không mở được tệp dữ liệu ${path}: ${reason}. Kiểm tra quyền ghi vào thư mục này hoặc liên hệ bộ phận hỗ trợ.`,
  unknownUnit: (code: string) =>
    `Không có đơn vị mã "${code}" trong danh sách. Chọn đơn vị khác hoặc thêm đơn vị trong Cài đặt.`,
  reportStale:
    'Báo cáo này vừa được lưu từ một cửa sổ hoặc thẻ khác, nên lần lưu này chưa được ghi để không xóa số liệu bạn chưa thấy. Phần mềm sẽ ghép hai bản; hãy chọn giá trị cho các ô được sửa ở cả hai nơi.',
  codesNotInTemplate: (codes: readonly string[]) =>
    `Báo cáo gửi lên có ${codes.length === 1 ? 'mã' : 'các mã'} ${codes
      .slice(0, 5)
      .map((c) => `"${c}"`)
      .join(
        ', ',
      )}${codes.length > 5 ? '…' : ''} không có trong biểu mẫu (hoặc là ô tự tính), nên không được lưu. Hãy tải lại trang hoặc cập nhật phần mềm.`,
  unitExists: (code: string) => `Đã có đơn vị mã "${code}". Dùng mã khác.`,
  unitHasNoSuchLevel: (code: string) => `Đơn vị "${code}" không hợp lệ.`,
} as const;
