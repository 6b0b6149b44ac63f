/** Labels of the application menu. */
export const menuLabels = {
  file: 'Tệp',
  quit: 'Thoát',
  edit: 'Sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Hiển thị',
  resetZoom: 'Cỡ chữ mặc định',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fullscreen: 'Toàn màn hình',
  help: 'Trợ giúp',
  startupFailed: 'Không khởi động được Báo cáo CCHC',
} as const;
