/** Vietnamese messages of the "Người lập" checks that are warnings (they do not stop an export). */
export const preparerMessages = {
  phoneDigits: (digits: number) =>
    `có ${digits} chữ số; số điện thoại Việt Nam thường có 10 chữ số (cố định 11 chữ số kể cả mã vùng). Hãy kiểm tra lại; báo cáo vẫn xuất được.`,
} as const;
