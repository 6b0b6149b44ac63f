/** Vietnamese texts of installing a form package in the app (Settings › Biểu mẫu). */
export const formPackageMessages = {
  refused: (file: string) => `Không cài được biểu mẫu từ tệp "${file}".`,
  versionExists: (id: string, version: number, file: string) =>
    `Biểu mẫu "${id}" phiên bản ${version} đã được cài từ tệp "${file}" với nội dung khác. Một phiên bản không được sửa sau khi đã dùng: hãy tăng "Phiên bản" trong trang "Thông tin" rồi cài lại.`,
  versionIsBuiltIn: (id: string, version: number) =>
    `Biểu mẫu "${id}" phiên bản ${version} là biểu mẫu có sẵn của phần mềm. Để thay đổi, hãy tăng "Phiên bản" trong trang "Thông tin" rồi cài lại.`,
  title: 'Biểu mẫu báo cáo',
  inUse: (title: string, id: string, version: number, builtIn: boolean) =>
    `Đang dùng: ${title} (mã ${id}, phiên bản ${version}${builtIn ? ', có sẵn trong phần mềm' : ''}).`,
  intro:
    'Khi tỉnh gửi biểu mẫu mới (tệp .xlsx có các trang Thông tin, Chỉ tiêu, Quy tắc, Danh sách, Chuyển đổi), cài vào đây. Các phiên bản đã cài đều được giữ để đọc báo cáo cũ.',
  install: 'Cài biểu mẫu từ tệp…',
  installing: 'Đang kiểm tra và cài biểu mẫu…',
  installed: (title: string, version: number) =>
    `Đã cài: ${title}, phiên bản ${version}. Biểu mẫu này được dùng từ bây giờ.`,
  installedList: 'Các phiên bản đã cài',
  none: 'Chưa cài biểu mẫu nào từ tệp: đang dùng biểu mẫu có sẵn.',
  row: (version: number, title: string, file: string, date: string) =>
    `Phiên bản ${version} — ${title} — tệp ${file}, cài ngày ${date}`,
  tooLarge: (file: string) => `Tệp "${file}" quá lớn cho một biểu mẫu (tối đa 10 MB).`,
};

/** The review shown when a report saved under an older form version opens under the new one. */
export const carryForwardText = {
  title: (from: number, to: number) =>
    `Báo cáo này được lập theo biểu mẫu phiên bản ${from}; phần mềm đã chuyển số liệu sang phiên bản ${to}. Hãy xem lại trước khi lưu:`,
  moved: (pairs: string) => `Chuyển sang mã mới: ${pairs}.`,
  added: (codes: string) => `Chỉ tiêu mới, chưa có số liệu: ${codes}.`,
  dropped: (codes: string) => `Không còn trong biểu mẫu mới (bỏ): ${codes}.`,
  nothing: 'Các chỉ tiêu giữ nguyên mã.',
  agree: 'Đồng ý, lưu theo biểu mẫu mới',
  saved: (to: number) => `Đã lưu báo cáo theo biểu mẫu phiên bản ${to}. Bản theo phiên bản cũ vẫn được giữ.`,
};

/** A received file under another version of the form than the one in use. */
export const formMigrationMessages = {
  migrated: (
    file: string,
    from: number,
    to: number,
    s: { moved: { from: string; to: string }[]; added: string[]; dropped: string[] },
  ) =>
    [
      `Tệp "${file}" lập theo biểu mẫu phiên bản ${from}; được chuyển sang phiên bản ${to} đang dùng theo bảng chuyển đổi để tổng hợp.`,
      s.moved.length ? `Chuyển mã: ${s.moved.map((m) => `${m.from} → ${m.to}`).join(', ')}.` : '',
      s.added.length ? `Chỉ tiêu mới không có trong tệp: ${s.added.join(', ')}.` : '',
      s.dropped.length ? `Bỏ: ${s.dropped.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  noMapping: (file: string, id: string, version: number, activeId: string, activeVersion: number) =>
    id === activeId
      ? `Tệp "${file}" lập theo biểu mẫu phiên bản ${version}, nhưng đang dùng phiên bản ${activeVersion} và không có bảng chuyển đổi nào dẫn từ phiên bản ${version} sang. Cài các biểu mẫu trung gian, hoặc đề nghị đơn vị lập lại báo cáo theo mẫu phiên bản ${activeVersion}.`
      : `Tệp "${file}" lập theo biểu mẫu "${id}" phiên bản ${version}, không phải biểu mẫu "${activeId}" đang dùng. Đề nghị đơn vị lập lại báo cáo theo mẫu đang dùng.`,
};
