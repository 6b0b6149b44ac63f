/** Vietnamese messages of the list and text checks (indicator rules carry their own message). */
export const ruleMessages = {
  ruleFigures: (left: string, right: string) => `Hiện: ${left}; ${right}.`,
  listRequired: (noun: string, row: number, column: string, code: string) =>
    `${noun} dòng ${row}: chưa nhập "${column}" (${code}).`,
  listDuplicate: (noun: string, row: number, firstRow: number, code: string) =>
    `${noun} dòng ${row} trùng tên với dòng ${firstRow} (${code}). Sửa tên hoặc xóa một dòng.`,
  /** Lengths already formatted ("20.000"). */
  listTooLong: (noun: string, row: number, column: string, code: string, length: string, max: string) =>
    `${noun} dòng ${row}: "${column}" (${code}) dài ${length} ký tự, quá ${max} ký tự cho phép. Hãy rút gọn.`,
  listBadOption: (noun: string, row: number, column: string, code: string, options: string[]) =>
    `${noun} dòng ${row}: "${column}" (${code}) phải là một trong: ${options.join('; ')}.`,
  listBadDate: (noun: string, row: number, column: string, code: string) =>
    `${noun} dòng ${row}: "${column}" (${code}) không phải ngày hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/04/2023.`,
  listDateAfterPeriod: (noun: string, row: number, column: string, code: string, end: string) =>
    `${noun} dòng ${row}: "${column}" (${code}) sau ngày cuối kỳ báo cáo (${end}). Kiểm tra lại ngày.`,
  listTooManyRows: (noun: string, max: number) =>
    `Có quá ${max} dòng ${noun}. Chỉ giữ những dòng cần báo cáo.`,
  /** Lengths already formatted ("20.000"). */
  textTooLong: (code: string, label: string, length: string, max: string) =>
    `${code} (${label}) dài ${length} ký tự, quá ${max} ký tự cho phép. Hãy rút gọn.`,
  countTooLarge: (code: string, label: string) =>
    `${code} (${label}) lớn bất thường. Kiểm tra lại số đã nhập.`,
  countAbovePlausible: (code: string, label: string, value: string, max: string) =>
    `${code} (${label}) = ${value}, lớn hơn mức thường gặp của một đơn vị (${max}). Kiểm tra lại số đã nhập; nếu đúng thì giữ nguyên.`,
  countLooksLikeDate: (code: string, label: string, value: string) =>
    `${code} (${label}) = ${value}: giống một ngày bị Excel đổi thành số (ví dụ 1/7/2023 thành 45.108). Nhập lại số lượng.`,
  countChangedALot: (code: string, label: string, before: string, now: string, factor: number) =>
    `${code} (${label}) kỳ trước ${before}, kỳ này ${now}: thay đổi hơn ${factor} lần. Kiểm tra lại số đã nhập; nếu đúng thì giữ nguyên.`,
} as const;
