/**
 * The merged workbook the district signs: built from the template and a MergedReport, never from a
 * hand-kept layout. Totals and rates are live Excel formulas with their values cached, so the file
 * shows the right figures when opened and stays right if someone corrects a unit's figure in
 * "Theo đơn vị": the level columns of "Tổng hợp" sum that sheet with SUMIF, and every rate is
 * computed from the counts in its own column (never an average of rates).
 *
 * Written with the small sheet writer (sheet-writer.ts), since a country-sized merge has hundreds
 * of thousands of cells.
 */
import { periodName } from '../../shared/domain/periods';
import { UNIT_LEVEL_NAMES } from '../../shared/domain/units';
import { formatDate, fromJsDate } from '../../shared/format/dates';
import { formatRate, ratePercent } from '../../shared/format/numbers';
import { districtMessages, mergedWorkbookText as T } from '../../shared/i18n/vi/district';
import type { Completeness, CompletenessFile } from '../../shared/merge/completeness';
import type { MergedReport } from '../../shared/merge/merge';
import {
  allIndicators,
  indicatorSections,
  listSection,
  textIndicators,
  type FormTemplate,
  type Indicator,
  type RateIndicator,
} from '../../shared/template';
import { COUNT_NUMBER_FORMAT, WORKBOOK_FONT } from '../../shared/workbook/layout';
import { WorkbookBuilder, type CellStyle, type CellValue, type SheetBuilder } from './sheet-writer';
import { columnLetter, percentTextFormula, quoteSheet } from './formulas';
import { lineHeight, rowHeightFor, type WrappedText } from './row-height';

export interface MergedWorkbookInput {
  template: FormTemplate;
  merged: MergedReport;
  completeness: Completeness;
  generatedAt: Date;
  appVersion: string;
  /** The files merged, for the metadata sheet. */
  sources: { unitCode: string; fileName: string; sha256: string; revision: number | null }[];
}

/** The template section listed unit by unit on "Đào tạo, bồi dưỡng". */
const TRAINING_SECTION_ID = 'C';

type NumericIndicator = Exclude<Indicator, { kind: 'text' }>;

const HEADER: CellStyle = {
  bold: true,
  wrap: true,
  horizontal: 'center',
  vertical: 'center',
  border: true,
  fill: 'FFE8EEF7',
};
const TEXT: CellStyle = { border: true, vertical: 'top', wrap: true };
const PLAIN: CellStyle = { border: true, vertical: 'top' };
const COUNT: CellStyle = { border: true, vertical: 'top', numFmt: COUNT_NUMBER_FORMAT };
const RATE: CellStyle = { border: true, vertical: 'top', horizontal: 'right' };
const BOLD = new Map<CellStyle, CellStyle>();
/** The bold variant of a style, one object per style (the writer caches styles by object). */
const bold = (s: CellStyle): CellStyle => {
  let b = BOLD.get(s);
  if (!b) BOLD.set(s, (b = { ...s, bold: true }));
  return b;
};

function numericIndicators(template: FormTemplate): NumericIndicator[] {
  return allIndicators(template).filter((i): i is NumericIndicator => i.kind !== 'text');
}

/** The cached value Excel itself computes for a rate formula (blank cells count as 0). */
function cachedRate(rate: RateIndicator, value: (code: string) => number): string {
  const numerator = rate.numerator.reduce((a, c) => a + value(c), 0);
  const denominator = rate.denominator.reduce((a, c) => a + value(c), 0);
  return formatRate(ratePercent(numerator, denominator));
}

/** A rate as Vietnamese text (`percentTextFormula`), as in the unit workbook. */
function rateFormula(rate: RateIndicator, ref: (code: string) => string): string {
  return percentTextFormula(
    `SUM(${rate.numerator.map(ref).join(',')})`,
    `SUM(${rate.denominator.map(ref).join(',')})`,
  );
}

/** Title lines across the top, merged over the table's width. */
function title(ws: SheetBuilder, lines: string[], width: number) {
  lines.forEach((text, i) => {
    ws.set(i + 1, 1, text, {
      bold: i === 0,
      italic: i > 0,
      size: i === 0 ? 14 : 12,
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
    });
    ws.merge(i + 1, 1, i + 1, Math.max(width, 1));
  });
}

function tableHeader(ws: SheetBuilder, row: number, values: string[]) {
  ws.setRow(row, values, HEADER);
  ws.frozen = { rows: row, cols: 0 };
  ws.printTitleRow = row;
}

function fileNote(files: CompletenessFile[]): string {
  return files
    .map(
      (f) =>
        `${f.fileName}: ` +
        f.problems
          .filter((p) => p.level === 'error')
          .map((p) => {
            // The reader's messages usually name the place already; add it only when they do not.
            const place = districtMessages.problemPlace(p);
            return place && !(p.cell && p.message.includes(p.cell)) ? `${place}: ${p.message}` : p.message;
          })
          .join(' '),
    )
    .join('\n');
}

const shownDate = (iso: string) => formatDate(fromJsDate(new Date(iso)));

/**
 * Gives a row the height its wrapped texts need when that is more than one line (LibreOffice does
 * not grow rows when it opens a file: long names and narratives printed over the next row).
 */
function fitRow(ws: SheetBuilder, row: number, texts: WrappedText[]) {
  const height = rowHeightFor(texts);
  if (height > lineHeight() + 4.5) ws.heights.set(row, height);
}

export async function writeMergedWorkbook(input: MergedWorkbookInput): Promise<Buffer> {
  const { template, merged, completeness } = input;
  const wb = new WorkbookBuilder({ name: WORKBOOK_FONT, size: 12 }, 'Báo cáo CCHC');
  const numeric = numericIndicators(template);
  const levels = merged.levels;
  const unitCount = merged.units.length;
  const titleLines = [
    T.title(periodName(merged.period)),
    T.subtitle(unitCount, completeness.counts.expected),
    T.generatedAt(formatDate(fromJsDate(input.generatedAt))),
  ];
  const summary = wb.addSheet(T.sheets.summary);
  const byUnit = wb.addSheet(T.sheets.byUnit);

  // ---- Theo đơn vị: units × indicators, a total row -----------------------------------------
  const fixed = [T.index, T.unitCode, T.unitName, T.level, T.revision];
  const firstIndicatorColumn = fixed.length + 1;
  const columnOf = new Map(numeric.map((ind, i) => [ind.code, firstIndicatorColumn + i]));
  const letterOf = (code: string) => columnLetter(columnOf.get(code)!);
  const headerRowU = titleLines.length + 2;
  const labelRowU = headerRowU + 1;
  title(byUnit, titleLines, Math.min(fixed.length + numeric.length, 12));
  byUnit.setRow(headerRowU, [...fixed, ...numeric.map((i) => i.code)], HEADER);
  byUnit.setRow(labelRowU, [...fixed.map(() => ''), ...numeric.map((i) => i.label)], HEADER);
  for (let c = 1; c <= fixed.length; c++) byUnit.merge(headerRowU, c, labelRowU, c);
  const firstUnitRow = labelRowU + 1;
  const lastUnitRow = firstUnitRow + unitCount - 1;
  const totalRowU = lastUnitRow + 1;

  const writeIndicatorCells = (
    row: number,
    value: (code: string) => number | null,
    countCell: (ind: NumericIndicator) => CellValue,
    emphasis: boolean,
  ) => {
    const ref = (code: string) => `${letterOf(code)}${row}`;
    const zero = (code: string) => value(code) ?? 0;
    const style = (s: CellStyle) => (emphasis ? bold(s) : s);
    for (const ind of numeric) {
      const col = columnOf.get(ind.code)!;
      if (ind.kind === 'count') byUnit.set(row, col, countCell(ind), style(COUNT));
      else if (ind.kind === 'total') {
        byUnit.set(
          row,
          col,
          { formula: ind.sumOf.map(ref).join('+'), result: ind.sumOf.reduce((a, c) => a + zero(c), 0) },
          style(COUNT),
        );
      } else {
        byUnit.set(row, col, { formula: rateFormula(ind, ref), result: cachedRate(ind, zero) }, style(RATE));
      }
    }
  };

  merged.units.forEach((u, i) => {
    const row = firstUnitRow + i;
    byUnit.setRow(
      row,
      [
        i + 1,
        u.unit.code,
        u.unit.name,
        UNIT_LEVEL_NAMES[u.unit.level],
        u.revision === null ? null : districtMessages.revisionName(u.revision),
      ],
      PLAIN,
    );
    writeIndicatorCells(
      row,
      (code) => u.figures[code] ?? null,
      (ind) => u.figures[ind.code] ?? null,
      false,
    );
  });
  byUnit.setRow(totalRowU, [null, null, T.totalRow, null, null], bold(PLAIN));
  writeIndicatorCells(
    totalRowU,
    (code) => merged.figures[code] ?? null,
    (ind) =>
      unitCount > 0
        ? {
            formula: `SUM(${letterOf(ind.code)}${firstUnitRow}:${letterOf(ind.code)}${lastUnitRow})`,
            result: merged.figures[ind.code] ?? 0,
          }
        : 0,
    true,
  );
  [5, 10, 28, 11, 9].forEach((w, i) => byUnit.widths.set(i + 1, w));
  for (const col of columnOf.values()) byUnit.widths.set(col, 12);
  byUnit.heights.set(labelRowU, 90);
  byUnit.frozen = { rows: labelRowU, cols: 3 };
  byUnit.printTitleRow = headerRowU;

  // ---- Tổng hợp: one row per code, total and one column per level ----------------------------
  const headerRowS = titleLines.length + 2;
  title(summary, titleLines, 4 + levels.length);
  tableHeader(summary, headerRowS, [
    T.code,
    T.indicator,
    T.unitOfMeasure,
    T.total,
    ...levels.map((l) => l.name),
  ]);
  const summaryRowOf = new Map<string, number>();
  let r = headerRowS + 1;
  for (const section of indicatorSections(template)) {
    const inds = section.indicators.filter((i): i is NumericIndicator => i.kind !== 'text');
    if (!inds.length) continue;
    summary.set(r, 1, section.title, bold(PLAIN));
    for (let c = 2; c <= 4 + levels.length; c++) summary.set(r, c, null, PLAIN);
    summary.merge(r, 1, r, 4 + levels.length);
    r++;
    for (const ind of inds) summaryRowOf.set(ind.code, r++);
  }
  const unitSheet = quoteSheet(T.sheets.byUnit);
  const unitRows = (letter: string, absolute: boolean) =>
    `${unitSheet}!${absolute ? '$' : ''}${letter}$${firstUnitRow}:${absolute ? '$' : ''}${letter}$${Math.max(lastUnitRow, firstUnitRow)}`;
  const columns = [
    { col: 4, figures: merged.figures, level: null as null | (typeof levels)[number] },
    ...levels.map((l, i) => ({ col: 5 + i, figures: l.figures, level: l })),
  ];
  for (const ind of numeric) {
    const row = summaryRowOf.get(ind.code)!;
    summary.setRow(row, [ind.code, ind.label, ind.kind === 'rate' ? T.percent : ind.unit], TEXT);
    for (const { col, figures, level } of columns) {
      const letter = columnLetter(col);
      const ref = (code: string) => `${letter}${summaryRowOf.get(code)!}`;
      const zero = (code: string) => figures[code] ?? 0;
      if (ind.kind === 'rate') {
        summary.set(row, col, { formula: rateFormula(ind, ref), result: cachedRate(ind, zero) }, RATE);
      } else if (ind.kind === 'total') {
        summary.set(
          row,
          col,
          { formula: ind.sumOf.map(ref).join('+'), result: ind.sumOf.reduce((a, c) => a + zero(c), 0) },
          COUNT,
        );
      } else if (level === null) {
        const levelCells = levels.map((_, i) => `${columnLetter(5 + i)}${row}`);
        summary.set(
          row,
          col,
          levelCells.length ? { formula: `SUM(${levelCells.join(',')})`, result: zero(ind.code) } : 0,
          COUNT,
        );
      } else {
        summary.set(
          row,
          col,
          {
            formula: `SUMIF(${unitRows('D', true)},"${level.name}",${unitRows(letterOf(ind.code), false)})`,
            result: zero(ind.code),
          },
          COUNT,
        );
      }
    }
  }
  [8, 55, 12].forEach((w, i) => summary.widths.set(i + 1, w));
  for (let c = 4; c < 5 + levels.length; c++) summary.widths.set(c, 15);
  summary.landscape = false;

  // ---- Mô hình, sáng kiến: every model with its unit, names verbatim -------------------------
  const list = listSection(template);
  if (list) {
    const ws = wb.addSheet(T.sheets.models);
    const head = [T.index, T.unitCode, T.unitName, ...list.columns.map((c) => c.label)];
    title(ws, [list.title.toLocaleUpperCase('vi'), ...titleLines.slice(1)], head.length);
    const h = titleLines.length + 2;
    tableHeader(ws, h, head);
    const widthOf = (c: (typeof list.columns)[number]) => (c.type === 'text' && c.multiline ? 50 : 18);
    merged.models.forEach((m, i) => {
      ws.setRow(h + 1 + i, [i + 1, m.unit.code, m.unit.name], PLAIN);
      list.columns.forEach((c, j) => ws.set(h + 1 + i, 4 + j, m.values[c.code] ?? '', TEXT));
      fitRow(
        ws,
        h + 1 + i,
        list.columns.map((c) => ({ text: m.values[c.code], width: widthOf(c) })),
      );
    });
    [5, 10, 24].forEach((w, i) => ws.widths.set(i + 1, w));
    list.columns.forEach((c, i) => ws.widths.set(4 + i, widthOf(c)));
  }

  // ---- Đào tạo, bồi dưỡng: units × the training section -------------------------------------
  const trainingSection = indicatorSections(template).find((s) => s.id === TRAINING_SECTION_ID);
  if (trainingSection) {
    const ws = wb.addSheet(T.sheets.training);
    const inds = trainingSection.indicators.filter((i): i is NumericIndicator => i.kind !== 'text');
    const head = [T.index, T.unitCode, T.unitName, ...inds.map((i) => `${i.code}. ${i.label}`)];
    title(ws, [trainingSection.title.toLocaleUpperCase('vi'), ...titleLines.slice(1)], head.length);
    const h = titleLines.length + 2;
    tableHeader(ws, h, head);
    ws.heights.set(h, 75);
    const colOf = new Map(inds.map((ind, i) => [ind.code, 4 + i]));
    const first = h + 1;
    const last = first + unitCount - 1;
    const fill = (row: number, figures: Record<string, number | null>, isTotal: boolean) => {
      const ref = (code: string) => `${columnLetter(colOf.get(code)!)}${row}`;
      const style = isTotal ? bold(COUNT) : COUNT;
      for (const ind of inds) {
        const col = colOf.get(ind.code)!;
        const letter = columnLetter(col);
        if (ind.kind === 'total') {
          ws.set(
            row,
            col,
            {
              formula: ind.sumOf.map(ref).join('+'),
              result: ind.sumOf.reduce((a, c) => a + (figures[c] ?? 0), 0),
            },
            style,
          );
        } else if (ind.kind === 'count') {
          ws.set(
            row,
            col,
            isTotal && unitCount > 0
              ? { formula: `SUM(${letter}${first}:${letter}${last})`, result: figures[ind.code] ?? 0 }
              : (figures[ind.code] ?? null),
            style,
          );
        }
      }
    };
    merged.units.forEach((u, i) => {
      ws.setRow(first + i, [i + 1, u.unit.code, u.unit.name], PLAIN);
      fill(first + i, u.figures, false);
    });
    ws.setRow(last + 1, [null, null, T.totalRow], bold(PLAIN));
    fill(last + 1, merged.figures, true);
    [5, 10, 28].forEach((w, i) => ws.widths.set(i + 1, w));
    for (const col of colOf.values()) ws.widths.set(col, 14);
  }

  // ---- Tồn tại, kiến nghị: the narrative of each unit ---------------------------------------
  const texts = textIndicators(template);
  if (texts.length) {
    const ws = wb.addSheet(T.sheets.issues);
    const head = [T.index, T.unitCode, T.unitName, ...texts.map((t) => `${t.code}. ${t.label}`)];
    title(ws, titleLines, head.length);
    const h = titleLines.length + 2;
    tableHeader(ws, h, head);
    const byCode = new Map(merged.texts.map((t) => [t.unit.code, t.texts]));
    merged.units.forEach((u, i) => {
      const own = byCode.get(u.unit.code) ?? {};
      ws.setRow(h + 1 + i, [i + 1, u.unit.code, u.unit.name], PLAIN);
      texts.forEach((t, j) => ws.set(h + 1 + i, 4 + j, own[t.code] ?? '', TEXT));
      fitRow(
        ws,
        h + 1 + i,
        texts.map((t) => ({ text: own[t.code], width: 70 })),
      );
    });
    [5, 10, 24].forEach((w, i) => ws.widths.set(i + 1, w));
    texts.forEach((_, i) => ws.widths.set(4 + i, 70));
  }

  // ---- Tình hình nộp: the completeness table, refused files and why --------------------------
  {
    const ws = wb.addSheet(T.sheets.submissions);
    const head = [
      T.index,
      T.unitCode,
      T.unitName,
      T.level,
      T.status,
      T.revision,
      T.receivedAt,
      T.file,
      T.note,
    ];
    title(ws, [titleLines[0]!, T.countsLine(completeness.counts), titleLines[2]!], head.length);
    const h = titleLines.length + 2;
    tableHeader(ws, h, head);
    let n = h + 1;
    const NOTE_WIDTH = 70;
    completeness.rows.forEach((row, i) => {
      const current = row.current;
      const warnings = current?.problems.filter((p) => p.level === 'warning').length ?? 0;
      ws.setRow(
        n,
        [
          i + 1,
          row.unit.code,
          row.unit.name,
          UNIT_LEVEL_NAMES[row.unit.level],
          districtMessages.status[row.status],
          current ? districtMessages.revisionName(current.revision) : '',
          current ? shownDate(current.receivedAt) : '',
          current?.fileName ?? row.refused[0]?.fileName ?? '',
        ],
        PLAIN,
      );
      const note = [
        warnings && current ? current.problems.map((p) => p.message).join(' ') : '',
        row.refused.length ? fileNote(row.refused) : '',
      ]
        .filter(Boolean)
        .join('\n');
      ws.set(n, 9, note, TEXT);
      fitRow(ws, n++, [{ text: note, width: NOTE_WIDTH }]);
    });
    if (completeness.unattributed.length) {
      ws.set(n, 1, T.unattributed, bold(PLAIN));
      for (let c = 2; c <= head.length; c++) ws.set(n, c, null, PLAIN);
      ws.merge(n, 1, n, head.length);
      n++;
      for (const f of completeness.unattributed) {
        ws.setRow(
          n,
          ['', '', '', '', districtMessages.status.refused, '', shownDate(f.receivedAt), f.fileName],
          PLAIN,
        );
        ws.set(n, 9, fileNote([f]), TEXT);
        fitRow(ws, n++, [{ text: fileNote([f]), width: NOTE_WIDTH }]);
      }
    }
    [5, 10, 26, 11, 20, 9, 12, 34, NOTE_WIDTH].forEach((w, i) => ws.widths.set(i + 1, w));
  }

  // ---- Metadata, very hidden ----------------------------------------------------------------
  {
    const ws = wb.addSheet(T.sheets.meta);
    ws.state = 'veryHidden';
    const rows: [string, string | number][] = [
      ['kind', 'merged'],
      ['templateId', template.id],
      ['templateVersion', template.version],
      ['period', merged.period],
      ['generatedAt', input.generatedAt.toISOString()],
      ['appVersion', input.appVersion],
      ['unitsMerged', unitCount],
      ['unitsExpected', completeness.counts.expected],
      ...input.sources.map((s): [string, string] => [
        `source:${s.unitCode}`,
        `${s.revision ?? ''}|${s.sha256}|${s.fileName}`,
      ]),
    ];
    rows.forEach((row, i) => ws.setRow(i + 1, row));
  }

  return wb.toBuffer(input.generatedAt);
}
