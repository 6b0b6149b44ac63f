/**
 * The words of a form package (the template as an .xlsx the province edits in Excel) and its
 * problems. People edit by these words: change one only together with the reader.
 */
export const PACKAGE_WORDS = {
  sheets: {
    info: 'Thông tin',
    indicators: 'Chỉ tiêu',
    rules: 'Quy tắc',
    lists: 'Danh sách',
    mapping: 'Chuyển đổi',
  },
  info: {
    id: 'Mã biểu mẫu',
    version: 'Phiên bản',
    title: 'Tên biểu mẫu',
    periods: 'Kỳ báo cáo',
    maxCount: 'Số đếm tối đa',
    changeFactor: 'Hệ số thay đổi bất thường',
    changeAtLeast: 'Ngưỡng thay đổi bất thường',
  },
  infoHeader: ['Mục', 'Giá trị'] as const,
  indicatorHeader: [
    'Phần',
    'Mã số',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Loại',
    'Công thức',
    'Bắt buộc',
    'Giá trị tối đa',
  ] as const,
  kinds: { count: 'Số đếm', text: 'Văn bản', total: 'Tổng', rate: 'Tỷ lệ' },
  /** Rows that name a section rather than an indicator ("Loại" column). */
  sectionTitle: 'Tên phần',
  sectionShort: 'Tên ngắn',
  ruleHeader: ['Mã quy tắc', 'Điều kiện', 'Thông báo', 'Mức'] as const,
  levels: { error: 'lỗi', warning: 'cảnh báo' },
  listHeader: ['Phần', 'Mã số', 'Cột', 'Kiểu', 'Bắt buộc', 'Độ dài tối đa', 'Lựa chọn', 'Ràng buộc'] as const,
  listKinds: { text: 'Văn bản', multiline: 'Văn bản nhiều dòng', enum: 'Lựa chọn', date: 'Ngày' },
  listRows: { rowNoun: 'Tên một dòng', maxRows: 'Số dòng tối đa' },
  constraints: { unique: 'không trùng', notAfterPeriodEnd: 'không sau ngày cuối kỳ' },
  mappingHeader: ['Mã cũ', 'Mã mới', 'Cách chuyển'] as const,
  mappings: { keep: 'giữ nguyên', rename: 'đổi mã', mergeInto: 'gộp vào', drop: 'bỏ' },
  yes: 'có',
  no: 'không',
  indentMark: '– ',
};

const at = (sheet: string, cell: string) => `Trang "${sheet}", ô ${cell}`;

export const packageMessages = {
  at,
  notWorkbook: (file: string) =>
    `Tệp "${file}" không đọc được như một sổ Excel (.xlsx). Lưu lại biểu mẫu bằng Excel hoặc LibreOffice dưới dạng .xlsx rồi thử lại.`,
  tooManyCells: (max: number) =>
    `Tệp biểu mẫu có hơn ${max.toLocaleString('vi-VN')} ô hoặc dòng, không giống một biểu mẫu (chỉ vài trăm dòng). Xóa các dòng thừa rồi lưu lại.`,
  missingSheet: (sheet: string) =>
    `Thiếu trang "${sheet}". Xuất lại biểu mẫu bằng lệnh "form export" và sửa trên tệp đó.`,
  missingHeader: (sheet: string, cell: string, word: string) =>
    `${at(sheet, cell)}: cần tiêu đề cột "${word}". Giữ nguyên dòng tiêu đề của trang.`,
  tooManyRows: (sheet: string, cell: string, max: number) =>
    `${at(sheet, cell)}: trang có quá ${max.toLocaleString('vi-VN')} dòng, không giống một biểu mẫu. Xóa các dòng thừa từ dòng này trở đi.`,
  missingInfo: (label: string) =>
    `Trang "Thông tin": thiếu dòng "${label}". Thêm dòng này (cột A là tên mục, cột B là giá trị).`,
  badId: (cell: string) =>
    `${at('Thông tin', cell)}: "Mã biểu mẫu" chỉ gồm chữ không dấu, số, dấu gạch (tối đa 40 ký tự).`,
  badWholeNumber: (sheet: string, cell: string, label: string) =>
    `${at(sheet, cell)}: "${label}" phải là số nguyên dương.`,
  badCode: (sheet: string, cell: string, code: string) =>
    `${at(sheet, cell)}: mã "${code}" không hợp lệ. Mã gồm chữ in hoa không dấu và số, ví dụ A23.`,
  duplicateCode: (sheet: string, cell: string, code: string, first: string) =>
    `${at(sheet, cell)}: mã "${code}" trùng với ô ${first}. Mỗi chỉ tiêu, mỗi cột cần một mã riêng.`,
  badKind: (sheet: string, cell: string, value: string, allowed: string[]) =>
    `${at(sheet, cell)}: "${value}" không phải một loại được dùng. Chọn một trong: ${allowed.join(', ')}.`,
  noSection: (sheet: string, cell: string) => `${at(sheet, cell)}: thiếu "Phần" (ví dụ A).`,
  sectionNoTitle: (sheet: string, section: string) =>
    `Trang "${sheet}": phần ${section} thiếu dòng "Tên phần" (tên đầy đủ in trên biểu mẫu).`,
  emptyLabel: (sheet: string, cell: string) => `${at(sheet, cell)}: thiếu tên chỉ tiêu.`,
  formulaNeeded: (sheet: string, cell: string, kind: string) =>
    `${at(sheet, cell)}: chỉ tiêu loại "${kind}" cần công thức, ví dụ "A02 + A03" (tổng) hoặc "A03 / A07" (tỷ lệ).`,
  formulaNotAllowed: (sheet: string, cell: string, kind: string) =>
    `${at(sheet, cell)}: chỉ tiêu loại "${kind}" được nhập tay, không có công thức. Xóa công thức hoặc đổi loại thành "Tổng".`,
  badFormula: (sheet: string, cell: string, formula: string) =>
    `${at(sheet, cell)}: không hiểu công thức "${formula}". Viết các mã cách nhau bằng dấu +, ví dụ "A02 + A03 + A05".`,
  rateNoDenominator: (sheet: string, cell: string, formula: string) =>
    `${at(sheet, cell)}: tỷ lệ "${formula}" thiếu mẫu số. Viết tử số / mẫu số, ví dụ "A03 / A07" hoặc "(A08 + A09) / A11".`,
  unknownCode: (sheet: string, cell: string, code: string) =>
    `${at(sheet, cell)}: mã "${code}" không có trong trang "Chỉ tiêu".`,
  wrongKindInFormula: (sheet: string, cell: string, code: string) =>
    `${at(sheet, cell)}: "${code}" không phải số (số đếm hoặc tổng), không dùng trong công thức được.`,
  cycle: (sheet: string, cell: string, path: string) =>
    `${at(sheet, cell)}: công thức vòng tròn ${path}: một tổng không thể gồm chính nó.`,
  badNumber: (sheet: string, cell: string, label: string) =>
    `${at(sheet, cell)}: "${label}" phải là số nguyên dương hoặc để trống.`,
  badYesNo: (sheet: string, cell: string) =>
    `${at(sheet, cell)}: "Bắt buộc" ghi "có", "không" hoặc để trống.`,
  badCondition: (sheet: string, cell: string, text: string) =>
    `${at(sheet, cell)}: không hiểu điều kiện "${text}". Viết như "A04 <= A03", "A07 = A11 + A14" hoặc "D04 >= D03".`,
  badLevel: (sheet: string, cell: string, text: string) =>
    `${at(sheet, cell)}: mức "${text}" không hợp lệ; ghi "lỗi" hoặc "cảnh báo".`,
  emptyMessage: (sheet: string, cell: string) => `${at(sheet, cell)}: thiếu thông báo cho người nhập.`,
  noOptions: (sheet: string, cell: string) =>
    `${at(sheet, cell)}: cột kiểu "Lựa chọn" cần các lựa chọn, cách nhau bằng dấu chấm phẩy.`,
  badConstraint: (sheet: string, cell: string, text: string) =>
    `${at(sheet, cell)}: không hiểu ràng buộc "${text}"; dùng "không trùng" hoặc "không sau ngày cuối kỳ".`,
  badMapping: (sheet: string, cell: string, text: string) =>
    `${at(sheet, cell)}: cách chuyển "${text}" không hợp lệ; ghi "giữ nguyên", "đổi mã", "gộp vào" hoặc "bỏ".`,
  mappingNeedsNew: (sheet: string, cell: string, how: string) =>
    `${at(sheet, cell)}: cách chuyển "${how}" cần mã mới.`,
  mappingOldUnknown: (sheet: string, cell: string, code: string) =>
    `${at(sheet, cell)}: mã cũ "${code}" lặp lại; mỗi mã cũ chỉ chuyển một cách.`,
  badPeriods: (cell: string, text: string) =>
    `${at('Thông tin', cell)}: không hiểu kỳ báo cáo "${text}". Ghi các kỳ cách nhau bằng dấu chấm phẩy: Năm; 9 tháng; 6 tháng; Quý; Quý I; Tháng.`,
  noIndicators: 'Trang "Chỉ tiêu" không có chỉ tiêu nào.',
  checkedOk: (id: string, version: number, indicators: number, rules: number) =>
    `Biểu mẫu "${id}" phiên bản ${version} hợp lệ: ${indicators} chỉ tiêu, ${rules} quy tắc.`,
  checkedBad: (n: number) => `Biểu mẫu có ${n} lỗi, chưa dùng được:`,
};
