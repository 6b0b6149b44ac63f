/** The data cut-off of a report period, on the cover and above the form (Nghị định 09/2019/NĐ-CP). */
export const periodText = {
  cutOff: (start: string, end: string) => `Số liệu tính từ ngày ${start} đến ngày ${end}`,
};
