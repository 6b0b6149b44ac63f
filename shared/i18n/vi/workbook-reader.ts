/**
 * Messages of the received-workbook rules of issue 8: every typed cell is read or named. Each says
 * what is wrong, where (file, sheet, cell), and what to do.
 */
import { formatCount } from '../../format/numbers';
import { place, sheetCell, shownValue, type ProblemPlace } from './workbook';

export const readerMessages = {
  codeRowHasData: (p: ProblemPlace, codes: string) =>
    `${place(p)}: dòng mã cột (${codes}) có nội dung gõ đè; đã đọc dòng này như một mô hình, sáng kiến (bỏ các ô còn ghi mã cột). Kiểm tra lại dòng này trong bảng tổng hợp.`,
  coverDiffers: (p: ProblemPlace, what: string, onCover: string, inFile: string) =>
    `${place(p)}: ghi ${what} "${shownValue(onCover, 80)}" nhưng tệp là báo cáo của ${inFile}. Có thể đơn vị đã dùng lại mẫu của đơn vị hoặc kỳ khác rồi sửa bìa; không rõ đây là báo cáo của ai, kỳ nào. Đề nghị đơn vị tải mẫu trống của chính mình (hoặc xuất từ phần mềm) rồi gửi lại.`,
  coverWhat: { unitName: 'đơn vị', unitCode: 'mã đơn vị', period: 'kỳ báo cáo', title: 'tên đơn vị' },
  countsBlank: (p: ProblemPlace, list: string, count: number) =>
    `${place(p)}: ${count} chỉ tiêu chưa có số liệu — ${list}. Số tổng hợp sẽ thiếu các chỉ tiêu này; nếu không phát sinh thì nhập 0.`,
  /** One sheet's blank counts: 'trang "A. …": A05 (ô E9), A06 (ô E10)'. */
  blankCellsOfSheet: (sheet: string, cells: readonly { code: string; cell: string }[]) =>
    `${sheetCell(sheet)}: ${cells.map((c) => `${c.code} (${sheetCell(undefined, c.cell)})`).join(', ')}`,
  mergedInput: (p: ProblemPlace, range: string) =>
    `${place(p)}: các ô ${range} bị gộp (merge) đè lên ô nhập số liệu; khi gộp, Excel chỉ giữ nội dung ô đầu, số của các ô còn lại bị mất. Bỏ gộp ô, nhập lại số liệu từng dòng rồi gửi lại.`,
  unknownCode: (p: ProblemPlace, code: string, shown: string) =>
    `${place(p)}: dòng có mã số "${shownValue(code)}" không có trong mẫu; "${shown}" ở dòng này không được tổng hợp. Nếu đó là số liệu của một chỉ tiêu, nhập vào đúng dòng mã số của chỉ tiêu đó.`,
  valueWithoutCode: (p: ProblemPlace, shown: string) =>
    `${place(p)}: ô có "${shown}" ở dòng không có mã số; số này không được tổng hợp. Nhập số liệu vào đúng dòng có mã số của chỉ tiêu.`,
  /** A text (not a number) on a row without a code and under no text indicator. */
  textWithoutCode: (p: ProblemPlace, shown: string) =>
    `${place(p)}: ô có nội dung "${shown}" ở dòng không có mã số; nội dung này không được tổng hợp (chỉ đọc các dòng có mã số). Nếu đó là nội dung của một chỉ tiêu, nhập vào ô "Số liệu" của dòng có mã số chỉ tiêu đó.`,
  /** Past the first cells named on a sheet: how many more are not read. */
  moreCellsNotRead: (p: ProblemPlace, count: number) =>
    `${place(p)}: còn ${formatCount(count)} ô khác ngoài cột "Số liệu" hoặc ở dòng không có mã số cũng không được đọc. Kiểm tra lại trang này: số liệu chỉ được đọc ở cột "Số liệu" của dòng có mã số.`,
  /** A value on an indicator's row but outside the "Số liệu" column (F, G, H…): not read. */
  valueOutsideColumn: (p: ProblemPlace, shown: string, code: string, valueCell: string) =>
    `${place(p)}: ô có "${shown}" ở dòng chỉ tiêu ${code} nhưng không thuộc cột "Số liệu" nên không được đọc. Số liệu phải nhập ở cột "Số liệu" (ô ${valueCell}); nếu đã nhập đúng ở đó thì xóa ô này.`,
  textContinuedRead: (p: ProblemPlace, code: string, shown: string) =>
    `${place(p)}: ô có "${shown}" ở dòng không có mã số, dưới chỉ tiêu ${code}; đã đọc nối vào cuối nội dung của ${code}. Nếu không phải nội dung của ${code}, xóa ô này rồi gửi lại.`,
  legacyText: (p: ProblemPlace, font: string, converted: string) =>
    `${place(p)}: chữ được gõ bằng phông ${font}; đã chuyển sang Unicode: "${shownValue(converted, 80)}". Kiểm tra lại nội dung.`,
  invisibleCharacters: (p: ProblemPlace) =>
    `${place(p)}: nội dung có ký tự ẩn (khoảng trắng rộng bằng 0, ký tự điều khiển); các ký tự này đã được bỏ đi. Kiểm tra lại nội dung.`,
  noteNotRead: (p: ProblemPlace, shown: string) =>
    `${place(p)}: ghi chú "${shown}" không được tổng hợp (chỉ cột "Số liệu" được đọc). Nếu cần, báo lại nội dung này cho đơn vị tổng hợp bằng văn bản.`,
  /** A checksum mismatch with the cells that differ from what the app wrote (at most 20 listed). */
  checksumCells: (p: ProblemPlace, count: number, list: readonly string[]) =>
    `${place(p)}: số liệu trong tệp khác với lúc xuất từ phần mềm ở ${count} ô (đã được sửa bằng Excel hoặc phần mềm khác): ${list.join('; ')}${count > list.length ? `; và ${count - list.length} ô khác` : ''}. Việc sửa tay có thể hợp lệ; hãy xác nhận lại với đơn vị các số liệu đã sửa.`,
  /** One edited cell: 'trang "A. TTHC, hồ sơ", ô E5 (A01): 159 → 160'. */
  editedCell: (where: string, what: string, before: string, now: string) =>
    `${where ? `${where} ` : ''}(${what}): ${before} → ${now}`,
  /** A model's column: "B01, mô hình thứ 2". */
  editedModel: (code: string, index: number | undefined) =>
    index === undefined ? `${code}, một mô hình đã bị xóa` : `${code}, mô hình thứ ${index + 1}`,
  editedMissing: '(trống)',
  editedNotFound: 'không còn đọc được trong tệp',
} as const;
