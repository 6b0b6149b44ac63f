/** Vietnamese text of the DHIS2 export (ADX and dataValueSets JSON) and its mapping file. */
import { formatCount } from '../../format/numbers';

export const dhis2Messages = {
  mappingLine: (line: number, message: string) => `Tệp ánh xạ, dòng ${line}: ${message}`,
  mappingFields:
    'cần ít nhất 3 cột: loại (dataElement, orgUnit hoặc dataSet), mã của phần mềm, mã trong DHIS2.',
  mappingKind: (kind: string) =>
    `loại "${kind}" không hợp lệ. Dùng dataElement (chỉ tiêu), orgUnit (đơn vị) hoặc dataSet (bộ dữ liệu).`,
  mappingNotCount: (code: string) =>
    `"${code}" không phải chỉ tiêu số đếm của mẫu báo cáo. Chỉ các số đếm được gửi sang DHIS2 (tổng và tỷ lệ do DHIS2 tự tính).`,
  mappingBadUnit: (code: string) => `mã đơn vị "${code}" không hợp lệ (chỉ gồm chữ, số, "-" và "_").`,
  mappingNoId: 'thiếu mã trong DHIS2 (cột thứ 3).',
  mappingBadId: (id: string) =>
    `mã DHIS2 "${id}" không hợp lệ (tối đa 50 ký tự, không có ký tự điều khiển hoặc dấu cách ở đầu, cuối).`,
  mappingDuplicate: (code: string, first: number) => `mã "${code}" đã được ánh xạ ở dòng ${first}.`,
  mappingEmpty:
    'Tệp ánh xạ không có dòng nào. Mỗi dòng: loại;mã của phần mềm;mã trong DHIS2[;categoryOptionCombo].',
  badFormat: (format: string) => `Định dạng "${format}" không có. Dùng adx hoặc json.`,
  noPeriod: (period: string) => `Kỳ "${period}" không có kỳ tương ứng trong DHIS2.`,
  noJsonPeriod: (period: string) =>
    `DHIS2 không có loại kỳ "${period}" cho dataValueSets JSON. Hãy xuất dạng ADX (--format adx), hoặc chọn kỳ năm, 6 tháng hay quý.`,
  noUnits: (period: string) =>
    `Chưa có báo cáo nào được chấp nhận cho kỳ ${period}, nên không có số liệu để xuất sang DHIS2.`,
  invalidOutput: (format: string, problems: string[]) =>
    `Tệp ${format} tạo ra không đúng quy định nên không được ghi: ${problems.slice(0, 5).join('; ')}. Hãy báo lỗi này cho người hỗ trợ kỹ thuật.`,
  summary: (p: {
    format: string;
    period: string;
    units: number;
    values: number;
    totals: number;
    rates: number;
    texts: number;
    models: number;
    codes: boolean;
  }) =>
    [
      `Đã xuất ${formatCount(p.values)} giá trị số đếm của ${formatCount(p.units)} đơn vị, kỳ ${p.period}, dạng ${p.format}.`,
      `Không xuất: ${p.totals} chỉ tiêu tổng và ${p.rates} tỷ lệ (DHIS2 tự tính bằng chỉ số), ` +
        `${formatCount(p.texts)} nội dung văn bản và ${formatCount(p.models)} mô hình, sáng kiến (không phải giá trị số liệu).`,
      ...(p.codes
        ? [
            'Mã chỉ tiêu và mã đơn vị là mã của phần mềm: khi nhập vào DHIS2 hãy chọn idScheme=CODE, hoặc dùng --mapping để đổi sang mã DHIS2.',
          ]
        : []),
    ].join('\n'),
} as const;

/** The DHIS2 panel of the district screen. */
export const dhis2Ui = {
  title: 'Xuất số liệu sang DHIS2',
  hint: 'Chỉ xuất số đếm của các đơn vị đã được chấp nhận; tổng và tỷ lệ do DHIS2 tự tính.',
  format: 'Định dạng',
  formats: { adx: 'ADX (XML)', json: 'JSON dataValueSets' },
  mapping: 'Tệp ánh xạ mã (.csv, không bắt buộc)',
  mappingChosen: (name: string) => `Dùng tệp ánh xạ "${name}".`,
  removeMapping: 'Bỏ tệp ánh xạ',
  export: 'Xuất tệp DHIS2',
  exporting: 'Đang tạo tệp DHIS2…',
  download: (fileName: string) => `Tải tệp ${fileName}`,
} as const;
