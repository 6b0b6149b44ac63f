/** Vietnamese messages of the number, percentage and date parsers. */
export const formatMessages = {
  countComma: (text: string) =>
    `"${text}" có dấu phẩy. Số đếm không có phần thập phân; nhóm hàng nghìn bằng dấu chấm (ví dụ 27.630) hoặc không nhóm (27630).`,
  countDecimal: (text: string) =>
    `"${text}" không phải số nguyên. Dấu chấm chỉ dùng để nhóm hàng nghìn, mỗi nhóm đủ 3 chữ số (ví dụ 27.630).`,
  /** A number stored with decimals in a spreadsheet cell (the cell holds a number, not text). */
  countDecimalNumber: (shown: string) =>
    `ô chứa số thập phân ${shown}, không phải số nguyên. Nếu định gõ số hàng nghìn (như 1.234), Excel trên máy đó có thể đã hiểu dấu chấm là dấu thập phân: gõ liền không dấu (ví dụ 1234).`,
  countNegative: (text: string) => `"${text}" là số âm. Số đếm phải từ 0 trở lên.`,
  countNotNumber: (text: string) => `"${text}" không phải là số. Chỉ nhập chữ số, ví dụ 27.630 hoặc 27630.`,
  countSpace: (text: string) =>
    `"${text}" có khoảng trắng giữa các chữ số. Nhập một số liền (ví dụ 1684), hoặc nhóm hàng nghìn bằng dấu chấm (27.630).`,
  countTooLarge: (text: string) => `"${text}" quá lớn so với một số liệu báo cáo. Kiểm tra lại số đã nhập.`,
  dateInvalid: (text: string) =>
    `"${text}" không phải ngày hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 05/04/2023.`,
  rateNotApplicable: 'không phát sinh',
  /** The Nghị định 30 date line: "ngày 05 tháng 04 năm 2023". */
  longDate: (day: string, month: string, year: string) => `ngày ${day} tháng ${month} năm ${year}`,
} as const;
