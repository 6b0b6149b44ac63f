/**
 * Vietnamese text of the merging office: import outcomes, the completeness screen, the history and
 * diff of revisions, and the merged workbook's sheets and headers.
 */
import { formatCount } from '../../format/numbers';
import type { CompletenessCounts } from '../../merge/completeness';

const rev = (revision: number | null | undefined) =>
  revision === null || revision === undefined ? '?' : revision === 0 ? 'điền tay' : `lần ${revision}`;

export const districtMessages = {
  revisionName: rev,
  outcome: {
    current: (unit: string, revision: number | null) =>
      `Đã nhận báo cáo của ${unit} (${rev(revision)}); số liệu được đưa vào tổng hợp.`,
    replaced: (unit: string, revision: number | null, previous: number | null) =>
      `Đã nhận báo cáo của ${unit} (${rev(revision)}), thay cho bản ${rev(previous)} nhận trước đó (bản cũ vẫn được lưu).`,
    identical: (fileName: string) =>
      `Tệp "${fileName}" đã được nhận trước đây (nội dung giống hệt từng byte). Không có gì thay đổi.`,
    'same-content': (unit: string, revision: number | null) =>
      `Tệp có cùng nội dung với bản ${rev(revision)} của ${unit} đã nhận. Không có gì thay đổi.`,
    older: (unit: string, revision: number | null, current: number | null) =>
      `Tệp là bản ${rev(revision)} của ${unit}, cũ hơn bản ${rev(current)} đã nhận, nên không thay thế bản đó. Tệp vẫn được lưu để tra cứu.`,
    refused: (fileName: string) =>
      `Tệp "${fileName}" bị từ chối; số liệu không được đưa vào tổng hợp. Xem các lỗi bên dưới, báo đơn vị sửa và gửi lại.`,
  },
  tooManyFiles: (max: number) => `Mỗi lần chỉ nhận tối đa ${max} tệp. Hãy chia thành nhiều lần.`,
  fileTooLarge: (fileName: string, maxMb: number) =>
    `Tệp "${fileName}" lớn hơn ${maxMb} MB, không phải báo cáo CCHC. Hãy kiểm tra lại tệp.`,
  badBase64: (fileName: string) =>
    `Không đọc được nội dung tệp "${fileName}" (dữ liệu gửi lên bị hỏng). Hãy chọn lại tệp.`,
  fileNotFound: (id: number) => `Không tìm thấy tệp đã nhận số ${id}.`,
  fileNotOfUnit: (id: number, unit: string, period: string) =>
    `Tệp số ${id} không phải báo cáo của đơn vị ${unit} kỳ ${period}.`,
  fileHasNoData: (fileName: string) => `Tệp "${fileName}" không đọc được số liệu nên không so sánh được.`,
  checkedWithoutLimits: (seconds: number, memoryMb: number) =>
    `Máy này không chạy được bộ kiểm tra tệp riêng, nên tệp được kiểm tra ngay trong phần mềm mà không có giới hạn ${String(seconds).replace('.', ',')} giây và ${formatCount(memoryMb)} MB cho mỗi tệp: một tệp hỏng hoặc bất thường có thể làm phần mềm treo. Hãy cài đặt lại phần mềm; nếu vẫn thấy thông báo này, hãy gửi nhật ký (Trợ giúp → Xuất nhật ký…) cho bộ phận hỗ trợ.`,
  checkFailed: (fileName: string) =>
    `Không kiểm tra được tệp "${fileName}" (quá thời gian hoặc lỗi khi đọc). Tệp bị từ chối; hãy mở tệp bằng Excel, lưu lại rồi gửi lại.`,

  status: {
    received: 'Đã nhận',
    warnings: 'Đã nhận, có cảnh báo',
    refused: 'Bị từ chối',
    missing: 'Chưa nộp',
  },
  /** The chart's legend counts the two kinds of received apart: "Đã nhận: 0" beside 4 with warnings read as nothing received. */
  chartStatus: {
    received: 'Đã nhận, không có cảnh báo',
    warnings: 'Đã nhận, có cảnh báo',
    refused: 'Bị từ chối',
    missing: 'Chưa nộp',
  },
  /** The merging office's own report, typed in this app: its row in completeness and merge. */
  ownReportFile: 'Nhập trên máy này (báo cáo của đơn vị tổng hợp)',
  fileStatus: {
    current: 'Đang dùng',
    superseded: 'Đã được thay thế',
    refused: 'Bị từ chối',
    duplicate: 'Trùng nội dung',
    older: 'Bản cũ hơn',
  },
  verdict: {
    accepted: 'Chấp nhận',
    warnings: 'Chấp nhận, có cảnh báo',
    refused: 'Từ chối',
  },
  preparerField: {
    name: 'Người lập',
    position: 'Chức vụ',
    phone: 'Điện thoại',
    preparedOn: 'Ngày lập',
  } as Record<string, string>,
  diffKind: {
    'model-added': 'Thêm',
    'model-removed': 'Bỏ',
    'model-changed': 'Sửa',
  } as Record<string, string>,

  /** Where a problem is: "Trang "A. TTHC, hồ sơ", ô E12, chỉ tiêu A04". */
  problemPlace: (p: { sheet?: string; cell?: string; indicator?: string }) =>
    [
      p.sheet ? `Trang "${p.sheet}"` : '',
      p.cell ? `ô ${p.cell}` : '',
      p.indicator ? `chỉ tiêu ${p.indicator}` : '',
    ]
      .filter(Boolean)
      .join(', '),
} as const;

/** The completeness screen and the history panel. */
export const districtUi = {
  title: 'Tổng hợp báo cáo các đơn vị',
  periodLabel: 'Kỳ báo cáo',
  dropHint: 'Kéo thả các tệp báo cáo (.xlsx) vào bất kỳ đâu trong cửa sổ, hoặc',
  pickFiles: 'Chọn tệp…',
  dropOverlay: 'Thả tệp vào đây để nhận báo cáo',
  importing: (done: number, total: number) => `Đang kiểm tra và nhận ${done}/${total} tệp…`,
  importDone: (total: number) => `Đã xử lý ${formatCount(total)} tệp.`,
  resultsTitle: 'Kết quả nhận tệp',
  resultsSummary: (total: number, accepted: number, warnings: number, refused: number) =>
    `${total} tệp: ${accepted} chấp nhận, ${warnings} chấp nhận có cảnh báo, ${refused} bị từ chối.`,
  clearResults: 'Ẩn kết quả',
  exportMerged: 'Xuất bảng tổng hợp (.xlsx)',
  exporting: 'Đang tạo bảng tổng hợp…',
  exported: (fileName: string, path: string) => `Đã lưu bảng tổng hợp "${fileName}" vào ${path}.`,
  download: 'Tải tệp về',
  counts: (c: CompletenessCounts) =>
    `${c.received + c.warnings}/${c.expected} đơn vị đã nộp (${c.warnings} có cảnh báo), ${c.refused} đơn vị bị từ chối, ${c.missing} đơn vị chưa nộp; ${c.refusedFiles} tệp bị từ chối.`,
  chartTitle: 'Tình hình nộp báo cáo',
  columns: {
    index: 'STT',
    unit: 'Đơn vị',
    level: 'Cấp',
    status: 'Tình trạng',
    revision: 'Lần nộp',
    receivedAt: 'Ngày nhận',
    file: 'Tệp',
    actions: '',
  },
  history: 'Lịch sử',
  hideHistory: 'Đóng',
  historyTitle: (unit: string) => `Các tệp đã nhận của ${unit}`,
  noFiles: 'Chưa nhận tệp nào.',
  compare: 'So sánh với bản trước',
  diffTitle: (from: string, to: string) => `Thay đổi từ ${from} sang ${to}`,
  noChanges: 'Không có thay đổi về số liệu.',
  empty: '(trống)',
  unattributed: 'Tệp bị từ chối không xác định được đơn vị',
  laterRefused: (fileName: string) =>
    `Tệp gửi sau "${fileName}" bị từ chối nên vẫn dùng bản trước. Xem Lịch sử để biết lý do.`,
  problemsOf: (n: number) => `${n} vấn đề`,
  loading: 'Đang tải…',
  readFailed: (name: string) => `Không đọc được tệp "${name}" trên máy này.`,
} as const;

/** The merged workbook: sheet names, titles and column headers. */
const COVERS_AFTER = ' đơn vị có số liệu';

export const mergedWorkbookText = {
  sheets: {
    summary: 'Tổng hợp',
    byUnit: 'Theo đơn vị',
    models: 'Mô hình, sáng kiến',
    training: 'Đào tạo, bồi dưỡng',
    issues: 'Tồn tại, kiến nghị',
    submissions: 'Tình hình nộp',
    meta: 'cchc_meta',
  },
  title: (periodName: string) => `TỔNG HỢP KẾT QUẢ CẢI CÁCH HÀNH CHÍNH ${periodName.toLocaleUpperCase('vi')}`,
  subtitle: (units: number, expected: number) =>
    `Tổng hợp từ báo cáo của ${units}/${expected} đơn vị (bản mới nhất đã được chấp nhận của mỗi đơn vị).`,
  generatedAt: (date: string) => `Lập ngày ${date} bằng phần mềm Báo cáo CCHC.`,
  /** Each sheet its own title (Nghị định 30: a page says what it is). */
  byUnitTitle: (periodName: string) =>
    `KẾT QUẢ CẢI CÁCH HÀNH CHÍNH THEO ĐƠN VỊ ${periodName.toLocaleUpperCase('vi')}`,
  issuesTitle: (periodName: string) =>
    `TỒN TẠI, HẠN CHẾ; ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ ${periodName.toLocaleUpperCase('vi')}`,
  submissionsTitle: (periodName: string) => `TÌNH HÌNH NỘP BÁO CÁO ${periodName.toLocaleUpperCase('vi')}`,
  peoplesCommittee: 'ỦY BAN NHÂN DÂN',
  code: 'Mã số',
  indicator: 'Chỉ tiêu',
  unitOfMeasure: 'Đơn vị tính',
  total: 'Tổng cộng',
  percent: '%',
  /** The columns right of the printed table that hold each rate as a number, to compute with. */
  rateNumberOf: (column: string) => `Tỷ lệ dạng số: ${column}`,
  asNumber: (name: string) => `${name} (dạng số)`,
  codeAsNumber: (code: string) => `${code} (số)`,
  index: 'STT',
  unitCode: 'Mã đơn vị',
  unitName: 'Tên đơn vị',
  level: 'Cấp',
  /** The hidden column of "Theo đơn vị" the level totals of "Tổng hợp" sum by (the "Cấp" text is editable). */
  levelCode: 'Mã cấp (không sửa)',
  revision: 'Lần nộp',
  status: 'Tình trạng',
  receivedAt: 'Ngày nhận',
  file: 'Tệp',
  note: 'Ghi chú',
  /** A "Tổng hợp" row some merged units left blank (a count, or a count behind a total or rate). */
  covers: (covered: number, of: number) => `${covered}/${of}${COVERS_AFTER}`,
  /** The words after "2/3" (the live note's formula counts the units itself). */
  coversAfter: COVERS_AFTER,
  totalRow: 'Tổng cộng',
  notApplicable: 'không phát sinh',
  unattributed: 'Tệp không xác định được đơn vị',
  countsLine: (c: CompletenessCounts) =>
    `Đơn vị phải nộp: ${c.expected}; đã nhận: ${c.received}; có cảnh báo: ${c.warnings}; bị từ chối: ${c.refused}; chưa nộp: ${c.missing}. Tệp bị từ chối: ${c.refusedFiles}.`,
} as const;
