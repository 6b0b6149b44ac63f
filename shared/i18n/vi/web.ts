/** Vietnamese messages of browser mode (`npm run web`, or `npm start` without Electron). */
export const webMessages = {
  badPort: (text: string) => `Cổng "${text}" không hợp lệ. Dùng một số từ 1 đến 65535, ví dụ --port 5180.`,
  running: (dataDir: string) =>
    `Báo cáo CCHC đang chạy ở chế độ trình duyệt. Mở đường dẫn trên bằng Chrome, Edge hoặc Firefox.\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.`,
  defaultPortBusy: (port: number) =>
    `Cổng ${port} đang được chương trình khác dùng; phần mềm chạy ở một cổng khác (xem đường dẫn ở trên).`,
  portTaken: (port: number) =>
    `Cổng ${port} đang được một chương trình khác dùng (có thể là một cửa sổ Báo cáo CCHC khác đang chạy). Đóng cửa sổ đó rồi chạy lại, hoặc chọn cổng khác, ví dụ --port ${port === 5181 ? 5182 : 5181}; bỏ --port để phần mềm tự chọn cổng trống.`,
  signOutOnlyInBrowser:
    'Chỉ đăng xuất được trình duyệt khi phần mềm chạy ở chế độ trình duyệt; ứng dụng trên máy tính không dùng phiên trình duyệt.',
} as const;

/** Cài đặt → Phiên trình duyệt (browser mode only). */
export const browserSessionUi = {
  title: 'Phiên đăng nhập trình duyệt',
  intro:
    'Trình duyệt đã mở phần mềm được nhớ đăng nhập, kể cả sau khi khởi động lại. Nếu một máy hoặc một người khác đã mở phần mềm mà không còn được phép, hãy đăng xuất mọi trình duyệt.',
  signOut: 'Đăng xuất mọi trình duyệt khác',
  working: 'Đang đăng xuất…',
  confirmTitle: 'Đăng xuất mọi trình duyệt khác?',
  confirmText:
    'Mọi trình duyệt khác đang mở phần mềm sẽ phải mở lại đường dẫn được in ra khi khởi động phần mềm. Trình duyệt này vẫn dùng tiếp được. Số liệu đã lưu không bị ảnh hưởng.',
  confirmYes: 'Đăng xuất',
  confirmNo: 'Không',
  done: 'Đã đăng xuất mọi trình duyệt khác. Trình duyệt này vẫn đăng nhập.',
} as const;
