/** Vietnamese texts of the first run over the national list (see also ui.firstRun). */
export const setupMessages = {
  unknownCommune: (code: string) =>
    `Không có xã, phường mã "${code}" trong danh mục từ 01/7/2025. Hãy tìm lại theo tên.`,
  unknownProvince: (code: string) => `Không có tỉnh, thành phố mã "${code}" trong danh mục.`,
  unknownOldDistrict: (code: string) => `Không có huyện mã "${code}" trong bảng chuyển đổi trước 01/7/2025.`,
  notSample: (code: string) => `Đơn vị "${code}" không có trong dữ liệu mẫu huyện Tân Hồng.`,
  codeTaken: (code: string, name: string) =>
    `Mã "${code}" đã dùng cho đơn vị "${name}". Hãy chọn đơn vị đó trong danh sách đã có, hoặc dùng mã khác.`,

  kindLabel: 'Máy tính này lập báo cáo cho',
  kinds: {
    existing: 'Một đơn vị trong danh sách đã có',
    commune: 'Một xã, phường, đặc khu',
    province: 'Đơn vị tổng hợp của một tỉnh, thành phố',
    oldDistrict: 'Đơn vị tổng hợp của một huyện cũ (kỳ báo cáo trước 01/7/2025)',
    custom: 'Đơn vị khác (tự nhập mã và tên)',
    sample: 'Dùng thử với dữ liệu mẫu (huyện Tân Hồng cũ, tỉnh Đồng Tháp)',
  },
  searchLabel: 'Tên xã, phường, đặc khu',
  searchHint: 'Gõ một phần tên, có dấu hoặc không dấu, ví dụ "thong binh" hoặc "Thông Bình".',
  searchPlaceholder: 'Ví dụ: Tân Thành',
  results: 'Kết quả tìm',
  noResults: (query: string) =>
    `Không tìm thấy "${query}" trong danh mục 3.321 xã, phường từ 01/7/2025. Kiểm tra lại tên, hoặc chọn "Đơn vị khác".`,
  formerly: (name: string, district: string) => `gồm ${name} cũ (${district})`,
  chosen: (name: string, province: string) => `Đã chọn: ${name}, ${province}.`,
  mustChooseCommune: 'Hãy gõ tên và chọn một xã, phường trong kết quả tìm.',
  provinceLabel: 'Tỉnh, thành phố',
  chooseProvince: '— Chọn tỉnh, thành phố —',
  mustChooseProvince: 'Hãy chọn tỉnh, thành phố.',
  provinceNote: (n: number) =>
    `${n.toLocaleString('vi-VN')} xã, phường của tỉnh sẽ vào danh sách đơn vị phải nộp báo cáo. Sửa, thêm, bớt được trong mục Cài đặt.`,
  oldDistrictLabel: 'Huyện, quận, thị xã, thành phố (trước 01/7/2025)',
  chooseOldDistrict: '— Chọn huyện cũ —',
  mustChooseOldDistrict: 'Hãy chọn huyện.',
  oldDistrictNote: (n: number) =>
    `${n.toLocaleString('vi-VN')} xã, phường, thị trấn cũ của huyện sẽ vào danh sách đơn vị phải nộp báo cáo. Sửa, thêm, bớt được trong mục Cài đặt.`,
  oldDistrictOption: (name: string, province: string) => `${name} — ${province}`,
  customCode: 'Mã đơn vị',
  customName: 'Tên đơn vị',
  customLevel: 'Cấp',
  customCodeHint: 'Chữ, số, dấu gạch; tối đa 20 ký tự.',
  mustFillCustom: 'Hãy nhập mã (chữ, số, tối đa 20 ký tự) và tên đơn vị.',
  sampleUnit: 'Đơn vị mẫu',
  sampleNote:
    'Dữ liệu mẫu chỉ để dùng thử: 10 đơn vị của huyện Tân Hồng trước 01/7/2025 theo báo cáo 114/BC-UBND.',
  loadFailed: (message: string) => `Không tải được danh mục đơn vị: ${message}`,
};
