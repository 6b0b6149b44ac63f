/**
 * The edits clerks make to a filled workbook in Excel or LibreOffice, each with what the clerk meant:
 * the figures the district should then hold (`apply`), or "no figure can say this" (`mustFlag`: a
 * problem has to name one of the cells touched, or the file is refused).
 */
import { DEFAULT_UNITS } from '../../../shared/domain/units';
import { DATE_SERIAL_RANGE } from '../../../shared/rules/plausibility';
import { countIndicators, textIndicators, type FormTemplate } from '../../../shared/template';
import {
  CODE_HEADER,
  COVER_LABELS,
  MODEL_ROW_ID_HEADER,
  VALUE_HEADER,
} from '../../../shared/workbook/layout';
import { TCVN3_WORDS, VNI_LOOKS_UNICODE, VNI_WORDS } from './legacy-words';
import type { Book, Cell, Sheet } from './book';

/** The data a file should yield, models without their ids (a new row's id is the reader's choice). */
export interface Expected {
  counts: Record<string, number | null>;
  texts: Record<string, string>;
  models: Record<string, string>[];
  preparer: Record<string, string>;
}

export interface Intent {
  kind: string;
  /** The cells edited; without a cell, any problem on that sheet names it (a copied sheet). */
  touched: { sheet: Sheet; cell?: Cell }[];
  /** Nothing in the data can say what the clerk did: it must be named, or the file refused. */
  mustFlag?: boolean;
  apply?(expected: Expected): void;
  /** Data keys this edit leaves undecided ("counts.A05"). */
  wildcard?: string[];
}

export type Random = () => number;
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));

const WORDS = [
  'hồ sơ',
  'trực tuyến',
  'một cửa',
  'dịch vụ công',
  'ứng dụng',
  'mã QR',
  'số hóa',
  'người dân',
  'tiếp nhận',
  'giải quyết',
  'đúng hạn',
  'xã',
  'cải cách',
  'hành chính',
  'Zalo',
  'tổ công nghệ số',
];
const sentence = (rnd: Random) =>
  Array.from({ length: int(rnd, 2, 7) }, () => pick(rnd, WORDS))
    .join(' ')
    .replace(/^./u, (c) => c.toLocaleUpperCase('vi'));

/** Where things are in the book, found by the header words as the reader finds them. */
export class Layout {
  constructor(
    readonly book: Book,
    readonly template: FormTemplate,
  ) {}

  indicatorSheets(): { sheet: Sheet; header: number; codeCol: number; valueCol: number }[] {
    const found = [];
    for (const sheet of this.book.sheets) {
      for (const [r, row] of sheet.rows) {
        const cols = [...row.cells.values()];
        const code = cols.find((c) => this.book.text(c) === CODE_HEADER);
        const value = cols.find((c) => this.book.text(c) === VALUE_HEADER);
        if (code && value) found.push({ sheet, header: r, codeCol: code.col, valueCol: value.col });
      }
    }
    return found;
  }

  /** The value cell of an indicator code (made if empty), with its sheet. */
  valueOf(code: string): { sheet: Sheet; cell: Cell; row: number } | undefined {
    for (const t of this.indicatorSheets()) {
      for (const [r] of t.sheet.rows) {
        if (r > t.header && this.book.text(this.book.cell(t.sheet, r, t.codeCol)).trim() === code) {
          return { sheet: t.sheet, cell: this.book.ensure(t.sheet, r, t.valueCol), row: r };
        }
      }
    }
    return undefined;
  }

  listTable(): { sheet: Sheet; header: number; columns: Map<string, number>; idCol: number } | undefined {
    const section = this.template.sections.find((s) => s.kind === 'list');
    if (!section || section.kind !== 'list') return undefined;
    for (const sheet of this.book.sheets) {
      for (const [r, row] of sheet.rows) {
        const cells = [...row.cells.values()];
        if (!cells.some((c) => this.book.text(c) === section.columns[0]!.label)) continue;
        const columns = new Map<string, number>();
        for (const col of section.columns) {
          const cell = cells.find((c) => this.book.text(c) === col.label);
          if (cell) columns.set(col.code, cell.col);
        }
        const idCol = cells.find((c) => this.book.text(c) === MODEL_ROW_ID_HEADER)?.col ?? 0;
        return { sheet, header: r, columns, idCol };
      }
    }
    return undefined;
  }

  /** Rows of the list holding a model (any value in a list column), in order. */
  modelRows(): number[] {
    const t = this.listTable();
    if (!t) return [];
    const values = (r: number) =>
      [...t.columns].map(
        ([code, c]) => [code, this.book.text(this.book.cell(t.sheet, r, c)).trim()] as const,
      );
    return [...t.sheet.rows.keys()]
      .filter((r) => r > t.header)
      .filter((r) => values(r).some(([code, v]) => v && v !== code))
      .sort((a, b) => a - b);
  }

  coverValue(label: string): { sheet: Sheet; cell: Cell } | undefined {
    for (const sheet of this.book.sheets) {
      for (const row of sheet.rows.values()) {
        for (const c of row.cells.values()) {
          if (this.book.text(c) !== label) continue;
          for (let col = c.col + 1; col <= c.col + 6; col++) {
            const v = this.book.cell(sheet, c.row, col);
            if (v?.inner) return { sheet, cell: v };
          }
          return { sheet, cell: this.book.ensure(sheet, c.row, c.col + 2) };
        }
      }
    }
    return undefined;
  }
}

type Mutation = (l: Layout, rnd: Random) => Intent | undefined;

function countCell(l: Layout, rnd: Random, filter: (max: number) => boolean = () => true) {
  const counts = countIndicators(l.template).filter((c) => filter(c.plausibleMax ?? Infinity));
  const c = pick(rnd, counts);
  const at = l.valueOf(c.code);
  return at && { ...at, code: c.code, max: c.plausibleMax ?? 1000 };
}

const typeCount: Mutation = (l, rnd) => {
  const at = countCell(l, rnd);
  if (!at) return undefined;
  // Mostly a correction near the figure there; sometimes any number.
  const before = Number(l.book.text(at.cell)) || 0;
  const value =
    rnd() < 0.7
      ? Math.max(0, before + int(rnd, -Math.ceil(before / 20), 0))
      : int(rnd, 0, Math.min(at.max, 3000));
  const asText = rnd() < 0.3;
  if (asText) l.book.setText(at.cell, value.toLocaleString('de-DE'));
  else l.book.setNumber(at.cell, value);
  return {
    kind: asText ? 'count-typed-as-text' : 'count-typed',
    touched: [at],
    apply: (e) => (e.counts[at.code] = value),
  };
};

const blankCount: Mutation = (l, rnd) => {
  const at = countCell(l, rnd);
  if (!at) return undefined;
  l.book.clear(at.cell);
  return { kind: 'count-blanked', touched: [at], apply: (e) => (e.counts[at.code] = null) };
};

const spaceInsideCount: Mutation = (l, rnd) => {
  const at = countCell(l, rnd);
  if (!at) return undefined;
  l.book.setText(at.cell, `${int(rnd, 1, 99)} ${int(rnd, 1, 99)}`);
  return { kind: 'count-space-inside', touched: [at], mustFlag: true, wildcard: [`counts.${at.code}`] };
};

const dateInCount: Mutation = (l, rnd) => {
  const how = pick(rnd, ['excel-date-cell', 'libreoffice-serial', 'typed-text'] as const);
  // LibreOffice keeps the count format: only the size of the number tells it from a count, so only
  // counts kept below the date serials can show it (D05-D07 of a district body legitimately reach them).
  const at = countCell(
    l,
    rnd,
    how === 'libreoffice-serial' ? (max) => max < DATE_SERIAL_RANGE.min : undefined,
  );
  if (!at) return undefined;
  const serial = int(rnd, 44_927, 46_387); // 2023-2026
  if (how === 'excel-date-cell') l.book.setNumber(at.cell, serial, l.book.addStyle({ date: true }));
  else if (how === 'libreoffice-serial') l.book.setNumber(at.cell, serial);
  else l.book.setText(at.cell, pick(rnd, ['1/7', '1/7/2023', '15/12/2023', '2023-07-01']));
  return { kind: `count-date:${how}`, touched: [at], mustFlag: true, wildcard: [`counts.${at.code}`] };
};

const typeText: Mutation = (l, rnd) => {
  const t = pick(rnd, textIndicators(l.template));
  const at = l.valueOf(t.code);
  if (!at) return undefined;
  const kind = pick(rnd, ['unicode', 'tcvn3', 'tcvn3-font', 'vni', 'vni-font', 'zero-width'] as const);
  let typed: string;
  let meant: string;
  if (kind === 'unicode' || kind === 'zero-width') {
    meant = sentence(rnd);
    typed = kind === 'zero-width' ? meant.replace(' ', ' \u200b') + '\ufeff' : meant;
    l.book.setText(at.cell, typed);
  } else {
    // Without its font, VNI made only of Unicode-looking letters ("Thoâng") is Unicode to anyone.
    const words = kind.startsWith('tcvn3')
      ? TCVN3_WORDS
      : VNI_WORDS.filter(([w]) => kind === 'vni-font' || !VNI_LOOKS_UNICODE.includes(w));
    const [legacy, unicode] = pick(rnd, words);
    meant = unicode;
    const font = kind === 'tcvn3-font' ? '.VnTime' : kind === 'vni-font' ? 'VNI-Times' : undefined;
    l.book.setText(at.cell, legacy, font ? l.book.addStyle({ font }) : undefined);
  }
  return { kind: `text:${kind}`, touched: [at], apply: (e) => (e.texts[t.code] = meant) };
};

const unknownCodeRow: Mutation = (l, rnd) => {
  const t = pick(rnd, l.indicatorSheets());
  const rows = [...t.sheet.rows.keys()].filter((r) => r > t.header).sort((a, b) => a - b);
  const at = pick(rnd, rows) + 1;
  l.book.insertRow(t.sheet, at);
  const withCode = rnd() < 0.6;
  if (withCode)
    l.book.setText(l.book.ensure(t.sheet, at, t.codeCol), pick(rnd, ['A07a', 'A23', 'C1', 'X01']));
  const value = l.book.ensure(t.sheet, at, t.valueCol);
  l.book.setNumber(value, int(rnd, 1, 500));
  return {
    kind: withCode ? 'row-unknown-code' : 'row-value-without-code',
    touched: [{ sheet: t.sheet, cell: value }],
    mustFlag: true,
  };
};

/** Typing over what the form wrote (STT, label, unit, a total): not data, nothing to lose. */
const typeOverFormText: Mutation = (l, rnd) => {
  const t = pick(rnd, l.indicatorSheets());
  const rows = [...t.sheet.rows.keys()].filter((r) => r > t.header);
  const row = pick(rnd, rows);
  const col = pick(rnd, [1, t.codeCol + 1, t.valueCol - 1]);
  const cell = l.book.ensure(t.sheet, row, col);
  l.book.setText(cell, pick(rnd, ['Hồ sơ', '12', 'lượt', 'x']));
  return { kind: 'typed-over-form-text', touched: [{ sheet: t.sheet, cell }] };
};

/** A code edited ("A05" → "A5", or another code): the figure on that row is then no indicator's. */
const typeOverCode: Mutation = (l, rnd) => {
  const t = pick(rnd, l.indicatorSheets());
  const rows = [...t.sheet.rows.keys()].filter((r) => r > t.header);
  const row = pick(rnd, rows);
  const code = l.book.cell(t.sheet, row, t.codeCol);
  const value = l.book.cell(t.sheet, row, t.valueCol);
  const was = l.book.text(code);
  if (!code || !value?.inner || !/^[A-Z]\d\d$/u.test(was)) return undefined;
  l.book.setText(
    code,
    pick(
      rnd,
      [was.replace('0', ''), `${was}a`, 'A01', 'C01'].filter((c) => c !== was),
    ),
  );
  return {
    kind: 'code-edited',
    touched: [
      { sheet: t.sheet, cell: value },
      { sheet: t.sheet, cell: code },
    ],
    mustFlag: true,
    wildcard: ['counts', 'texts'],
  };
};

/** A number typed over a total or a rate (the formula gone): the total is recomputed, and said so. */
const typeOverTotal: Mutation = (l, rnd) => {
  const computed = l.template.sections.flatMap((s) =>
    s.kind === 'indicators' ? s.indicators.filter((i) => i.kind === 'total' || i.kind === 'rate') : [],
  );
  const at = l.valueOf(pick(rnd, computed).code);
  if (!at) return undefined;
  l.book.setNumber(at.cell, int(rnd, 0, 5000));
  return { kind: 'typed-over-total', touched: [at] };
};

const insertEmptyRow: Mutation = (l, rnd) => {
  const sheet = pick(
    rnd,
    l.book.sheets.filter((s) => s.state === 'visible'),
  );
  const rows = [...sheet.rows.keys()];
  if (!rows.length) return undefined;
  l.book.insertRow(sheet, int(rnd, 1, Math.max(...rows) + 1));
  return { kind: 'row-inserted-empty', touched: [] };
};

const deleteIndicatorRow: Mutation = (l, rnd) => {
  const t = pick(rnd, l.indicatorSheets());
  const rows = [...t.sheet.rows.keys()].filter((r) => r > t.header);
  const r = pick(rnd, rows);
  const code = l.book.text(l.book.cell(t.sheet, r, t.codeCol)).trim();
  const cell = l.book.ensure(t.sheet, r - 1, t.codeCol);
  l.book.deleteRow(t.sheet, r);
  const counted = [...countIndicators(l.template), ...textIndicators(l.template)].some(
    (i) => i.code === code,
  );
  // Deleting the row of a typed figure loses it: the reader must say the row is missing.
  return counted
    ? { kind: 'row-deleted-input', touched: [{ sheet: t.sheet, cell }], mustFlag: true }
    : { kind: 'row-deleted-other', touched: [] };
};

const mergeOverFigures: Mutation = (l, rnd) => {
  const at = countCell(l, rnd);
  if (!at) return undefined;
  const vertical = rnd() < 0.6;
  const range = vertical
    ? { top: at.row, left: at.cell.col, bottom: at.row + 1, right: at.cell.col }
    : { top: at.row, left: at.cell.col - 1, bottom: at.row, right: at.cell.col };
  const below = l.book.ensure(at.sheet, at.row + 1, at.cell.col);
  l.book.merge(at.sheet, range);
  return {
    kind: vertical ? 'merge-figures-down' : 'merge-unit-and-figure',
    touched: [at, { sheet: at.sheet, cell: below }],
    mustFlag: true,
    wildcard: ['counts'],
  };
};

/**
 * A figure typed beside its cell (unprotected sheet): in "Ghi chú", "Tỷ lệ dạng số" or further
 * right, sometimes with the figures cell cleared. Only the "Số liệu" cell is read: named or lost.
 */
const typeBeside: Mutation = (l, rnd) => {
  const at = countCell(l, rnd);
  if (!at) return undefined;
  const cleared = rnd() < 0.4;
  if (cleared) l.book.clear(at.cell);
  const cell = l.book.ensure(at.sheet, at.row, at.cell.col + int(rnd, 1, 3));
  l.book.setNumber(cell, int(rnd, 1, 500));
  return {
    kind: cleared ? 'count-moved-beside' : 'count-typed-beside',
    touched: [{ sheet: at.sheet, cell }],
    mustFlag: true,
    apply: (e) => void (cleared && (e.counts[at.code] = null)),
  };
};

/** A figures cell widened over its own row (E:F or E:G), to show a long number or text: nothing lost. */
const widenFigure: Mutation = (l, rnd) => {
  const at = countCell(l, rnd);
  if (!at) return undefined;
  const right = at.cell.col + int(rnd, 1, 2);
  l.book.merge(at.sheet, { top: at.row, left: at.cell.col, bottom: at.row, right });
  return { kind: 'merge-widen-figure', touched: [at] };
};

/** The preparer's date typed on the cover: a real one is read; an impossible one must be named. */
const typePreparerDate: Mutation = (l, rnd) => {
  const at = l.coverValue(COVER_LABELS.preparedOn);
  if (!at) return undefined;
  const [text, real] = pick(rnd, [
    ['15/12/2023', true],
    ['31/02/2026', false],
    ['30/02/2024', false],
    ['12/13/2023', false],
  ] as const);
  l.book.setText(at.cell, text);
  return real
    ? { kind: 'cover-preparer-date', touched: [at], apply: (e) => (e.preparer.preparedOn = text) }
    : { kind: 'cover-preparer-date-impossible', touched: [at], mustFlag: true, wildcard: ['preparer'] };
};

const editModel: Mutation = (l, rnd) => {
  const t = l.listTable();
  const rows = l.modelRows();
  if (!t || !rows.length) return undefined;
  const index = int(rnd, 0, rows.length - 1);
  const how = pick(rnd, ['rename', 'zero-width', 'tcvn3', 'blank-name', 'delete-row'] as const);
  const cell = l.book.ensure(t.sheet, rows[index]!, t.columns.get('B01')!);
  if (how === 'delete-row') {
    l.book.deleteRow(t.sheet, rows[index]!);
    return { kind: 'model-row-deleted', touched: [], apply: (e) => void e.models.splice(index, 1) };
  }
  if (how === 'blank-name') {
    l.book.clear(cell);
    return {
      kind: 'model-name-blanked',
      touched: [{ sheet: t.sheet, cell }],
      apply: (e) => void delete e.models[index]!.B01,
    };
  }
  let name = `${sentence(rnd)} ${int(rnd, 1, 999)}`;
  let typed = name;
  if (how === 'zero-width') typed = '\u200b' + name.replace(' ', '\u200d ');
  if (how === 'tcvn3') [typed, name] = pick(rnd, TCVN3_WORDS);
  l.book.setText(cell, typed);
  return {
    kind: `model-${how}`,
    touched: [{ sheet: t.sheet, cell }],
    apply: (e) => (e.models[index]!.B01 = name),
  };
};

const addModel: Mutation = (l, rnd) => {
  const t = l.listTable();
  if (!t) return undefined;
  const rows = l.modelRows();
  const where = pick(rnd, ['over-code-row', 'after-last', 'between'] as const);
  const overCodeRow = where === 'over-code-row';
  let row = overCodeRow ? t.header + 1 : (rows.length ? Math.max(...rows) : t.header + 1) + 1;
  let index = overCodeRow ? 0 : rows.length;
  if (where === 'between' && rows.length >= 2) {
    // "Insert row" between two models, then type the new one there.
    index = int(rnd, 1, rows.length - 1);
    row = rows[index]!;
    l.book.insertRow(t.sheet, row);
  }
  const values: Record<string, string> = { B01: `${sentence(rnd)} ${int(rnd, 1, 999)}` };
  if (rnd() < 0.5) values.B02 = pick(rnd, ['Mô hình', 'Sáng kiến', 'Giải pháp']);
  if (rnd() < 0.5) values.B03 = 'Cải cách thủ tục hành chính';
  const touched = [];
  for (const [code, text] of Object.entries(values)) {
    const cell = l.book.ensure(t.sheet, row, t.columns.get(code)!);
    l.book.setText(cell, text);
    touched.push({ sheet: t.sheet, cell });
  }
  // Over the code row, the codes of the columns left alone (B04…B07) are still there: not data.
  const meant = { ...values };
  return {
    kind: overCodeRow ? 'model-typed-over-code-row' : where === 'between' ? 'model-inserted' : 'model-added',
    touched,
    apply: (e) => void e.models.splice(index, 0, meant),
  };
};

const editCover: Mutation = (l, rnd) => {
  const how = pick(rnd, ['unit-name', 'unit-code', 'period', 'preparer', 'title'] as const);
  const other = pick(
    rnd,
    DEFAULT_UNITS.filter((u) => u.code !== 'TH03'),
  );
  if (how === 'preparer') {
    const at = l.coverValue(COVER_LABELS.preparerName);
    if (!at) return undefined;
    // Typed, or pasted from an old VNI document ("Traàn Vaên Bình").
    const [typed, name] = pick(rnd, [
      ['Trần Văn Bình', 'Trần Văn Bình'],
      ['Lê Thị Thu', 'Lê Thị Thu'],
      ['Nguyeãn Vaên Baûo', 'Nguyễn Văn Bảo'],
      ['Ph¹m Minh §øc', 'Phạm Minh Đức'],
    ] as const);
    l.book.setText(at.cell, typed);
    return { kind: 'cover-preparer', touched: [at], apply: (e) => (e.preparer.name = name) };
  }
  const label =
    how === 'unit-name'
      ? COVER_LABELS.unitName
      : how === 'unit-code'
        ? COVER_LABELS.unitCode
        : COVER_LABELS.period;
  const at =
    how === 'title'
      ? { sheet: l.book.sheets[0]!, cell: l.book.ensure(l.book.sheets[0]!, 1, 1) }
      : l.coverValue(label);
  if (!at) return undefined;
  const text =
    how === 'unit-name'
      ? other.name
      : how === 'unit-code'
        ? other.code
        : how === 'period'
          ? pick(rnd, ['Năm 2024', 'Năm 2022', '6 tháng đầu năm 2023'])
          : `UBND ${other.name.toLocaleUpperCase('vi')}`;
  l.book.setText(at.cell, text);
  return { kind: `cover-${how}`, touched: [at], mustFlag: true };
};

const sheetOps: Mutation = (l, rnd) => {
  const visible = l.book.sheets.filter((s) => s.state === 'visible');
  const sheet = pick(rnd, visible);
  if (rnd() < 0.5) {
    l.book.rename(sheet, `${sheet.name.slice(0, 20)} (sửa)`);
    return { kind: 'sheet-renamed', touched: [] };
  }
  const copy = l.book.copy(sheet, `${sheet.name.slice(0, 24)} (2)`);
  // A copied sheet of figures holds every code twice: which one counts must be asked.
  const figures = l.indicatorSheets().some((t) => t.sheet === sheet);
  return figures
    ? { kind: 'sheet-copied-figures', touched: [{ sheet: copy }], mustFlag: true, wildcard: ['*'] }
    : { kind: 'sheet-copied-other', touched: [] };
};

/** Each edit with how often clerks make it (roughly). */
export const MUTATIONS: [Mutation, number][] = [
  [typeCount, 6],
  [blankCount, 3],
  [spaceInsideCount, 2],
  [dateInCount, 3],
  [typeText, 3],
  [unknownCodeRow, 2],
  [insertEmptyRow, 2],
  [typeOverFormText, 1],
  [typeOverCode, 1],
  [typeOverTotal, 1],
  [deleteIndicatorRow, 1],
  [mergeOverFigures, 2],
  [typeBeside, 2],
  [widenFigure, 1],
  [typePreparerDate, 1],
  [editModel, 3],
  [addModel, 3],
  [editCover, 3],
  [sheetOps, 1],
];

export function randomMutation(rnd: Random): Mutation {
  const total = MUTATIONS.reduce((a, [, w]) => a + w, 0);
  let x = rnd() * total;
  for (const [m, w] of MUTATIONS) if ((x -= w) < 0) return m;
  return MUTATIONS[0]![0];
}
