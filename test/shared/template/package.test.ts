import { describe, expect, it } from 'vitest';
import { cchcV1 } from '../../../shared/template/cchc-v1';
import { conditionText, parseCondition, parseRate, parseSum } from '../../../shared/template/package/formula';
import { parsePackage } from '../../../shared/template/package/parse';
import { DEFAULT_PERIODS, packageSheets } from '../../../shared/template/package/to-sheets';
import type { PackageCell, PackageSheet } from '../../../shared/template/package/types';

const sheetsOf = () => packageSheets({ template: cchcV1, periods: DEFAULT_PERIODS, mapping: [] });
const sheet = (sheets: PackageSheet[], name: string) => sheets.find((s) => s.name === name)!;
/** The row of a code in "Chỉ tiêu" (0-based; Excel row = index + 1). */
const rowOf = (sheets: PackageSheet[], code: string) =>
  sheet(sheets, 'Chỉ tiêu').rows.findIndex((r) => r[1] === code);
function edit(code: string, column: number, value: PackageCell) {
  const sheets = sheetsOf();
  sheet(sheets, 'Chỉ tiêu').rows[rowOf(sheets, code)]![column] = value;
  return sheets;
}
const problemsOf = (sheets: PackageSheet[]) => {
  const r = parsePackage(sheets);
  return r.ok ? [] : r.problems;
};

describe('formula language', () => {
  it('reads sums, rates and conditions written with the codes of the form', () => {
    expect(parseSum('A02 + A03 + a05+A06')).toEqual(['A02', 'A03', 'A05', 'A06']);
    expect(parseSum('A02 + 5')).toBeNull();
    expect(parseRate('A03 / A07')).toEqual({ numerator: ['A03'], denominator: ['A07'] });
    expect(parseRate('(A08 + A09) / A11')).toEqual({ numerator: ['A08', 'A09'], denominator: ['A11'] });
    expect(parseRate('A03')).toBe('no-denominator');
    expect(parseRate('A03 /')).toBe('no-denominator');
    expect(parseRate('A03 / / A07')).toBeNull();
    expect(parseCondition('A04 <= A03')).toEqual({ left: ['A04'], op: 'lte', right: ['A03'], target: 'A04' });
    expect(parseCondition('A07 = A11 + A14')).toMatchObject({ op: 'eq', right: ['A11', 'A14'] });
    expect(parseCondition('D04 >= D03')).toEqual({ left: ['D03'], op: 'lte', right: ['D04'], target: 'D04' });
    expect(parseCondition('A04 < A03')).toBeNull();
    for (const rule of cchcV1.rules) expect(rule).toMatchObject(parseCondition(conditionText(rule))!);
  });
});

describe('form package sheets', () => {
  it('the built-in template written as a package reads back as the same template', () => {
    const result = parsePackage(sheetsOf());
    expect(result.ok && result.pkg.template).toEqual(cchcV1);
    expect(result.ok && result.pkg.periods).toBe(DEFAULT_PERIODS);
  });

  it('keeps the words people edit by', () => {
    const sheets = sheetsOf();
    expect(sheets.map((s) => s.name)).toEqual([
      'Thông tin',
      'Chỉ tiêu',
      'Quy tắc',
      'Danh sách',
      'Chuyển đổi',
    ]);
    expect(sheet(sheets, 'Chỉ tiêu').rows[0]).toEqual([
      'Phần',
      'Mã số',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Loại',
      'Công thức',
      'Bắt buộc',
      'Giá trị tối đa',
    ]);
    expect(sheet(sheets, 'Quy tắc').rows[0]).toEqual(['Mã quy tắc', 'Điều kiện', 'Thông báo', 'Mức']);
    expect(sheet(sheets, 'Chuyển đổi').rows[0]).toEqual(['Mã cũ', 'Mã mới', 'Cách chuyển']);
    expect(sheet(sheets, 'Thông tin').rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['Mã biểu mẫu', 'Phiên bản', 'Tên biểu mẫu', 'Kỳ báo cáo']),
    );
    const a07 = sheet(sheets, 'Chỉ tiêu').rows[rowOf(sheets, 'A07')]!;
    expect(a07.slice(4, 6)).toEqual(['Tổng', 'A02 + A03 + A05 + A06']);
    expect(sheet(sheets, 'Chỉ tiêu').rows[rowOf(sheets, 'R02')]!.slice(4, 6)).toEqual(['Tỷ lệ', 'A11 / A07']);
    expect(sheet(sheets, 'Chỉ tiêu').rows[rowOf(sheets, 'A03')]![7]).toBe(30_000);
  });

  it('a new count added in section A is read with its plausible maximum', () => {
    const sheets = sheetsOf();
    const rows = sheet(sheets, 'Chỉ tiêu').rows;
    rows.splice(rowOf(sheets, 'A22') + 1, 0, [
      'A',
      'A23',
      'Hồ sơ trả kết quả tại nhà',
      'hồ sơ',
      'Số đếm',
      null,
      'có',
      5000,
    ]);
    const result = parsePackage(sheets);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const a = result.pkg.template.sections[0]!;
    expect(a.kind === 'indicators' && a.indicators.find((i) => i.code === 'A23')).toEqual({
      kind: 'count',
      code: 'A23',
      label: 'Hồ sơ trả kết quả tại nhà',
      unit: 'hồ sơ',
      plausibleMax: 5000,
    });
  });
});

describe('broken packages are refused, naming the sheet and the cell', () => {
  it('a duplicate code', () => {
    const sheets = edit('A09', 1, 'A08');
    const row = rowOf(sheetsOf(), 'A09') + 1;
    const first = rowOf(sheetsOf(), 'A08') + 1;
    expect(problemsOf(sheets)).toContain(
      `Trang "Chỉ tiêu", ô B${row}: mã "A08" trùng với ô Chỉ tiêu!B${first}. Mỗi chỉ tiêu, mỗi cột cần một mã riêng.`,
    );
  });

  it('a code in the list sheet that an indicator already has', () => {
    const sheets = sheetsOf();
    const lists = sheet(sheets, 'Danh sách').rows;
    lists.find((r) => r[1] === 'B07')![1] = 'A01';
    expect(problemsOf(sheets).join('\n')).toMatch(
      /^Trang "Danh sách", ô B\d+: mã "A01" trùng với ô Chỉ tiêu!B\d+/mu,
    );
  });

  it('a formula with an unknown code', () => {
    const row = rowOf(sheetsOf(), 'A07') + 1;
    expect(problemsOf(edit('A07', 5, 'A02 + A03 + A55'))).toEqual([
      `Trang "Chỉ tiêu", ô F${row}: mã "A55" không có trong trang "Chỉ tiêu".`,
    ]);
  });

  it('a cycle of totals', () => {
    // A11 = A08 + A09 + A07 while A07 = ... + A11? Make A07 include A11 and A11 include A07.
    const sheets = edit('A07', 5, 'A02 + A11');
    sheet(sheets, 'Chỉ tiêu').rows[rowOf(sheets, 'A11')]![5] = 'A08 + A07';
    const problems = problemsOf(sheets);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      `Trang "Chỉ tiêu", ô F${rowOf(sheets, 'A07') + 1}: công thức vòng tròn A07 → A11 → A07: một tổng không thể gồm chính nó.`,
    );
    expect(problemsOf(edit('A14', 5, 'A12 + A14'))[0]).toMatch(/công thức vòng tròn A14 → A14/u);
  });

  it('a rate with no denominator', () => {
    const row = rowOf(sheetsOf(), 'R02') + 1;
    expect(problemsOf(edit('R02', 5, 'A11'))).toEqual([
      `Trang "Chỉ tiêu", ô F${row}: tỷ lệ "A11" thiếu mẫu số. Viết tử số / mẫu số, ví dụ "A03 / A07" hoặc "(A08 + A09) / A11".`,
    ]);
  });

  it('a rule naming an unknown code, or written in a way not understood', () => {
    const sheets = sheetsOf();
    sheet(sheets, 'Quy tắc').rows[1]![1] = 'A04 <= A99';
    sheet(sheets, 'Quy tắc').rows[2]![1] = 'A07 nhỏ hơn A11';
    sheet(sheets, 'Quy tắc').rows[3]![3] = 'nặng';
    expect(problemsOf(sheets)).toEqual([
      'Trang "Quy tắc", ô B2: mã "A99" không có trong trang "Chỉ tiêu".',
      'Trang "Quy tắc", ô B3: không hiểu điều kiện "A07 nhỏ hơn A11". Viết như "A04 <= A03", "A07 = A11 + A14" hoặc "D04 >= D03".',
      'Trang "Quy tắc", ô D4: mức "nặng" không hợp lệ; ghi "lỗi" hoặc "cảnh báo".',
    ]);
  });

  it('a missing sheet, a missing header word, an unknown kind, a formula on a count', () => {
    const sheets = sheetsOf().filter((s) => s.name !== 'Quy tắc');
    sheet(sheets, 'Chỉ tiêu').rows[0]![5] = 'Cách tính';
    expect(problemsOf(sheets)).toEqual(
      expect.arrayContaining([
        'Thiếu trang "Quy tắc". Xuất lại biểu mẫu bằng lệnh "form export" và sửa trên tệp đó.',
        'Trang "Chỉ tiêu", ô F1: cần tiêu đề cột "Công thức". Giữ nguyên dòng tiêu đề của trang.',
      ]),
    );
    expect(problemsOf(edit('A01', 4, 'Số'))[0]).toMatch(/ô E\d+: "Số" không phải một loại được dùng/u);
    expect(problemsOf(edit('A01', 5, 'A02'))[0]).toMatch(/ô F\d+: chỉ tiêu loại "Số đếm" được nhập tay/u);
  });

  it('a sheet of more rows than any form has names the first row too many', () => {
    const sheets = sheetsOf();
    const rows = sheet(sheets, 'Chỉ tiêu').rows;
    for (let i = 0; i < 100_000; i++) rows.push(['A', `X${i}`, 'Thừa', 'cái', 'Số đếm', null, null, null]);
    expect(problemsOf(sheets)).toEqual([
      'Trang "Chỉ tiêu", ô A2002: trang có quá 2.000 dòng, không giống một biểu mẫu. Xóa các dòng thừa từ dòng này trở đi.',
    ]);
  });

  it('"Kỳ báo cáo" sets the periods the form is reported for, or is refused naming its cell', () => {
    const monthly = sheetsOf();
    sheet(monthly, 'Thông tin').rows[4]![1] = 'Năm; Quý; Tháng';
    const r = parsePackage(monthly);
    expect(r.ok && r.pkg.template.periodKinds).toEqual(['Y', 'Q', 'M']);
    const weekly = sheetsOf();
    sheet(weekly, 'Thông tin').rows[4]![1] = 'Hằng tuần';
    expect(problemsOf(weekly)).toEqual([
      'Trang "Thông tin", ô B5: không hiểu kỳ báo cáo "Hằng tuần". Ghi các kỳ cách nhau bằng dấu chấm phẩy: Năm; 9 tháng; 6 tháng; Quý; Quý I; Tháng.',
    ]);
  });

  it('a version that is not a whole number', () => {
    const sheets = sheetsOf();
    sheet(sheets, 'Thông tin').rows[2]![1] = 'hai';
    expect(problemsOf(sheets)).toEqual(['Trang "Thông tin", ô B3: "Phiên bản" phải là số nguyên dương.']);
  });
});
