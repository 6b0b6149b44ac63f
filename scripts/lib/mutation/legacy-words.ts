/** Known words as the legacy fonts store them (the characters a .xlsx holds), and their Unicode. */
export const TCVN3_WORDS: [string, string][] = [
  ['ViÖt Nam', 'Việt Nam'],
  ['Th«ng B×nh', 'Thông Bình'],
  ['Uû ban nh©n d©n', 'Uỷ ban nhân dân'],
  ['Ninh B×nh', 'Ninh Bình'],
  ['B¶o Th¾ng', 'Bảo Thắng'],
  ['M\u00adêng Kh\u00ad\u00acng', 'Mường Khương'],
  ['Hå s¬ trùc tuyÕn', 'Hồ sơ trực tuyến'],
  ['§ång Th¸p', 'Đồng Tháp'],
  ['c¶i c¸ch hµnh chÝnh', 'cải cách hành chính'],
];

export const VNI_WORDS: [string, string][] = [
  ['Vieät Nam', 'Việt Nam'],
  ['Thoâng Bình', 'Thông Bình'],
  ['UÛy ban nhaân daân', 'Ủy ban nhân dân'],
  ['Ñoàng Thaùp', 'Đồng Tháp'],
  ['Möôøng Khöông', 'Mường Khương'],
  ['caûi caùch haønh chính', 'cải cách hành chính'],
  ['Hoà sô tröïc tuyeán', 'Hồ sơ trực tuyến'],
  ['Thaéng', 'Thắng'],
];

/** VNI words of Latin-1 Vietnamese letters only: Unicode text could hold them, so only a VNI font tells. */
export const VNI_LOOKS_UNICODE = ['Thoâng Bình', 'Thaéng'];
