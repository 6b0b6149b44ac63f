import { describe, expect, it } from 'vitest';
import { blankCountsOf } from '../../../shared/workbook/import-types';
import { COVER_LABELS } from '../../../shared/workbook/layout';
import { at, edited } from './edited';
import { sampleReport } from './fixtures';

/**
 * Issue 8's paths, one test each: what a clerk typed is read into the data, or named at its cell,
 * or the file is refused; never dropped or changed without a word.
 */

describe('1. a model typed over the column-code row', () => {
  it('is read as a model, with a warning naming the row; the codes left in other columns are not data', async () => {
    const data = sampleReport();
    data.models = [];
    const r = await edited((book, l) => {
      const t = l.listTable()!;
      book.setText(book.ensure(t.sheet, t.header + 1, t.columns.get('B01')!), 'Một cửa thân thiện');
      book.setText(book.ensure(t.sheet, t.header + 1, t.columns.get('B02')!), 'Mô hình');
    }, data);
    expect(r.data!.models.map((m) => m.values)).toEqual([{ B01: 'Một cửa thân thiện', B02: 'Mô hình' }]);
    expect(at(r, 'code-row-data')).toEqual([
      expect.objectContaining({ level: 'warning', sheet: 'B. Mô hình, sáng kiến', cell: 'B5' }),
    ]);
    expect(r.verdict).toBe('warnings');
  });

  it('an untouched code row is not a model', async () => {
    const r = await edited(() => {});
    expect(r.data!.models).toHaveLength(2);
    expect(at(r, 'code-row-data')).toEqual([]);
  });
});

describe("2. another unit's or period's template with the cover edited", () => {
  it.each([
    [COVER_LABELS.unitName, 'xã Tân Hộ Cơ', 'D12'],
    [COVER_LABELS.unitCode, 'TH02', 'D13'],
    [COVER_LABELS.period, 'Năm 2024', 'D14'],
  ])('"%s" changed to "%s" is refused, naming both', async (label, text, cell) => {
    const r = await edited((book, l) => book.setText(l.coverValue(label)!.cell, text));
    expect(r.verdict).toBe('refused');
    const [problem] = at(r, 'cover-mismatch');
    expect(problem).toMatchObject({ level: 'error', sheet: 'Bìa', cell });
    expect(problem!.message).toContain(text);
    expect(problem!.message).toContain('xã Thông Bình (TH03), Năm 2023');
  });

  it('the header "UBND XÃ …" and the sheets\' subtitles count too', async () => {
    const r = await edited((book) => {
      book.setText(book.ensure(book.sheets[0]!, 1, 1), 'UBND XÃ TÂN HỘ CƠ');
      book.setText(book.ensure(book.sheets[1]!, 2, 1), 'UBND XÃ TÂN HỘ CƠ — Năm 2023');
    });
    expect(at(r, 'cover-mismatch').map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      'Bìa!A1',
      'A. TTHC, hồ sơ!A2',
    ]);
  });

  it('the same name written another way is no mismatch', async () => {
    const r = await edited((book, l) =>
      book.setText(l.coverValue(COVER_LABELS.unitName)!.cell, 'UBND xã Thông  Bình'),
    );
    expect(at(r, 'cover-mismatch')).toEqual([]);
  });
});

describe('3. dates in counts', () => {
  it.each(['1/7', '1/7/2023'])('"%s" typed as text is refused at its cell, never a number', async (text) => {
    const r = await edited((book, l) => book.setText(l.valueOf('C01')!.cell, text));
    expect(r.problems).toContainEqual(
      expect.objectContaining({ level: 'error', sheet: 'C. Đào tạo, bồi dưỡng', cell: 'E5' }),
    );
    expect(r.data!.counts.C01 ?? null).toBeNull();
  });

  it('a date cell written by any program is refused at its cell', async () => {
    const r = await edited((book, l) =>
      book.setNumber(l.valueOf('C01')!.cell, 45108, book.addStyle({ date: true })),
    );
    expect(at(r, 'count-date')).toEqual([expect.objectContaining({ cell: 'E5', indicator: 'C01' })]);
    expect(r.data!.counts.C01 ?? null).toBeNull();
  });

  it('LibreOffice keeps the count format (45108 in a count cell): named as a date at its cell', async () => {
    const r = await edited((book, l) => book.setNumber(l.valueOf('C01')!.cell, 45108));
    expect(at(r, 'rule:C01-date-serial')).toEqual([
      expect.objectContaining({ level: 'warning', sheet: 'C. Đào tạo, bồi dưỡng', cell: 'E5' }),
    ]);
  });
});

describe('5. what else used to pass silently', () => {
  it('a blank count: one warning listing the cells, carried to completeness', async () => {
    const r = await edited((book, l) => {
      book.clear(l.valueOf('A05')!.cell);
      book.clear(l.valueOf('C02')!.cell);
    });
    const [problem] = at(r, 'counts-blank');
    expect(problem!.message).toContain(
      '2 chỉ tiêu chưa có số liệu — trang "A. TTHC, hồ sơ": A05 (ô E9); trang "C. Đào tạo, bồi dưỡng": C02 (ô E6).',
    );
    expect(blankCountsOf(r.problems)).toEqual(['A05', 'C02']);
  });

  it('cells merged over the figures column: refused, naming the range', async () => {
    let range = '';
    const r = await edited((book, l) => {
      const a08 = l.valueOf('A08')!;
      book.merge(a08.sheet, { top: a08.row, left: 5, bottom: a08.row + 1, right: 5 });
      range = `E${a08.row}:E${a08.row + 1}`;
    });
    expect(r.verdict).toBe('refused');
    expect(at(r, 'merged-input')).toEqual([
      expect.objectContaining({ sheet: 'A. TTHC, hồ sơ', cell: range }),
    ]);
  });

  it('a row with an unknown code ("A07a" = 77) is named at its cell', async () => {
    const r = await edited((book, l) => {
      const a07 = l.valueOf('A07')!;
      book.insertRow(a07.sheet, a07.row + 1);
      book.setText(book.ensure(a07.sheet, a07.row + 1, 2), 'A07a');
      book.setNumber(book.ensure(a07.sheet, a07.row + 1, 5), 77);
    });
    const [problem] = at(r, 'unknown-code');
    expect(problem).toMatchObject({ sheet: 'A. TTHC, hồ sơ', cell: 'E12' });
    expect(problem!.message).toContain('"A07a"');
    expect(problem!.message).toContain('"77"');
  });

  it('"16 84" is refused at its cell, not read as 1684', async () => {
    const r = await edited((book, l) => book.setText(l.valueOf('A03')!.cell, '16 84'));
    expect(r.problems).toContainEqual(
      expect.objectContaining({ level: 'error', cell: 'E7', indicator: 'A03' }),
    );
    expect(r.data!.counts.A03 ?? null).toBeNull();
  });

  it.each([
    ['TCVN3 by its characters', 'Hå s¬ trùc tuyÕn', undefined],
    ['TCVN3 by the .VnTime font', 'Hå s¬ trùc tuyÕn', '.VnTime'],
    ['VNI', 'Hoà sô tröïc tuyeán', 'VNI-Times'],
  ])('%s is converted, with a warning showing the text', async (_name, legacy, font) => {
    const r = await edited((book, l) =>
      book.setText(l.valueOf('E01')!.cell, legacy, font ? book.addStyle({ font }) : undefined),
    );
    expect(r.data!.texts.E01).toBe('Hồ sơ trực tuyến');
    const [problem] = at(r, 'legacy-text');
    expect(problem).toMatchObject({ level: 'warning', sheet: 'E. Tồn tại, kiến nghị', cell: 'E5' });
    expect(problem!.message).toContain('"Hồ sơ trực tuyến"');
  });

  it('names differing only by zero-width characters are the same name', async () => {
    const r = await edited((book, l) => {
      const t = l.listTable()!;
      const [first, second] = l.modelRows();
      const name = book.text(book.cell(t.sheet, first!, t.columns.get('B01')!));
      book.setText(book.cell(t.sheet, second!, t.columns.get('B01')!)!, name.replace(' ', '\u200b '));
    });
    expect(at(r, 'rule:B01-unique')).toHaveLength(1);
    expect(at(r, 'control-characters')).toEqual([expect.objectContaining({ cell: 'B7' })]);
  });
});
