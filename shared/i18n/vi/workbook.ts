/**
 * Vietnamese text of the unit workbook (sheet names, headers, cover), of checking a received
 * workbook (each problem says what is wrong, where, and what to do) and of the export panel.
 */
import { formatCount } from '../../format/numbers';

/** Where a problem is: file, sheet, cell and indicator, as the clerk sees them in Excel. */
export interface ProblemPlace {
  file: string;
  sheet?: string;
  cell?: string;
  code?: string;
  label?: string;
  /** The commune restoring its own workbook: what to do is said to the clerk, not to the district. */
  own?: boolean;
}

export function place(p: ProblemPlace): string {
  const parts = [`Tệp "${p.file}"`];
  const at = sheetCell(p.sheet, p.cell);
  if (at) parts.push(at);
  if (p.code) parts.push(p.label ? `chỉ tiêu ${p.code} (${p.label})` : `chỉ tiêu ${p.code}`);
  return parts.join(', ');
}

/** 'trang "B. Số liệu", ô E5': a cell named with its sheet (row 5 of column E is on several sheets). */
export function sheetCell(sheet?: string, cell?: string): string {
  return [sheet ? `trang "${sheet}"` : '', cell ? `ô ${cell}` : ''].filter(Boolean).join(', ');
}

/** A cell's content, shortened so a 1 MB cell does not become a 1 MB message. */
export function shownValue(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.length > max ? oneLine.slice(0, max) + '…' : oneLine;
}

const SEND_AGAIN =
  'Đề nghị đơn vị gửi lại tệp Excel xuất từ phần mềm Báo cáo CCHC (hoặc điền vào mẫu trống).';
const CHOOSE_OWN =
  'Hãy chọn tệp Excel mà xã đã xuất từ phần mềm Báo cáo CCHC (ví dụ bản đã gửi lên huyện qua thư điện tử).';

/** What to do about a file that cannot be used: the district asks the unit, the commune chooses another. */
function sendAgain(p: ProblemPlace, lowerFirst = false): string {
  const text = p.own ? CHOOSE_OWN : SEND_AGAIN;
  return lowerFirst ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export const workbookText = {
  coverSheet: 'Bìa',
  listsSheet: 'Danh mục',
  metaSheet: 'Thông tin kỹ thuật',
  header: {
    stt: 'STT',
    code: 'Mã số',
    label: 'Chỉ tiêu',
    unit: 'Đơn vị tính',
    value: 'Số liệu',
    note: 'Ghi chú',
    /** Beside the rates, outside the print area: the same rate as a number, to sum, sort or chart. */
    rateNumber: 'Tỷ lệ dạng số',
  },
  modelRowId: 'Mã dòng',
  /** Label of a row that goes on with a long text (E01 over several rows), and the word the reader knows it by. */
  textContinued: (label: string) => `${label} (tiếp theo)`,
  textContinuedMark: '(tiếp theo)',
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  nationalMotto: 'Độc lập - Tự do - Hạnh phúc',
  reportWord: 'BÁO CÁO',
  cover: {
    unitName: 'Đơn vị báo cáo',
    unitCode: 'Mã đơn vị',
    period: 'Kỳ báo cáo',
    preparerName: 'Người lập biểu',
    position: 'Chức vụ',
    phone: 'Điện thoại',
    preparedOn: 'Ngày lập (ngày/tháng/năm)',
  },
  coverHelp:
    'Hướng dẫn: nhập số liệu vào các ô nền vàng ở từng trang. Không sửa cột "Mã số"; các dòng tổng và tỷ lệ tự tính. Gửi lại đúng tệp này cho đơn vị tổng hợp.',
  blankHelp:
    'Mẫu trống: điền số liệu vào các ô nền vàng ở từng trang, lưu lại (định dạng .xlsx) rồi gửi cho đơn vị tổng hợp.',
  /** Machine-readable line at the foot of the cover, used when the technical sheet is lost. */
  coverFooter: (templateId: string, version: number, unitCode: string, period: string) =>
    `Mẫu ${templateId} phiên bản ${version} · Mã đơn vị ${unitCode} · Kỳ ${period}`,
  coverFooterPattern: /Mẫu (\S+) phiên bản (\d+) · Mã đơn vị (\S+) · Kỳ (\S+)/u,
  placeDate: (place: string, longDate: string) => `${place}, ${longDate}`,
  placeDateBlank: (place: string) => `${place}, ngày ..... tháng ..... năm ..........`,
  /** The words between the parts of a place-and-date line that a cover formula puts together. */
  placeDateWords: { day: 'ngày', month: 'tháng', year: 'năm' },
  /** Cover, Nghị định 30: the number the clerical office gives when signed, and the signer block. */
  coverNumber: 'Số:        /BC-UBND',
  coverRecipient: '- Đơn vị tổng hợp báo cáo;',
  signHint: '(Ký, ghi rõ họ tên, đóng dấu)',
  signerNameBlank: '................................................',
  sectionSubtitle: (unitHeader: string, periodName: string) => `${unitHeader} — ${periodName}`,
  totalNote: (parts: string[]) => `Tự tính = ${parts.join(' + ')}`,
  rateNote: (numerator: string[], denominator: string[]) => {
    const group = (codes: string[]) => (codes.length > 1 ? `(${codes.join(' + ')})` : codes[0]!);
    return `Tự tính = ${group(numerator)} / ${group(denominator)}; "không phát sinh" khi mẫu số bằng 0`;
  },
  rateUnit: '%',
  listHelp: (noun: string) =>
    `Mỗi dòng một ${noun}. Các cột Loại, Lĩnh vực, Tình trạng: chọn trong danh sách. Ngày áp dụng: ngày/tháng/năm, ví dụ 05/04/2023.`,
  metaDescriptions: {
    format: 'Loại tệp',
    template_id: 'Mã mẫu biểu',
    template_version: 'Phiên bản mẫu biểu',
    unit_code: 'Mã đơn vị',
    unit_name: 'Tên đơn vị',
    period: 'Kỳ báo cáo',
    report_id: 'Mã báo cáo trên máy lập',
    revision: 'Lần xuất (bản sửa)',
    exported_at: 'Thời điểm xuất',
    app_version: 'Phiên bản phần mềm',
    checksum: 'Mã kiểm tra SHA-256 của số liệu',
    origin: 'Nguồn tệp (app: xuất từ phần mềm; blank: mẫu trống)',
  } as Record<string, string>,
  validation: {
    countTitle: 'Số liệu không hợp lệ',
    count: 'Nhập số nguyên từ 0 trở lên, không có phần thập phân (ví dụ 27630).',
    countPrompt: 'Nhập số nguyên ≥ 0',
    listTitle: 'Giá trị không có trong danh sách',
    list: 'Chọn một giá trị trong danh sách.',
    textTitle: 'Nội dung quá dài',
    text: (max: number) => `Nội dung tối đa ${max} ký tự.`,
  },
} as const;

export type OtherOfficeKind = 'ole' | 'docx' | 'pptx' | 'odf';
const OTHER_OFFICE_NAMES: Record<OtherOfficeKind, string> = {
  ole: 'tệp Word/Office cũ (.doc)',
  docx: 'tệp Word (.docx)',
  pptx: 'tệp PowerPoint (.pptx)',
  odf: 'tệp OpenDocument (.odt/.odp)',
};

/** Messages of checking a received workbook. Each takes the place of the problem. */
export const importMessages = {
  emptyFile: (p: ProblemPlace) =>
    `${place(p)}: tệp rỗng (0 byte), có thể bị lỗi khi tải về hoặc đính kèm. ${sendAgain(p)}`,
  oldXls: (p: ProblemPlace) =>
    `${place(p)}: đây là tệp Excel cũ (.xls, Excel 97-2003), phần mềm chỉ đọc tệp .xlsx. Mở tệp trong Excel, chọn Lưu thành (Save As) → "Excel Workbook (*.xlsx)", rồi nhập lại; tốt hơn là ${sendAgain(p, true)}`,
  encrypted: (p: ProblemPlace) =>
    `${place(p)}: tệp Excel được đặt mật khẩu mở tệp, phần mềm không đọc được. Đề nghị đơn vị gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi gửi lại.`,
  csv: (p: ProblemPlace) =>
    `${place(p)}: đây là tệp văn bản CSV, không phải sổ Excel .xlsx của mẫu báo cáo. ${sendAgain(p)}`,
  ods: (p: ProblemPlace) =>
    `${place(p)}: đây là tệp LibreOffice/OpenOffice (.ods). Mở tệp trong LibreOffice, chọn Lưu thành → "Excel 2007-365 (.xlsx)", rồi nhập lại.`,
  pdf: (p: ProblemPlace) =>
    `${place(p)}: đây là tệp PDF, phần mềm không đọc được số liệu từ PDF. ${sendAgain(p)}`,
  html: (p: ProblemPlace) =>
    `${place(p)}: đây là trang web (HTML) được đổi tên thành tệp Excel, không phải sổ Excel .xlsx. ${sendAgain(p)}`,
  xmlSpreadsheet: (p: ProblemPlace) =>
    `${place(p)}: đây là tệp XML (có thể là "Bảng tính XML 2003"), không phải sổ Excel .xlsx. Mở tệp trong Excel, Lưu thành → "Excel Workbook (*.xlsx)", rồi nhập lại.`,
  otherOffice: (p: ProblemPlace, kind: OtherOfficeKind) =>
    `${place(p)}: đây là ${OTHER_OFFICE_NAMES[kind]}, không phải sổ Excel. ${sendAgain(p)}`,
  zipNotWorkbook: (p: ProblemPlace) =>
    `${place(p)}: đây là tệp nén (zip) nhưng không chứa sổ Excel. ${sendAgain(p)}`,
  unknownKind: (p: ProblemPlace) =>
    `${place(p)}: không phải tệp Excel (.xlsx) — nội dung không đọc được, có thể tệp bị hỏng hoặc không phải báo cáo. ${sendAgain(p)}`,
  tooLarge: (p: ProblemPlace, sizeMb: string, maxMb: number) =>
    `${place(p)}: tệp nặng ${sizeMb} MB, vượt giới hạn ${maxMb} MB của một báo cáo. Kiểm tra lại đúng tệp chưa; ${sendAgain(p, true)}`,
  damaged: (p: ProblemPlace) =>
    `${place(p)}: tệp Excel bị hỏng hoặc không đầy đủ (có thể tải về chưa hết). Tải lại tệp từ thư điện tử; nếu vẫn lỗi, ${sendAgain(p, true)}`,
  tooManyEntries: (p: ProblemPlace, count: number, max: number) =>
    `${place(p)}: tệp chứa ${count} thành phần bên trong (tối đa ${max}), không giống một báo cáo; tệp bị từ chối để bảo vệ máy. ${sendAgain(p)}`,
  zipBomb: (p: ProblemPlace) =>
    `${place(p)}: khi giải nén, tệp phình ra quá lớn so với một báo cáo (dấu hiệu tệp độc hại "bom nén"); tệp bị từ chối và không được mở. Không mở tệp này bằng Excel; báo cho bộ phận hỗ trợ và đề nghị đơn vị gửi lại tệp đúng.`,
  xmlEntities: (p: ProblemPlace) =>
    `${place(p)}: tệp chứa khai báo XML không được phép (DOCTYPE/ENTITY, dấu hiệu tệp độc hại); tệp bị từ chối và không được mở. Báo cho bộ phận hỗ trợ và đề nghị đơn vị gửi lại tệp đúng.`,
  tooManyCells: (p: ProblemPlace, max: number) =>
    `${place(p)}: sổ có quá nhiều ô hoặc dòng (hơn ${formatCount(max)}), không giống một báo cáo. ${sendAgain(p)}`,
  tooManyStrings: (p: ProblemPlace, max: number) =>
    `${place(p)}: phần chứa chữ của sổ có hơn ${formatCount(max)} đoạn văn bản, phần lớn không nằm trong ô nào (không giống một báo cáo, có thể là tệp độc hại); tệp bị từ chối để bảo vệ máy. ${sendAgain(p)}`,
  notCchc: (p: ProblemPlace) =>
    `${place(p)}: là sổ Excel nhưng không phải mẫu báo cáo CCHC (không có trang "Thông tin kỹ thuật" hay dòng mã mẫu ở trang "Bìa"). ${sendAgain(p)}`,
  metaMissing: (p: ProblemPlace) =>
    `${place(p)}: thiếu trang ẩn "Thông tin kỹ thuật" (tệp đã được chép sang sổ khác hoặc sửa ngoài phần mềm); đơn vị, kỳ và mẫu được đọc từ trang "Bìa". Kiểm tra kỹ số liệu trước khi tổng hợp.`,
  metaInvalid: (p: ProblemPlace, key: string) =>
    `${place(p)}: thông tin "${key}" trong trang ẩn "Thông tin kỹ thuật" không hợp lệ (tệp đã bị sửa ngoài phần mềm). ${sendAgain(p)}`,
  metaMismatch: (p: ProblemPlace, cover: string, meta: string, templateDiffers = false) =>
    `${place(p)}: trang "Bìa" ghi ${templateDiffers ? 'mẫu, đơn vị và kỳ' : 'đơn vị và kỳ'} "${cover}" nhưng trang ẩn "Thông tin kỹ thuật" ghi "${meta}" (tệp đã bị sửa ngoài phần mềm); không rõ đây là báo cáo ${templateDiffers ? 'theo mẫu nào, ' : ''}của đơn vị nào, kỳ nào. ${sendAgain(p)}`,
  /** What the cover or the technical sheet says a file is, for metaMismatch. */
  metaIdentity: (
    t: { templateId: string; templateVersion: number; unitCode: string; period: string },
    withTemplate: boolean,
  ) =>
    withTemplate
      ? `${t.templateId} phiên bản ${t.templateVersion}, ${t.unitCode}, ${t.period}`
      : `${t.unitCode}, ${t.period}`,
  templateUnknown: (p: ProblemPlace, id: string) =>
    `${place(p)}: tệp theo mẫu biểu "${id}", phần mềm này không có mẫu đó. Kiểm tra đúng báo cáo CCHC chưa; ${sendAgain(p, true)}`,
  templateNewer: (p: ProblemPlace, version: number, known: number) =>
    `${place(p)}: tệp theo mẫu biểu phiên bản ${version}, mới hơn phiên bản ${known} mà phần mềm này biết. Hãy cập nhật phần mềm Báo cáo CCHC lên phiên bản mới nhất rồi nhập lại tệp.`,
  templateUnsupported: (p: ProblemPlace, version: number) =>
    `${place(p)}: tệp theo mẫu biểu phiên bản ${version} đã cũ, phần mềm không còn đọc được. Đề nghị đơn vị lập lại báo cáo bằng phần mềm mới hoặc mẫu trống mới.`,
  unitUnknown: (p: ProblemPlace, code: string, name: string) =>
    `${place(p)}: đơn vị mã "${code}"${name ? ` (${name})` : ''} không có trong danh sách đơn vị. Thêm đơn vị trong Cài đặt nếu đúng, hoặc đề nghị đơn vị dùng mẫu có đúng mã đơn vị.`,
  unitNotThisPc: (p: ProblemPlace, code: string, expected: string) =>
    `${place(p)}: tệp là báo cáo của đơn vị "${code}", không phải đơn vị "${expected}" của máy này. Chọn đúng tệp của đơn vị mình.`,
  periodInvalid: (p: ProblemPlace, period: string) =>
    `${place(p)}: kỳ báo cáo "${shownValue(period)}" không hợp lệ (tệp đã bị sửa ngoài phần mềm). ${sendAgain(p)}`,
  periodMismatch: (p: ProblemPlace, found: string, expected: string) =>
    `${place(p)}: tệp là báo cáo ${found}, không phải ${expected} đang tổng hợp. Chọn đúng kỳ, hoặc đề nghị đơn vị gửi báo cáo ${expected}.`,
  missingSection: (p: ProblemPlace, codes: string[]) =>
    `${place(p)}: không tìm thấy ${codes.length > 1 ? 'các chỉ tiêu' : 'chỉ tiêu'} ${codes.join(', ')} trong cột "Mã số" của tệp (trang bị xóa hoặc mã số bị sửa). ${sendAgain(p)}`,
  missingList: (p: ProblemPlace, label: string) =>
    `${place(p)}: không tìm thấy bảng "${label}" (dòng tiêu đề có cột "${label}"). ${sendAgain(p)}`,
  duplicateCode: (p: ProblemPlace, first: { sheet: string; cell: string }) =>
    `${place(p)}: mã số xuất hiện hai lần (lần đầu ở trang "${first.sheet}" ô ${first.cell}); không biết dùng số liệu nào. Xóa dòng thừa rồi gửi lại.`,
  countCell: (p: ProblemPlace, detail: string) => `${place(p)}: ${detail} Sửa ô này trong tệp rồi gửi lại.`,
  countDate: (p: ProblemPlace) =>
    `${place(p)}: ô đang chứa ngày tháng chứ không phải số đếm (Excel tự đổi khi gõ dấu "/" hoặc "-"). Định dạng ô là Số, gõ lại số liệu rồi gửi lại.`,
  countBadType: (p: ProblemPlace, shown: string) =>
    `${place(p)}: "${shown}" không phải là số. Nhập số nguyên từ 0 trở lên rồi gửi lại.`,
  formulaInInput: (p: ProblemPlace, formula: string, shown: string) =>
    `${place(p)}: ô nhập liệu chứa công thức "=${shownValue(formula)}"; đã dùng giá trị Excel tính sẵn (${shown}). Kiểm tra lại số này; nên gõ số trực tiếp thay vì công thức.`,
  formulaNoValue: (p: ProblemPlace, formula: string) =>
    `${place(p)}: ô nhập liệu chứa công thức "=${shownValue(formula)}" nhưng không có giá trị tính sẵn. Mở tệp trong Excel, gõ số trực tiếp vào ô rồi lưu và gửi lại.`,
  totalOverwritten: (p: ProblemPlace, shown: string, computed: string) =>
    `${place(p)}: ô tự tính bị ghi đè bằng "${shown}"; phần mềm không dùng số này mà tự tính lại từ các số liệu thành phần (${computed}).`,
  controlCharacters: (p: ProblemPlace) =>
    `${place(p)}: nội dung có ký tự điều khiển không in được; các ký tự này đã được bỏ đi. Kiểm tra lại nội dung.`,
  textBadType: (p: ProblemPlace, shown: string) =>
    `${place(p)}: ô chứa giá trị "${shown}" không phải văn bản; đã đọc như văn bản. Kiểm tra lại nội dung.`,
  noData: (p: ProblemPlace) =>
    `${place(p)}: Tệp chưa có số liệu nào: đây là mẫu trống chưa điền. Hãy điền số liệu rồi gửi lại.`,
  rule: (p: ProblemPlace, message: string) => `${place(p)}: ${message}`,
  checksumMismatch: (p: ProblemPlace) =>
    `${place(p)}: số liệu trong tệp khác với lúc xuất từ phần mềm (đã được sửa bằng Excel hoặc phần mềm khác). Việc sửa tay có thể hợp lệ; hãy xác nhận lại với đơn vị các số liệu đã sửa.`,
  checksumMissing: (p: ProblemPlace) =>
    `${place(p)}: tệp không có mã kiểm tra số liệu (trang "Thông tin kỹ thuật" đã bị sửa); không xác nhận được số liệu còn nguyên như lúc xuất. Hãy xác nhận lại với đơn vị.`,
  timeout: (p: ProblemPlace, seconds: number) =>
    `${place(p)}: kiểm tra tệp quá ${String(Math.round(seconds * 10) / 10).replace('.', ',')} giây nên đã dừng để phần mềm không bị treo (tệp quá lớn hoặc có cấu trúc bất thường). ${sendAgain(p)}`,
  workerCrashed: (p: ProblemPlace) =>
    `${place(p)}: tệp làm bộ đọc vượt giới hạn bộ nhớ hoặc bị lỗi nên đã dừng; các tệp khác không bị ảnh hưởng. ${sendAgain(p)}`,
  internal: (p: ProblemPlace) =>
    `${place(p)}: có lỗi không mong muốn khi đọc tệp. Hãy thử lại; nếu vẫn lỗi, gửi tệp này và nhật ký cho bộ phận hỗ trợ.`,
} as const;

/** Text of the export panel and the commune's workbook calls. */
export const exportPanelText = {
  title: 'Tệp Excel',
  export: 'Xuất tệp Excel',
  exporting: 'Đang xuất…',
  notSavedYet:
    'Chưa lưu được số liệu vừa nhập nên chưa xuất tệp (tệp xuất ra sẽ thiếu số mới). Bấm "Thử lại" ở thông báo lỗi lưu phía trên, rồi xuất lại.',
  blank: 'Tải mẫu trống',
  restore: 'Khôi phục từ tệp Excel…',
  openFolder: 'Mở thư mục',
  savedAt: (fileName: string, revision: number) => `Đã lưu tệp ${fileName} (lần xuất ${revision}) tại:`,
  blankSavedAt: (fileName: string) => `Đã lưu mẫu trống ${fileName} tại:`,
  downloaded: 'Tệp cũng đã được tải về thư mục Tải xuống của trình duyệt.',
  exportHelp:
    'Tệp Excel là bản gửi cho đơn vị tổng hợp qua thư điện tử. Sau khi xuất, nếu sửa số liệu thì phải xuất lại (lần xuất tăng lên).',
  restoreTitle: 'Khôi phục số liệu từ tệp Excel',
  restoreChecking: 'Đang kiểm tra tệp…',
  restoreWillOverwrite: (periodName: string) =>
    `Máy này đã có số liệu báo cáo ${periodName}. Khôi phục sẽ THAY THẾ toàn bộ số liệu đó bằng số liệu trong tệp. Tiếp tục?`,
  restoreNew: (periodName: string) => `Khôi phục số liệu báo cáo ${periodName} từ tệp này?`,
  restoreSame: 'Số liệu trong tệp giống hệt số liệu trên máy; không cần khôi phục.',
  restoreRefused: 'Không khôi phục được từ tệp này:',
  restoreWarnings: 'Lưu ý:',
  restoreConfirm: 'Khôi phục',
  cancel: 'Hủy',
  restored: (fileName: string) => `Đã khôi phục số liệu từ tệp ${fileName}.`,
  fileTooLarge: (maxMb: number) => `Tệp quá lớn (tối đa ${maxMb} MB).`,
  blankCounts: blankCountsNotice,
  changedSinceExport: (fileName: string) =>
    `Số liệu đã được sửa sau khi xuất tệp ${fileName}: tệp đó không còn đúng với báo cáo trên máy. Bấm "Xuất tệp Excel" để xuất bản mới rồi gửi bản mới.`,
} as const;

/** The exported report's blank counts: the first ten codes, then how many more. */
export function blankCountsNotice(codes: readonly string[]): string {
  const shown = codes.slice(0, 10).join(', ');
  const more = codes.length > 10 ? ` và ${codes.length - 10} chỉ tiêu khác` : '';
  return `Lưu ý: ${codes.length} chỉ tiêu chưa có số liệu (${shown}${more}). Đơn vị tổng hợp sẽ nhận cảnh báo và số tổng hợp sẽ thiếu các chỉ tiêu này. Chỉ tiêu nào không phát sinh thì nhập 0, rồi xuất lại.`;
}

/** Errors of the commune's workbook calls. */
export const workbookServiceMessages = {
  nothingToExport:
    'Báo cáo này chưa có số liệu nào được lưu. Nhập số liệu trước khi xuất, hoặc dùng "Tải mẫu trống" để có mẫu điền tay.',
  nothingEntered:
    'Báo cáo này chưa có số liệu nào: chưa nhập số liệu, nội dung hay mô hình nào (chỉ có thông tin người lập), nên huyện sẽ từ chối tệp như một mẫu trống. Nhập số liệu trước khi xuất, hoặc dùng "Tải mẫu trống" để có mẫu điền tay.',
  reportHasErrors: (count: number) =>
    `Báo cáo còn ${count} lỗi phải sửa trước khi xuất (đơn vị tổng hợp sẽ không nhận tệp có lỗi). Sửa các ô được đánh dấu đỏ rồi xuất lại.`,
  folderNotAllowed:
    'Chỉ mở được thư mục do phần mềm tạo ra để lưu tệp xuất. Hãy xuất tệp trước rồi bấm "Mở thư mục".',
  folderOpenFailed: (reason: string) =>
    `Không mở được thư mục (${reason}). Mở thủ công bằng trình quản lý tệp theo đường dẫn đã hiện.`,
  cannotWrite: (dir: string, reason: string) =>
    `Không ghi được tệp vào thư mục ${dir}: ${reason}. Kiểm tra ổ đĩa còn chỗ trống và quyền ghi.`,
  restoreRefused: (count: number) =>
    `Tệp có ${count} lỗi nên không khôi phục được. Xem danh sách lỗi, chọn tệp khác hoặc sửa tệp rồi thử lại.`,
  restoreNeedsConfirm: 'Cần xác nhận trước khi ghi đè số liệu.',
  badBase64: 'Nội dung tệp gửi tới phần mềm bị hỏng. Chọn lại tệp.',
  /** The folder made in Documents for exported files (changeable in Cài đặt). */
  exportFolderName: 'Báo cáo CCHC',
  exportFolderNotAbsolute: (folder: string) =>
    `"${folder}" không phải đường dẫn đầy đủ tới một thư mục (ví dụ C:\\Users\\Ten\\Documents\\Báo cáo CCHC). Hãy nhập lại.`,
  exportFolderNotWritable: (folder: string, reason: string) =>
    `Không tạo hoặc không ghi được vào thư mục ${folder} (${reason}). Chọn thư mục khác, ví dụ trong Documents.`,
  exportFolderInDataFolder: (folder: string) =>
    `${folder} nằm trong thư mục dữ liệu của phần mềm (khó tìm, và chứa các bản sao lưu). Chọn thư mục khác, ví dụ trong Documents.`,
  exportCanceled: 'Chưa lưu tệp vì đã bấm Hủy trong hộp chọn nơi lưu.',
} as const;
