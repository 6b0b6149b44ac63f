/** Vietnamese messages of the command line (`npm run cli -- <lệnh>`). */
export const cliMessages = {
  usage: `Cách dùng: npm run cli -- <lệnh> [tùy chọn]

Các lệnh:
  units [--data-dir THƯ_MỤC] [--json]
      Liệt kê mã, tên, cấp của các đơn vị.
  template --unit MÃ --period KỲ --out TỆP [--data-dir THƯ_MỤC]
      Tạo mẫu báo cáo trống (.xlsx) cho một đơn vị và kỳ, để điền bằng Excel.
  export --unit MÃ --period KỲ --out TỆP [--data-dir THƯ_MỤC]
      Xuất báo cáo đã nhập trong phần mềm ra tệp .xlsx.
  check TỆP... [--period KỲ] [--data-dir THƯ_MỤC] [--json]
      Kiểm tra từng tệp báo cáo; mã thoát 1 nếu có tệp bị từ chối.
  catalog [--province MÃ] [--json]
      Danh mục 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu từ 01/7/2025
      (mã thống kê: tỉnh 2 chữ số, xã 5 chữ số).
  form export --out TỆP [--form TỆP]
      Xuất biểu mẫu thành tệp .xlsx (các trang Thông tin, Chỉ tiêu, Quy tắc, Danh sách,
      Chuyển đổi) để tỉnh sửa bằng Excel.
  form check TỆP
      Kiểm tra một tệp biểu mẫu; mã thoát 1 và danh sách lỗi (trang, ô) nếu chưa dùng được.
  merge --period KỲ --out TỆP TỆP... [--data-dir THƯ_MỤC] [--json]
      Tổng hợp các tệp được chấp nhận; mã thoát 0 nếu mọi tệp được chấp nhận,
      1 nếu có tệp bị từ chối (bảng tổng hợp vẫn được tạo từ các tệp còn lại).
  dhis2 --format adx|json --period KỲ --out TỆP TỆP... [--mapping TỆP.csv] [--json]
      Xuất số đếm của các đơn vị được chấp nhận sang DHIS2 (ADX hoặc JSON dataValueSets);
      --mapping đổi mã chỉ tiêu, mã đơn vị sang mã trong DHIS2.
  report --period KỲ --out TỆP.docx TỆP... [--data-dir THƯ_MỤC] [--json]
      Báo cáo Word (Nghị định 30) tổng hợp từ các tệp nhận được; có tệp của kỳ
      trước (cùng kỳ năm trước) thì so sánh với kỳ trước.
  report --unit MÃ --period KỲ --out TỆP.docx [--data-dir THƯ_MỤC]
      Báo cáo Word của chính đơn vị từ số liệu đã nhập trong phần mềm.
  compare --unit MÃ --period KỲ [--other KỲ] [--data-dir THƯ_MỤC] [--json]
      So sánh số liệu của một đơn vị giữa hai kỳ (mặc định: cùng kỳ năm trước), từ báo cáo
      nhập trong phần mềm hoặc tệp đã nhận của đơn vị.

--form TỆP (với template, check, merge): dùng biểu mẫu trong tệp thay cho biểu mẫu có sẵn.
Kỳ báo cáo: 2024 (năm), 2024-Q3 (9 tháng), 2024-H1 (6 tháng), 2024-Q1 (quý I),
2024-QII, 2024-QIII, 2024-QIV (quý II, III, IV), 2024-M07 (tháng 7).
Không có --data-dir: export, report --unit và compare dùng thư mục dữ liệu của phần mềm trên máy này
(như khi mở bằng npm start); các lệnh khác dùng danh sách đơn vị mặc định. Mã thoát 2: lệnh viết sai.`,
  unknownProvince: (code: string) =>
    `Không có tỉnh, thành phố mã "${code}". Xem danh mục bằng lệnh: npm run cli -- catalog`,
  catalogSource: (repository: string, commit: string, date: string) =>
    `Nguồn: ${repository} (bản ${commit}, ngày ${date.split('-').reverse().join('/')})`,
  communeCount: (n: number) => `${n.toLocaleString('vi-VN')} xã, phường, đặc khu`,
  catalogSummary: (provinces: number, communes: number) =>
    `${provinces} tỉnh, thành phố; ${communes.toLocaleString('vi-VN')} xã, phường, đặc khu.`,
  formSubcommand: 'Lệnh form cần "export" hoặc "check": npm run cli -- form export --out bieu-mau.xlsx',
  unknownCommand: (name: string) => `Không có lệnh "${name}".`,
  unknownOption: (name: string) => `Không có tùy chọn "${name}" cho lệnh này.`,
  missingValue: (name: string) => `Tùy chọn --${name} cần một giá trị.`,
  missingOption: (name: string) => `Thiếu tùy chọn --${name}.`,
  missingFiles: 'Chưa chỉ ra tệp nào.',
  unexpectedArgument: (arg: string) => `Không hiểu "${arg}" ở đây.`,
  badPeriod: (value: string) =>
    `Kỳ báo cáo "${value}" không hợp lệ. Dùng dạng 2024 (năm), 2024-Q3 (9 tháng), 2024-H1 (6 tháng), 2024-Q1, 2024-QII…2024-QIV (quý) hoặc 2024-M07 (tháng).`,
  unknownUnit: (code: string) =>
    `Không có đơn vị mã "${code}". Xem danh sách bằng lệnh: npm run cli -- units`,
  seeHelp: 'Xem cách dùng các lệnh: npm run cli -- --help',
  sampleUnitsHint: (dir: string) =>
    `Lưu ý: máy này chưa có dữ liệu của phần mềm (thư mục "${dir}"), nên các tệp được đối chiếu với danh sách đơn vị mẫu (huyện Tân Hồng). Chỉ thư mục dữ liệu của đơn vị tổng hợp bằng --data-dir THƯ_MỤC để dùng danh sách đơn vị của mình.`,
  noDataDir: (dir: string) => `Không tìm thấy dữ liệu của phần mềm trong thư mục "${dir}".`,
  noDefaultData: (dir: string) =>
    `Chưa có dữ liệu của phần mềm trong thư mục dữ liệu mặc định "${dir}". Mở phần mềm (npm start) và nhập số liệu trước, hoặc chỉ thư mục dữ liệu bằng --data-dir THƯ_MỤC.`,
  fileMissing: (file: string) => `Không đọc được tệp "${file}" (không có tệp này hoặc không có quyền đọc).`,
  noReport: (unit: string, period: string) =>
    `Đơn vị ${unit} chưa có báo cáo kỳ ${period} trong dữ liệu này. Hãy nhập số liệu trong phần mềm trước.`,
  written: (file: string) => `Đã ghi tệp ${file}`,
  forComparison: (period: string) =>
    `Tệp của ${period}: chỉ dùng để so sánh với kỳ trước, không cộng vào số tổng hợp.`,
  unitsHeader: 'Mã\tCấp\tTên đơn vị',
  verdictLine: (file: string, verdict: string, detail: string) =>
    `${file}: ${verdict}${detail ? ` (${detail})` : ''}`,
  identity: (unit: string, period: string, revision: string) => `${unit}, kỳ ${period}, ${revision}`,
  checkSummary: (total: number, accepted: number, warnings: number, refused: number) =>
    `${total} tệp: ${accepted} chấp nhận, ${warnings} chấp nhận có cảnh báo, ${refused} bị từ chối.`,
  mergeSummary: (units: number, expected: number, unitsRefused: number, filesRefused: number) =>
    `Đã tổng hợp ${units}/${expected} đơn vị; ${unitsRefused} đơn vị có tệp gửi đến nhưng tệp nào cũng bị từ chối; ${filesRefused} tệp bị từ chối (xem trang "Tình hình nộp").`,
  /** Before the Word report's note that not every unit is compared (wordReportUi.comparedOver). */
  reportFrom: (units: number) => `Báo cáo tổng hợp từ ${units} đơn vị.`,
  reportSummary: (units: number, comparedWith: string | null) =>
    `Báo cáo tổng hợp từ ${units} đơn vị${comparedWith ? `, so sánh với kỳ ${comparedWith}` : ', không có số liệu kỳ trước để so sánh'}.`,
  problemLine: (isError: boolean, message: string) => `  - ${isError ? 'Lỗi' : 'Cảnh báo'}: ${message}`,
  failed: (reason: string) => `Lỗi: ${reason}`,
} as const;
