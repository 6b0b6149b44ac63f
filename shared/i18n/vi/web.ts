/** Vietnamese messages of browser mode (`npm run web`, or `npm start` without Electron). */
export const webMessages = {
  badPort: (text: string) => `Cổng "${text}" không hợp lệ. Dùng một số từ 1 đến 65535, ví dụ --port 5180.`,
  running: (dataDir: string) =>
    `Báo cáo CCHC đang chạy ở chế độ trình duyệt. Mở đường dẫn trên bằng Chrome, Edge hoặc Firefox.\nDữ liệu: ${dataDir}\nNhấn Ctrl+C để dừng.`,
  defaultPortBusy: (port: number) =>
    `Cổng ${port} đang được chương trình khác dùng; phần mềm chạy ở một cổng khác (xem đường dẫn ở trên).`,
} as const;
