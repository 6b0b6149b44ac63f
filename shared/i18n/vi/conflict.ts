/** Vietnamese words of the two-tabs merge (a report saved meanwhile from another tab or window). */
export const conflictMessages = {
  saveState: 'Chờ chọn giá trị — chưa lưu',
  title: 'Báo cáo vừa được lưu từ một cửa sổ hoặc thẻ khác',
  merged: (count: number) =>
    count === 1
      ? 'Các ô chỉ sửa ở một nơi đã được ghép lại. Có 1 ô được sửa ở cả hai nơi: chọn giá trị giữ lại. Báo cáo chưa được lưu cho đến khi bạn chọn.'
      : `Các ô chỉ sửa ở một nơi đã được ghép lại. Có ${count} ô được sửa ở cả hai nơi: chọn giá trị giữ lại cho từng ô. Báo cáo chưa được lưu cho đến khi bạn chọn xong.`,
  keepMine: (value: string) => `Giữ giá trị ở cửa sổ này: ${value}`,
  useTheirs: (value: string) => `Dùng giá trị đã lưu ở nơi khác: ${value}`,
  empty: '(để trống)',
  rowDeleted: '(dòng đã xóa)',
  rowUnnamed: '(mô hình chưa có tên)',
  modelField: (name: string) => `Mô hình: ${name}`,
  /** Fields refreshed with what another tab or window saved (names: codes, or what they are). */
  refreshed: (names: string[]) => {
    const shown = names.slice(0, 6).join(', ');
    const more = names.length > 6 ? ` và ${names.length - 6} ô khác` : '';
    return `Số liệu vừa được cập nhật từ cửa sổ khác: ${shown}${more}.`;
  },
  /** A model row named in that list. */
  modelRow: 'một mô hình, sáng kiến',
} as const;
