/** Vietnamese text of the screens (the renderer). Code identifiers stay English; people read this. */

const pad2 = (n: number) => String(n).padStart(2, '0');

export const ui = {
  appName: 'Báo cáo CCHC',
  loading: 'Đang mở phần mềm…',
  startupFailed: 'Không mở được phần mềm',
  retry: 'Thử lại',
  cancel: 'Hủy',
  saveButton: 'Lưu',
  callTimedOut: (seconds: number) =>
    `Phần mềm không trả lời sau ${seconds} giây (máy đang bận hoặc phần mềm bị treo), nên chưa chắc số liệu đã được lưu.`,
  unexpectedError:
    'Có lỗi không mong muốn. Dữ liệu đã lưu trước đó vẫn an toàn. Hãy thử lại; nếu vẫn lỗi, khởi động lại phần mềm.',

  firstRun: {
    title: 'Chào mừng đến với phần mềm Báo cáo CCHC',
    intro:
      'Trước khi bắt đầu, hãy cho biết máy tính này lập báo cáo cho đơn vị nào. Có thể đổi lại sau trong mục Cài đặt.',
    unitLabel: 'Đơn vị báo cáo',
    chooseUnit: '— Chọn đơn vị —',
    mergingLabel: 'Đơn vị tổng hợp (huyện/tỉnh)',
    mergingHint:
      'Đánh dấu nếu đơn vị này nhận báo cáo của các xã, phường để tổng hợp. Xã, phường, thị trấn thì để trống.',
    start: 'Bắt đầu',
    mustChooseUnit: 'Hãy chọn đơn vị báo cáo.',
  },

  header: {
    periodLabel: 'Kỳ báo cáo',
    unitCaption: 'Đơn vị',
    nav: 'Chức năng',
    views: { form: 'Báo cáo', district: 'Tổng hợp', settings: 'Cài đặt' },
  },

  unitOption: (name: string, code: string) => `${name} (${code})`,

  form: {
    opening: 'Đang mở báo cáo…',
    openFailed: 'Không mở được báo cáo',
    title: (period: string) => `Báo cáo kết quả thực hiện công tác cải cách hành chính — ${period}`,
    sections: 'Các phần của báo cáo',
    preparerTab: 'Người lập',
    columns: { no: 'STT', code: 'Mã số', label: 'Chỉ tiêu', unit: 'Đơn vị tính', value: 'Số liệu' },
    percent: '%',
    unknownValue: '—',
    rateIncomplete: 'chưa đủ số liệu để tính',
    /** Shown under a total or rate whose parts are not all typed: why "—", or why only a part. */
    notComputed: (codes: string[]) => `Chưa tính được: chưa nhập ${codes.join(', ')}.`,
    partialTotal: (codes: string[]) => `Mới cộng các ô đã nhập; chưa nhập ${codes.join(', ')}.`,
    totalHint: (codes: string[]) => `= ${codes.join(' + ')}`,
    rateHint: (numerator: string[], denominator: string[]) => {
      const part = (codes: string[]) => (codes.length > 1 ? `(${codes.join(' + ')})` : codes[0]);
      return `= ${part(numerator)} / ${part(denominator)}`;
    },
    filled: (filled: number, total: number) => `${filled}/${total} đã nhập`,
    rows: (n: number) => `${n} dòng`,
    errors: (n: number) => `${n} lỗi`,
    warnings: (n: number) => `${n} cảnh báo`,
    /** Both already formatted ("1.234"). */
    textLength: (length: string, max: string) => `${length}/${max} ký tự`,
    draftRestored: 'Đã khôi phục số liệu chưa kịp lưu lần trước.',
    leaveBlocked: (code: string, label: string, text: string, others: number) =>
      `Chưa chuyển đi được: ô ${code} (${label}) đang có "${text}", không phải số hợp lệ nên chưa được lưu${others > 0 ? ` (còn ${others} ô khác như vậy)` : ''}. Hãy sửa thành số đúng hoặc xóa trắng ô đó, rồi chuyển lại.`,
    noticeClose: 'Đã hiểu',
    pastedLegacy: (font: string, text: string) =>
      `Văn bản vừa dán được gõ bằng phông ${font}; đã chuyển sang Unicode: "${text}". Kiểm tra lại chữ trước khi lưu.`,
    pastedManyCells: (cells: number, text: string) =>
      `Chưa dán: nội dung vừa sao chép có ${cells} ô ("${text}"), còn mỗi ô ở đây chỉ nhận một số. Sao chép và dán từng ô một.`,
    pastedInvisible:
      'Văn bản vừa dán có ký tự ẩn (khoảng trắng rộng bằng 0, ký tự điều khiển); đã bỏ các ký tự đó.',
  },

  issues: {
    title: (section: string) => `Lỗi và cảnh báo — ${section}`,
    none: 'Phần này chưa có lỗi hay cảnh báo.',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    hint: 'Bấm vào một dòng để đến ô cần sửa.',
    invalidNotSaved:
      'Ô có lỗi nhập liệu (viền đỏ) chưa được lưu: phần mềm giữ số hợp lệ nhập trước đó cho đến khi sửa.',
  },

  models: {
    heading: (noun: string) => `Danh sách ${noun}`,
    empty: (noun: string) => `Chưa có ${noun} nào. Bấm "Thêm" để nhập.`,
    add: (noun: string) => `Thêm ${noun}`,
    rowTitle: (noun: string, row: number) =>
      `${noun.charAt(0).toLocaleUpperCase('vi')}${noun.slice(1)} ${row}`,
    cellLabel: (code: string, label: string, row: number) => `${code} ${label}, dòng ${row}`,
    moveUp: 'Lên',
    moveDown: 'Xuống',
    remove: 'Xóa',
    moveUpLabel: (row: number) => `Chuyển dòng ${row} lên trên`,
    moveDownLabel: (row: number) => `Chuyển dòng ${row} xuống dưới`,
    removeLabel: (row: number) => `Xóa dòng ${row}`,
    confirmRemove: (row: number) => `Xóa dòng ${row}? Không thể hoàn tác.`,
    confirmYes: 'Xóa dòng này',
    confirmNo: 'Không xóa',
    chooseOption: '— Chọn —',
    datePlaceholder: 'ngày/tháng/năm',
    tooMany: (max: number) => `Đã đủ ${max} dòng, không thêm được nữa.`,
  },

  preparer: {
    heading: 'Người lập báo cáo',
    intro: 'Thông tin này in trên bìa báo cáo khi xuất tệp Excel.',
    name: 'Họ và tên người lập',
    position: 'Chức vụ',
    phone: 'Số điện thoại',
    preparedOn: 'Ngày lập báo cáo',
    preparedOnHint: 'Để trống thì lấy ngày xuất báo cáo.',
    badPhone:
      'chỉ gồm chữ số, dấu cách và các dấu + . - ( ), ví dụ 0277 3851 234. Hãy bỏ chữ cái và ký hiệu khác.',
  },

  save: {
    saving: 'Đang lưu…',
    unsaved: 'Có thay đổi chưa lưu…',
    savedAt: (at: Date) =>
      `Đã lưu lúc ${pad2(at.getHours())}:${pad2(at.getMinutes())}:${pad2(at.getSeconds())}`,
    /** Saved, except the boxes holding an entry that is not a number (they keep the last valid one). */
    savedExceptRefused: (at: Date, refused: number) =>
      `Đã lưu lúc ${pad2(at.getHours())}:${pad2(at.getMinutes())}:${pad2(at.getSeconds())}, trừ ${refused} ô nhập sai (viền đỏ) chưa lưu`,
    nothingYet: 'Số liệu được lưu tự động khi nhập.',
    /** Nothing saved since the form opened, and boxes hold an entry that is not a number. */
    refusedUnsaved: (refused: number) => `${refused} ô nhập sai (viền đỏ) chưa lưu`,
    failedTitle: 'CHƯA LƯU ĐƯỢC BÁO CÁO',
    failedBody: (message: string) => `${message} Phần mềm sẽ tự thử lưu lại; đừng đóng cửa sổ này.`,
    sessionGoneBody:
      'Phiên làm việc không còn hợp lệ (thường do phần mềm vừa được khởi động lại) nên trang này không lưu được nữa. Hãy mở lại phần mềm từ đường dẫn mà phần mềm in ra (dòng đầu tiên trong cửa sổ dòng lệnh). Số liệu vừa nhập được giữ trên máy tính này và sẽ tự khôi phục khi mở lại.',
    retryNow: 'Thử lại',
    leaveWarning: 'Báo cáo còn thay đổi chưa lưu.',
  },

  settings: {
    title: 'Cài đặt',
    stationHeading: 'Máy tính này',
    unitLabel: 'Đơn vị báo cáo của máy này',
    mergingLabel: 'Đơn vị tổng hợp (huyện/tỉnh)',
    stationSaved: 'Đã lưu cài đặt.',
    savedOnChange: 'Mỗi thay đổi ở đây được lưu ngay.',
    dataFolder: (dir: string) => `Thư mục dữ liệu: ${dir}`,
    version: (v: string) => `Phiên bản ${v}`,
    exportFolderHeading: 'Nơi lưu tệp xuất',
    exportFolderLabel: 'Thư mục lưu tệp Excel xuất ra (đường dẫn đầy đủ)',
    exportFolderHint: 'Mặc định là thư mục "Báo cáo CCHC" trong Documents (Tài liệu) của máy này.',
    exportFolderSave: 'Lưu thư mục',
    exportFolderReset: 'Về thư mục mặc định',
    exportFolderSaved: (folder: string) => `Từ nay tệp xuất được lưu vào ${folder}.`,

    unitsHeading: 'Danh sách đơn vị',
    unitsIntro:
      'Đơn vị không dùng nữa thì chọn "Ngừng sử dụng": đơn vị không bị xóa, số liệu đã nhập vẫn được giữ.',
    col: { code: 'Mã', name: 'Tên đơn vị', level: 'Cấp', status: 'Trạng thái', actions: 'Thao tác' },
    active: 'Đang sử dụng',
    inactive: 'Ngừng sử dụng',
    thisPc: 'Đơn vị của máy này',
    rename: 'Đổi tên',
    renameButtonLabel: (name: string, code: string) => `Đổi tên ${name} (${code})`,
    deactivateLabel: (name: string, code: string) => `Ngừng sử dụng ${name} (${code})`,
    reactivateLabel: (name: string, code: string) => `Dùng lại ${name} (${code})`,
    renameLabel: (code: string) => `Tên mới của đơn vị ${code}`,
    deactivate: 'Ngừng sử dụng',
    reactivate: 'Dùng lại',

    addHeading: 'Thêm đơn vị',
    addCode: 'Mã đơn vị',
    addCodeHint: 'Chữ không dấu, số, "-" hoặc "_", tối đa 20 ký tự, ví dụ TH10.',
    addName: 'Tên đơn vị',
    addLevel: 'Cấp',
    addButton: 'Thêm đơn vị',
    added: (name: string) => `Đã thêm ${name}.`,
    badCode: 'Mã đơn vị chỉ gồm chữ không dấu, số, "-" hoặc "_", tối đa 20 ký tự (ví dụ TH10).',
    nameRequired: 'Hãy nhập tên đơn vị.',
    nameTaken: (name: string, code: string) =>
      `Đã có đơn vị tên "${name}" (mã ${code}). Hãy dùng tên khác để hai đơn vị không bị nhầm với nhau.`,

    importHeading: 'Nhập danh sách đơn vị',
    importIntro:
      'Mỗi dòng một đơn vị, dạng: mã;tên;cấp — ví dụ "TH10;xã Tân Long;xã". Các phần cách nhau bằng dấu chấm phẩy, dấu phẩy (tệp .csv) hoặc Tab (chép từ Excel). Cấp là "xã" hoặc "huyện" (đơn vị tổng hợp). Đơn vị đã có mã thì được cập nhật tên và cấp.',
    importText: 'Danh sách đơn vị (dán vào đây)',
    importFile: 'Hoặc chọn tệp .csv, .txt…',
    importPreview: (n: number) => `Sẽ nhập ${n} đơn vị.`,
    importButton: (n: number) => `Nhập ${n} đơn vị`,
    importDone: (added: number, updated: number) =>
      `Đã nhập danh sách: thêm ${added} đơn vị, cập nhật ${updated} đơn vị.`,
    importProblems: 'Các dòng sau chưa đúng, hãy sửa rồi nhập lại:',
    fileUnreadable: (name: string) =>
      `Không đọc được tệp "${name}". Hãy lưu tệp dạng văn bản (.csv hoặc .txt).`,
  },

  unitList: {
    line: (line: number, message: string) => `Dòng ${line}: ${message}`,
    tooFewFields: 'cần đủ 3 phần mã;tên;cấp, cách nhau bằng dấu chấm phẩy, dấu phẩy hoặc Tab.',
    badCode: (code: string) =>
      `mã "${code}" không hợp lệ (chỉ chữ không dấu, số, "-" hoặc "_", tối đa 20 ký tự).`,
    noName: 'thiếu tên đơn vị.',
    nameTooLong: 'tên đơn vị dài quá 200 ký tự.',
    badLevel: (level: string) => `cấp "${level}" không hợp lệ; dùng "xã" hoặc "huyện".`,
    duplicate: (code: string, first: number) => `mã "${code}" trùng với dòng ${first}.`,
    empty: 'Danh sách trống: chưa có dòng nào dạng mã;tên;cấp.',
  },
} as const;
