/** Vietnamese messages of browser mode (`npm run web`, or `npm start` without Electron). */
export const webMessages = {
  badPort: (text: string) => `Cổng "${text}" không hợp lệ. Dùng một số từ 1 đến 65535, ví dụ --port 5180.`,
  running: (dataDir: string) =>
    `Báo cáo CCHC đang chạy ở chế độ trình duyệt. Mở đường dẫn trên bằng Chrome, Edge hoặc Firefox.\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.`,
  defaultPortBusy: (port: number) =>
    `Cổng ${port} đang được chương trình khác dùng; phần mềm chạy ở một cổng khác (xem đường dẫn ở trên).`,
  portTaken: (port: number) =>
    `Cổng ${port} đang được một chương trình khác dùng (có thể là một cửa sổ Báo cáo CCHC khác đang chạy). Đóng cửa sổ đó rồi chạy lại, hoặc chọn cổng khác, ví dụ --port ${port === 5181 ? 5182 : 5181}; bỏ --port để phần mềm tự chọn cổng trống.`,
} as const;
