/** Vietnamese messages of the API boundary. */
export const apiMessages = {
  badArguments: 'Yêu cầu gửi tới phần mềm không hợp lệ. Hãy tải lại trang hoặc khởi động lại phần mềm.',
  unknownCall: (name: string) => `Phần mềm không có chức năng "${name}". Hãy cập nhật phần mềm.`,
  internal:
    'Có lỗi không mong muốn trong phần mềm. Dữ liệu đã lưu trước đó vẫn an toàn. Hãy thử lại; nếu vẫn lỗi, xuất nhật ký (Trợ giúp → Xuất nhật ký) và gửi cho bộ phận hỗ trợ.',
  unauthorized: 'Phiên làm việc không hợp lệ. Hãy mở lại phần mềm từ đường dẫn mà phần mềm in ra.',
  forbiddenOrigin: 'Yêu cầu đến từ trang web khác bị từ chối.',
  notFound: 'Không tìm thấy trang này. Hãy mở đường dẫn mà phần mềm in ra khi khởi động.',
  tooLarge: 'Dữ liệu gửi lên quá lớn.',
  badPeriod: 'Kỳ báo cáo không hợp lệ',
  networkFailed: 'Không kết nối được với phần mềm. Hãy kiểm tra cửa sổ phần mềm còn đang chạy, rồi thử lại.',
} as const;
