/**
 * Vietnamese text of the Word report (báo cáo CCHC, layout of Nghị định 30/2020/NĐ-CP). Sentences
 * take figures already written the Vietnamese way ("27.630 hồ sơ", "98,74%"), phrased as report
 * 114/BC-UBND phrases them. `fill` texts mark what only a person can write.
 */
/** The app's words around the Word report (buttons, results, errors). */
export const wordReportUi = {
  button: 'Xuất báo cáo Word',
  working: 'Đang tạo báo cáo Word…',
  saved: (fileName: string, path: string) => `Đã lưu báo cáo Word "${fileName}" vào ${path}.`,
  compared: (period: string) => `Có so sánh với ${period}.`,
  /** A merging office's report where not every unit has a file of the previous period. */
  comparedOver: (period: string, units: number, of: number) =>
    units === 0
      ? `Không so sánh được với ${period}: không đơn vị nào có báo cáo cả hai kỳ (báo cáo ghi rõ lý do).`
      : `Có so sánh với ${period}, trên ${units}/${of} đơn vị có báo cáo cả hai kỳ (báo cáo ghi rõ ở từng số liệu).`,
  notCompared: 'Chưa có số liệu kỳ trước trên máy này nên báo cáo không so sánh với kỳ trước.',
  fillHint: 'Mở tệp bằng Word, viết vào các chỗ tô vàng trong ngoặc vuông […], rồi trình ký.',
  download: 'Tải về',
  nothingMerged: (period: string) =>
    `Chưa có báo cáo nào được chấp nhận cho ${period}. Hãy nhận tệp của các đơn vị trước khi tạo báo cáo Word.`,
} as const;

/** The previous period shown beside this one (the form, the merged workbook). */
export const previousPeriodUi = {
  column: 'Kỳ trước',
  columnOf: (period: string) => `Kỳ trước (${period})`,
  change: 'Tăng/giảm',
  columnHint: 'Số liệu kỳ trước của đơn vị trên máy này, chỉ để xem.',
  /** The merged "Kỳ trước" when it sums the units compared, not the previous whole total. */
  columnOfSameUnits: (period: string, units: number, of: number) =>
    `Kỳ trước (${period}) của ${units}/${of} đơn vị có số liệu cả hai kỳ`,
  columnNoneCompared: (period: string) => `Kỳ trước (${period}): không có đơn vị nào có số liệu cả hai kỳ`,
  /** A row of the merged "Tổng hợp" compared over other units than the header says. */
  comparedOver: (units: number, of: number) =>
    `Kỳ trước, tăng/giảm: so sánh trên cùng ${units}/${of} đơn vị có số liệu cả hai kỳ`,
  notCompared: 'Không so sánh với kỳ trước: không có đơn vị nào có số liệu cả hai kỳ',
} as const;

export const reportText = {
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  peoplesCommittee: 'ỦY BAN NHÂN DÂN',
  committee: (locality: string) => `Ủy ban nhân dân ${locality}`,
  number: 'Số:        /BC-UBND',
  title: 'BÁO CÁO',
  subject: (period: string) => `Kết quả thực hiện công tác cải cách hành chính ${period}`,
  placeDate: (place: string, day: string, month: string, year: string) =>
    `${place}, ngày ${day} tháng ${month} năm ${year}`,
  yearLabel: (year: number) => `năm ${year}`,
  sameTimeLabel: (year: number) => `cùng kỳ năm ${year}`,
  reachedRate: (percent: string) => `đạt tỷ lệ ${percent}`,
  notApplicable: 'không phát sinh',
  /** A rate whose counts are not all given: never "không phát sinh", which means a 0 denominator. */
  rateNotComputed: 'chưa tính được',
  reachedRateNotComputed: 'chưa tính được tỷ lệ',
  up: (amount: string, share: string | null, label: string) =>
    `tăng ${amount}${share ? ` (${share})` : ''} so với ${label}`,
  down: (amount: string, share: string | null, label: string) =>
    `giảm ${amount}${share ? ` (${share})` : ''} so với ${label}`,
  same: (label: string) => `bằng ${label}`,
  /** After a figure some units left blank: what it covers. */
  covers: (covered: string, of: string) => `${covered}/${of} đơn vị có số liệu`,
  /** After a commune's own total or rate with a part left blank. */
  incomplete: 'còn thiếu số liệu',
  /** A change computed over the units that have the figure in both periods, not all of them. */
  comparedOver: (units: string, of: string, now: string, before: string) =>
    `so sánh trên cùng ${units}/${of} đơn vị có số liệu cả hai kỳ: ${now} so với ${before}`,
  notComparedNoUnit: (label: string) =>
    `chưa so sánh được với ${label} do không có đơn vị nào có số liệu cả hai kỳ`,
  notComparedOwn: (label: string) => `chưa so sánh được với ${label} do kỳ trước chưa có số liệu`,
  notComparedOwnNow: (label: string) => `chưa so sánh được với ${label} do kỳ này còn thiếu số liệu`,

  intro: (issuer: string, period: string) =>
    ` ${issuer} báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) ${period} như sau:`,
  partResults: (period: string) => `I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC ${period.toLocaleUpperCase('vi')}`,
  partTasks: (next: string) => `II. NHIỆM VỤ, GIẢI PHÁP ${next.toLocaleUpperCase('vi')}`,
  partProposals: 'III. ĐỀ XUẤT, KIẾN NGHỊ',
  nextYear: (year: number) => `năm ${year}`,
  nextTime: 'thời gian tới',
  sections: {
    institutions: '1. Cải cách thể chế',
    procedures: '2. Cải cách thủ tục hành chính',
    organisation: '3. Cải cách tổ chức bộ máy',
    civilService: '4. Cải cách chế độ công vụ',
    finance: '5. Cải cách tài chính công',
    digital: '6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    shortcomings: '7. Tồn tại, hạn chế',
    tasks: '1. Nhiệm vụ',
    solutions: '2. Giải pháp',
  },
  fill: {
    basis: '[Căn cứ báo cáo: văn bản chỉ đạo, yêu cầu báo cáo của cấp trên]',
    overview: '[Đánh giá chung: Chỉ số CCHC, xếp hạng, Chỉ số hài lòng của người dân, doanh nghiệp]',
    institutions: '[Kết quả xây dựng, ban hành, kiểm tra văn bản quy phạm pháp luật]',
    procedures:
      '[Kết quả rà soát, đánh giá, đơn giản hóa thủ tục hành chính; cơ sở vật chất Bộ phận Một cửa]',
    organisation: '[Kết quả sắp xếp, kiện toàn tổ chức bộ máy; quản lý biên chế]',
    civilService: '[Công tác tuyển dụng, bổ nhiệm, kỷ luật, kỷ cương hành chính]',
    finance: '[Kết quả thực hiện tự chủ tài chính, quy chế chi tiêu nội bộ]',
    digital: '[Kết quả ứng dụng công nghệ thông tin, chuyển đổi số]',
    assessment: '[Đánh giá tồn tại, hạn chế và nguyên nhân]',
    tasks: '[Nhiệm vụ trọng tâm]',
    solutions: '[Giải pháp thực hiện]',
    proposals: '[Đề xuất, kiến nghị với cấp trên]',
    recipient: '[Cơ quan nhận báo cáo]',
    signerName: '[Họ và tên người ký]',
  },
  direction: (period: string, docs: string, inspections: string) =>
    `Trong ${period}, đã ban hành ${docs} chỉ đạo, điều hành CCHC và tổ chức ${inspections} kiểm tra CCHC.`,
  propaganda: (period: string, sessions: string, people: string) =>
    `Kết quả trong ${period} tổ chức tuyên truyền CCHC được ${sessions}, có ${people} dự`,
  published: (procedures: string) =>
    `Thường xuyên cập nhật, niêm yết công khai ${procedures} thuộc thẩm quyền giải quyết`,
  publishedByLevel: (level: string, procedures: string) => `${level}: ${procedures}`,
  validDigitised: (fraction: string, rate: string) =>
    `Kết quả đến nay đã số hóa kết quả giải quyết TTHC còn hiệu lực được ${fraction}, tỷ lệ ${rate}.`,
  digitisedOnReceipt: (fraction: string, rate: string) =>
    `Số hóa hồ sơ, kết quả giải quyết TTHC khi tiếp nhận được ${fraction} hồ sơ, tỷ lệ ${rate}.`,
  oneStopOwn: 'Bộ phận Một cửa',
  oneStopMerged: (levels: string) => `Bộ phận Một cửa ${levels}`,
  and: ' và ',
  received: (period: string, desk: string, received: string) =>
    `Trong ${period}, ${desk} tiếp nhận được ${received}`,
  resolved: (resolved: string, rate: string) => `, đã giải quyết ${resolved}, ${rate}`,
  levelDetail: (
    level: string,
    received: string,
    online: string,
    onlineRate: string,
    onTime: string,
    rate: string,
  ) =>
    `Bộ phận tiếp nhận và trả kết quả ${level} tiếp nhận ${received} (trong đó tiếp nhận trực tuyến là ${online}, tỷ lệ ${onlineRate}), đã giải quyết và trả kết quả trước, đúng hạn ${onTime}, ${rate}.`,
  unitDetailLead: 'Chi tiết theo đơn vị: ',
  unitNoDossiers: (unit: string) => `${unit} chưa có số liệu hồ sơ`,
  noFigure: 'chưa có số liệu',
  unitDetail: (unit: string, received: string, resolved: string, rate: string) =>
    `${unit} tiếp nhận ${received}, đã giải quyết ${resolved} (${rate})`,
  pending: (pending: string, overdue: string, apologised: string) =>
    `Đang giải quyết ${pending} (trong đó quá hạn ${overdue}); hồ sơ quá hạn đã có văn bản xin lỗi: ${apologised}.`,
  onlinePayment: (fraction: string, rate: string) =>
    `Hồ sơ thanh toán trực tuyến ${fraction} hồ sơ phát sinh phí, lệ phí, tỷ lệ ${rate}.`,
  feedback: (period: string, received: string, handled: string, rate: string) =>
    `Ngoài ra, trong ${period} đã tiếp nhận ${received} phản ánh, kiến nghị (PAKN) của tổ chức, công dân, đã xử lý ${handled} PAKN, ${rate}.`,
  noFeedback: (period: string) =>
    `Trong ${period} không phát sinh phản ánh, kiến nghị (PAKN) của tổ chức, công dân.`,
  recruited: (period: string, count: string) => `Trong ${period}, đã tuyển dụng mới ${count} công chức`,
  disciplined: (count: string) => `Có ${count} cán bộ, công chức, viên chức bị xử lý kỷ luật`,
  noDiscipline: 'Không có cán bộ, công chức, viên chức bị xử lý kỷ luật',
  trained: (period: string, people: string) =>
    `Công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức luôn được quan tâm; kết quả trong ${period} đã cử ${people} lượt cán bộ, công chức, viên chức tham gia các lớp đào tạo, bồi dưỡng`,
  trainingLead: 'Cụ thể: ',
  category: (label: string, people: string) => `${label} ${people}`,
  documents: (period: string, incoming: string, outgoing: string, rate: string) =>
    `Trong ${period}, tổng số văn bản đến được tiếp nhận trên phần mềm quản lý văn bản là ${incoming} và đã ban hành ${outgoing} văn bản đi, tỷ lệ văn bản đi có ký số là ${rate}.`,
  modelsMerged: (count: string) =>
    `Ngoài ra, các đơn vị, địa phương đã xây dựng, thực hiện ${count} mô hình, sáng kiến, giải pháp trong công tác CCHC`,
  modelsOwn: (count: string) =>
    `Ngoài ra, đơn vị đã xây dựng, thực hiện ${count} mô hình, sáng kiến, giải pháp trong công tác CCHC`,
  modelsFollow: ', gồm:',
  noModels: (period: string) =>
    `Trong ${period} chưa có mô hình, sáng kiến, giải pháp mới trong công tác CCHC.`,
  modelsBy: (column: string, counts: string) => `${column}: ${counts}.`,
  modelItem: (name: string, unit: string | null) => `- ${name}${unit ? ` (${unit})` : ''}`,
  unitsSaid: 'Ý kiến của các đơn vị: ',
  unitSaid: (unit: string, words: string) => `${unit}: ${words}`,
  closing: (period: string, issuer: string) =>
    `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${period} của ${issuer}./.`,
  recipientsTitle: 'Nơi nhận:',
  recipientCommunes: '- UBND các xã, phường, thị trấn;',
  recipientParent: (name: string) => `- ${name};`,
  archive: '- Lưu: VT.',
  onBehalf: 'TM. ỦY BAN NHÂN DÂN',
  chair: 'CHỦ TỊCH',
  semicolon: '; ',
  sentenceEnd: '.',
  comma: ', ',
} as const;
