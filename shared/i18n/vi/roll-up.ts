import { formatCount } from '../../format/numbers';

/** Vietnamese text of roll-ups: a merged workbook from the level below, imported and merged again. */
const rev = (revision: number | null) =>
  revision === null ? '?' : revision === 0 ? 'điền tay' : `lần ${revision}`;

export const rollUpMessages = {
  oldFormat: (file: string) =>
    `Tệp "${file}" là bảng tổng hợp tạo bằng phiên bản cũ của phần mềm, không mang số liệu từng đơn vị nên không tổng hợp tiếp được. Đề nghị đơn vị tổng hợp cấp dưới xuất lại bảng tổng hợp bằng phiên bản mới rồi gửi lại.`,
  damaged: (file: string, what: string) =>
    `Tệp "${file}" là bảng tổng hợp nhưng phần số liệu từng đơn vị (trang ẩn) bị hỏng hoặc bị sửa (${what}); không dùng được. Đề nghị đơn vị tổng hợp cấp dưới gửi lại tệp do phần mềm xuất.`,
  checksum: (file: string) =>
    `Tệp "${file}": số liệu các đơn vị trong bảng tổng hợp không khớp mã kiểm tra (đã bị sửa ngoài phần mềm); không dùng được. Đề nghị đơn vị tổng hợp cấp dưới sửa trên phần mềm, xuất lại rồi gửi lại.`,
  duplicateUnit: (file: string, code: string) =>
    `Tệp "${file}": đơn vị ${code} có hai lần trong bảng tổng hợp; không dùng được. Đề nghị đơn vị tổng hợp cấp dưới xuất lại.`,
  /** A unit present both directly and inside a merge (or in two merges): counted once. */
  counted: (unit: string, fileA: string, fileB: string, kept: string, revision: number | null) =>
    `${unit} có trong cả tệp "${fileA}" và tệp "${fileB}": chỉ tính một lần, theo bản ${rev(revision)} (mới nhất) trong tệp "${kept}".`,
  /** The same, when both carry the same report: nothing to choose, so nothing called the newest. */
  countedSameContent: (unit: string, fileA: string, fileB: string, kept: string, revision: number | null) =>
    `${unit} có trong cả tệp "${fileA}" và tệp "${fileB}", cùng nội dung (bản ${rev(revision)}): chỉ tính một lần, theo tệp "${kept}".`,
  handEdit: (file: string, cell: string, unit: string, code: string, sheet: string, data: string) =>
    `Tệp "${file}", trang "Theo đơn vị", ô ${cell}: chỉ tiêu ${code} của ${unit} ghi ${sheet}, khác số liệu phần mềm đã xuất (${data}); bảng tổng hợp đã bị sửa tay. Số được tính là số đã xuất (${data}). Nếu số sửa tay mới đúng, đề nghị đơn vị tổng hợp cấp dưới sửa trên phần mềm rồi xuất lại bảng tổng hợp.`,
  /** A visible cell of a merged workbook that differs from what its units' data writes (reader/merged-edits.ts). */
  cellEdited: (file: string, sheet: string, cell: string, row: string, typed: string, expected: string) =>
    `Tệp "${file}", trang "${sheet}", ô ${cell}${row ? ` (dòng ${row})` : ''}: ghi ${typed}, khác bảng phần mềm đã xuất (${expected}); ô này đã bị sửa tay và không được đọc: cấp trên chỉ đọc số liệu từng đơn vị phần mềm lưu kèm tệp. Nếu nội dung sửa tay mới đúng, đề nghị đơn vị tổng hợp cấp dưới sửa trong phần mềm rồi xuất lại, hoặc gửi kèm tệp của đơn vị.`,
  rowAdded: (file: string, sheet: string, cell: string, row: string, typed: string) =>
    `Tệp "${file}", trang "${sheet}", dòng thêm tay từ ô ${cell}${row ? ` (${row})` : ''}${typed ? `: ${typed}` : ''}. Dòng này không có trong số liệu phần mềm đã xuất nên không được đọc${row ? '; đơn vị ghi ở dòng này không được tính là đã nộp qua tệp này' : ''}. Đề nghị gửi kèm tệp báo cáo của đơn vị, hoặc đơn vị tổng hợp cấp dưới nhập vào phần mềm rồi xuất lại.`,
  rowRemoved: (file: string, sheet: string, row: string) =>
    `Tệp "${file}", trang "${sheet}": dòng ${row ? `"${row}"` : 'của bảng'} đã bị xóa tay; số liệu vẫn được đọc như phần mềm đã xuất. Nếu đơn vị này không được tính, đề nghị đơn vị tổng hợp cấp dưới sửa trong phần mềm rồi xuất lại.`,
  moreEdits: (file: string, sheet: string, n: number) =>
    `Tệp "${file}", trang "${sheet}": còn ${formatCount(n)} ô khác cũng khác bảng phần mềm đã xuất (sửa tay, không được đọc). Đề nghị đơn vị tổng hợp cấp dưới sửa trong phần mềm rồi xuất lại.`,
  editsUnchecked: (file: string) =>
    `Tệp "${file}": không so được các trang của bảng tổng hợp với số liệu phần mềm đã xuất, nên không biết có ô nào bị sửa tay. Số liệu được đọc là số liệu phần mềm lưu kèm tệp; nếu cấp dưới đã sửa tay trong bảng, đề nghị sửa trong phần mềm rồi xuất lại.`,
  figure: (value: number | null) => (value === null ? '(trống)' : formatCount(value)),
  level: { huyen: 'cấp huyện', tinh: 'cấp tỉnh' } as Record<string, string>,
  received: (file: string, units: number, office: string) =>
    `Bảng tổng hợp "${file}"${office ? ` của ${office}` : ''}: ${units} đơn vị, mỗi đơn vị được nhận như một báo cáo riêng.`,
  treeTitle: 'Theo tệp tổng hợp nhận được',
  treeHint: 'Các đơn vị nhận qua bảng tổng hợp của cấp dưới, và các đơn vị gửi trực tiếp.',
  direct: 'Gửi trực tiếp',
  group: (name: string, units: number) => `${name}: ${units} đơn vị`,
  unitLine: (unit: string, code: string, revision: string, status: string) =>
    `${unit} (${code}), ${revision}: ${status}`,
} as const;
