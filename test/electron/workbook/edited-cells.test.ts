import { describe, expect, it } from 'vitest';
import { countIndicators, CURRENT_TEMPLATE } from '../../../shared/template';
import { COVER_LABELS, META_SHEET_NAME } from '../../../shared/workbook/layout';
import { WRITTEN_FIELD_PREFIX } from '../../../shared/workbook/written-fields';
import { at, edited } from './edited';

/**
 * An app export edited by hand: the checksum warning names each cell whose value differs from
 * what the app wrote (sheet, cell, code, before → now), so the district knows what to confirm.
 */

describe('checksum mismatch on an app export', () => {
  it("names the edited cells in the workbook's order, with the value before and now", async () => {
    const r = await edited((book, l) => {
      book.setNumber(l.valueOf('A01')!.cell, 160);
      book.clear(l.valueOf('C02')!.cell);
      book.setText(l.valueOf('E01')!.cell, 'Sửa tay');
      const t = l.listTable()!;
      book.setText(book.cell(t.sheet, l.modelRows()[1]!, t.columns.get('B01')!)!, 'Tên mới');
      book.setText(l.coverValue(COVER_LABELS.phone)!.cell, '0912 000 111');
    });
    const [problem] = at(r, 'checksum-mismatch');
    expect(problem).toMatchObject({ level: 'warning', sheet: 'Bìa', cell: 'D17' });
    const listed = problem!.message.split(': ').slice(1).join(': ');
    expect(listed).toContain('ở 5 ô');
    const order = [
      'trang "Bìa", ô D17 (Điện thoại): "0277 3800 000" → "0912 000 111"',
      'trang "A. TTHC, hồ sơ", ô E5 (A01): 159 → 160',
      'trang "B. Mô hình, sáng kiến", ô B7 (B01, mô hình thứ 2): "Ứng dụng mã QR tra cứu TTHC" → "Tên mới"',
      'trang "C. Đào tạo, bồi dưỡng", ô E6 (C02): 0 → (trống)',
      'trang "E. Tồn tại, kiến nghị", ô E5 (E01): "Một số hồ sơ',
    ];
    const positions = order.map((text) => problem!.message.indexOf(text));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists the first 20 and says how many more', async () => {
    const codes = countIndicators(CURRENT_TEMPLATE)
      .map((c) => c.code)
      .slice(0, 25);
    const r = await edited((book, l) => {
      for (const code of codes) book.setNumber(l.valueOf(code)!.cell, 4321);
    });
    const [problem] = at(r, 'checksum-mismatch');
    expect(problem!.message).toContain('ở 25 ô');
    expect(problem!.message.match(/→ 4\.321/gu)).toHaveLength(20);
    expect(problem!.message).toContain('và 5 ô khác');
  });

  it('a deleted model row is named by its column, with what it held', async () => {
    const r = await edited((book, l) => {
      const t = l.listTable()!;
      book.deleteRow(t.sheet, l.modelRows()[0]!);
    });
    const [problem] = at(r, 'checksum-mismatch');
    expect(problem!.message).toContain('(B01, một mô hình đã bị xóa): "');
    expect(problem!.message).toContain('→ (trống)');
  });

  it('an older export (no values kept) still says the figures were edited', async () => {
    const r = await edited((book, l) => {
      book.setNumber(l.valueOf('A01')!.cell, 160);
      const meta = book.sheet(META_SHEET_NAME);
      for (const row of meta.rows.values()) {
        const key = row.cells.get(1);
        if (book.text(key).startsWith(WRITTEN_FIELD_PREFIX)) book.clear(key!);
      }
    });
    const [problem] = at(r, 'checksum-mismatch');
    expect(problem!.message).toContain('khác với lúc xuất từ phần mềm (đã được sửa');
    expect(problem!.cell).toBeUndefined();
  });

  it('an untouched export has no checksum warning', async () => {
    expect(at(await edited(() => {}), 'checksum-mismatch')).toEqual([]);
  });
});
