/** Vietnamese text of the screen that compares one unit's figures in two periods. */
export const compareUi = {
  open: 'So sánh kỳ',
  openFor: (unit: string) => `So sánh kỳ của ${unit}`,
  title: (unit: string) => `So sánh hai kỳ: ${unit}`,
  close: 'Đóng',
  otherPeriod: 'So với kỳ',
  /** An option of the period picker that has no figures on this PC (the default, a year earlier). */
  noDataOption: (period: string) => `${period} (chưa có số liệu)`,
  columns: {
    no: 'STT',
    code: 'Mã số',
    label: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    change: 'Tăng/giảm',
    changePercent: 'Tăng/giảm (%)',
  },
  /** Why a figure is "—". */
  missing: {
    'no-report': 'chưa có báo cáo', // under the column of that period, whichever it is
    'not-filled': 'đơn vị chưa nhập',
    'parts-missing': 'thiếu số liệu để tính',
  },
  /** Why a change is "—". */
  noChange: {
    missing: 'thiếu số liệu của một kỳ',
    'not-applicable': 'không phát sinh ở một kỳ',
    'from-zero': 'kỳ so sánh bằng 0',
  },
  points: 'điểm %',
  /** Where the figures of a period come from. */
  source: {
    typed: (updatedAt: string) => `nhập trên máy này, lưu lúc ${updatedAt}`,
    received: (revision: string, receivedAt: string) => `tệp đã nhận (${revision}), nhận lúc ${receivedAt}`,
  },
  noData: (period: string) => `Chưa có số liệu ${period} của đơn vị này trên máy.`,
  ratesNote:
    'Tỷ lệ được tính lại từ số đếm của từng kỳ; tăng/giảm của tỷ lệ tính bằng điểm phần trăm (điểm %).',
  textsNote: (labels: string) => `Phần lời văn (${labels}) không so sánh bằng số: xem báo cáo của từng kỳ.`,
  listTotal: (noun: string) => `Số ${noun}`,
  listBy: (column: string, option: string) => `${column}: ${option}`,
  listUnit: 'mục',
  savedFirst: 'Số liệu kỳ này là số đã lưu (số đang gõ được lưu trước khi so sánh).',
  loading: 'Đang tải…',
} as const;
