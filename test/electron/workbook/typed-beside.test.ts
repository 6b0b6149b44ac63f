import { describe, expect, it } from 'vitest';
import { preparerIssues } from '../../../shared/rules/preparer';
import { COVER_LABELS } from '../../../shared/workbook/layout';
import { at, edited } from './edited';
import { sampleReport } from './fixtures';

/**
 * What a clerk types beside the figures once the sheet's protection is off (no password): in
 * "Ghi chú", "Tỷ lệ dạng số" or further right, over a rate's number, a text on a row without a
 * code, a long text widened over its row, an impossible preparer date. Each read or named at its cell.
 */

const SHEET_A = 'A. TTHC, hồ sơ';
const SHEET_E = 'E. Tồn tại, kiến nghị';

describe('a text on a row without a code', () => {
  it('is called a text (not a number) at its cell', async () => {
    const r = await edited((book, l) => {
      const a01 = l.valueOf('A01')!;
      book.setText(book.ensure(a01.sheet, 60, 5), 'Xã đã tổ chức tập huấn');
    });
    const [problem] = at(r, 'value-without-code');
    expect(problem).toMatchObject({ level: 'warning', sheet: SHEET_A, cell: 'E60' });
    expect(problem!.message).toContain('nội dung "Xã đã tổ chức tập huấn"');
    expect(problem!.message).not.toContain('số này');
  });
});

describe('beside the figures column on a row without a code', () => {
  it('a remark right of "Số liệu" and a figure in any column are named at their cells', async () => {
    const r = await edited((book, l) => {
      const a01 = l.valueOf('A01')!;
      book.setText(book.ensure(a01.sheet, 60, 6), 'Số liệu tạm tính');
      book.setNumber(book.ensure(a01.sheet, 61, 4), 42);
      book.setText(book.ensure(a01.sheet, 62, 3), 'Dòng ghi chú của xã');
    });
    const named = at(r, 'value-without-code');
    expect(named.map((p) => p.cell)).toEqual(['F60', 'D61']);
    expect(named[0]!.message).toContain('nội dung "Số liệu tạm tính"');
    expect(named[1]!.message).toContain('"42"');
    expect(named[1]!.message).toContain('số này không được tổng hợp');
  });
});

describe('many cells typed beside the table', () => {
  it('the first 20 are named, then how many more', async () => {
    const r = await edited((book, l) => {
      const a01 = l.valueOf('A01')!;
      for (let i = 0; i < 30; i++) book.setNumber(book.ensure(a01.sheet, 60 + i, 6), i + 1);
    });
    const named = at(r, 'value-without-code');
    expect(named).toHaveLength(21);
    expect(named[19]!.cell).toBe('F79');
    expect(named[20]!.message).toContain('còn 10 ô khác');
  });
});

describe('a long text widened over its row (E5:F5)', () => {
  it('is read whole, and nothing is refused', async () => {
    const r = await edited((book, l) => {
      const e01 = l.valueOf('E01')!;
      book.setText(e01.cell, 'Một tồn tại rất dài cần ô rộng hơn');
      book.merge(e01.sheet, { top: e01.row, left: 5, bottom: e01.row, right: 6 });
    });
    expect(r.data!.texts.E01).toBe('Một tồn tại rất dài cần ô rộng hơn');
    expect(at(r, 'merged-input')).toEqual([]);
    expect(r.verdict).not.toBe('refused');
  });

  it("a merge over the next row is still refused (that row's text would be lost)", async () => {
    const r = await edited((book, l) => {
      const e01 = l.valueOf('E01')!;
      book.merge(e01.sheet, { top: e01.row, left: 5, bottom: e01.row + 1, right: 6 });
    });
    expect(at(r, 'merged-input')).toEqual([expect.objectContaining({ sheet: SHEET_E, cell: 'E5:F6' })]);
    expect(r.verdict).toBe('refused');
  });
});

describe('a figure typed beside its cell', () => {
  it.each(['F', 'G', 'H'])(
    'in column %s of a count row: named there, with the cell it belongs in',
    async (col) => {
      const r = await edited((book, l) => {
        const a01 = l.valueOf('A01')!;
        book.setNumber(book.ensure(a01.sheet, a01.row, col.charCodeAt(0) - 64), 777);
      });
      const [problem] = at(r, 'value-outside-column');
      expect(problem).toMatchObject({ level: 'warning', sheet: SHEET_A, cell: `${col}5`, indicator: 'A01' });
      expect(problem!.message).toContain('"777"');
      expect(problem!.message).toContain('cột "Số liệu" (ô E5)');
      expect(r.data!.counts.A01).toBe(sampleReport().counts.A01);
    },
  );

  it('with the figures cell blank: named at G5, not listed as blank at E5', async () => {
    const r = await edited((book, l) => {
      const a01 = l.valueOf('A01')!;
      book.clear(a01.cell);
      book.setNumber(book.ensure(a01.sheet, a01.row, 7), 777);
    });
    expect(at(r, 'value-outside-column')).toEqual([expect.objectContaining({ cell: 'G5' })]);
    expect(at(r, 'counts-blank')).toEqual([]);
    expect(r.data!.counts.A01 ?? null).toBeNull();
  });

  it('a note typed in "Ghi chú" of a count row: said not to be read', async () => {
    const r = await edited((book, l) => {
      const a01 = l.valueOf('A01')!;
      book.setText(book.ensure(a01.sheet, a01.row, 6), 'Số tạm tính');
    });
    expect(at(r, 'note-not-read')).toEqual([expect.objectContaining({ sheet: SHEET_A, cell: 'F5' })]);
  });

  it("the rate's number (G12) typed over: the same warning as its text typed over", async () => {
    const r = await edited((book, l) => {
      const r01 = l.valueOf('R01')!;
      book.setNumber(book.ensure(r01.sheet, r01.row, 7), 0.5);
    });
    const [problem] = at(r, 'computed-overwritten');
    expect(problem).toMatchObject({ level: 'warning', sheet: SHEET_A, cell: 'G12', indicator: 'R01' });
    expect(problem!.message).toContain('ghi đè bằng "50%"');
  });

  it('an untouched export names none of these', async () => {
    const r = await edited(() => {});
    const kinds = r.problems.map((p) => p.kind);
    for (const kind of ['value-outside-column', 'note-not-read', 'computed-overwritten', 'preparer-date']) {
      expect(kinds).not.toContain(kind);
    }
  });
});

describe('the preparer date on the cover', () => {
  it('"31/02/2026" is refused at its cell with the app\'s own words', async () => {
    let cell = '';
    const r = await edited((book, l) => {
      const date = l.coverValue(COVER_LABELS.preparedOn)!;
      book.setText(date.cell, '31/02/2026');
      cell = `${String.fromCharCode(64 + date.cell.col)}${date.cell.row}`;
    });
    const [problem] = at(r, 'preparer-date');
    const [expected] = preparerIssues({ ...sampleReport().preparer, preparedOn: '31/02/2026' });
    expect(problem).toMatchObject({ level: 'error', sheet: 'Bìa', cell });
    expect(problem!.message).toContain(expected!.message);
    expect(r.verdict).toBe('refused');
  });
});
