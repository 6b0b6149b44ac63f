/**
 * The merged workbook the district signs: built from the template and a MergedReport, never from a
 * hand-kept layout. Totals and rates are live Excel formulas with their values cached, so the file
 * shows the right figures when opened and stays right if someone corrects a unit's figure in
 * "Theo đơn vị": the level columns of "Tổng hợp" sum that sheet with SUMIF, and every rate is
 * computed from the counts in its own column (never an average of rates).
 */
import ExcelJS from 'exceljs';
import { periodName } from '../../shared/domain/periods';
import { UNIT_LEVEL_NAMES } from '../../shared/domain/units';
import { formatDate, fromJsDate } from '../../shared/format/dates';
import { formatRate, ratePercent } from '../../shared/format/numbers';
import { formatMessages } from '../../shared/i18n/vi/format';
import { COUNT_NUMBER_FORMAT, WORKBOOK_FONT } from '../../shared/workbook/layout';
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

export interface MergedWorkbookInput {
  template: FormTemplate;
  merged: MergedReport;
  completeness: Completeness;
  generatedAt: Date;
  appVersion: string;
  /** The files merged, for the metadata sheet. */
  sources: { unitCode: string; fileName: string; sha256: string; revision: number | null }[];
}

const FONT = WORKBOOK_FONT;
/** "27.630" whatever the PC's regional settings (shared with the unit workbook). */
const COUNT_FORMAT = COUNT_NUMBER_FORMAT;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The template section listed unit by unit on "Đào tạo, bồi dưỡng". */
const TRAINING_SECTION_ID = 'C';

type NumericIndicator = Exclude<Indicator, { kind: 'text' }>;

function numericIndicators(template: FormTemplate): NumericIndicator[] {
  return allIndicators(template).filter((i): i is NumericIndicator => i.kind !== 'text');
}

const quoteSheet = (name: string) => `'${name.replace(/'/gu, "''")}'`;

/** The cached value Excel itself computes for a rate formula (blank cells count as 0). */
function cachedRate(rate: RateIndicator, value: (code: string) => number): string {
  const numerator = rate.numerator.reduce((a, c) => a + value(c), 0);
  const denominator = rate.denominator.reduce((a, c) => a + value(c), 0);
  return formatRate(ratePercent(numerator, denominator));
}

/**
 * A rate as text the Vietnamese way ("98,74%", "không phát sinh") whatever the PC's regional
 * settings, as in the unit workbook: hundredths of a percent computed in integers, half-up, exactly
 * as `ratePercent` does, then written with a decimal comma and no trailing zeros (`formatPercent`).
 */
function rateFormula(rate: RateIndicator, ref: (code: string) => string): string {
  const n = `SUM(${rate.numerator.map(ref).join(',')})`;
  const d = `SUM(${rate.denominator.map(ref).join(',')})`;
  const h = `QUOTIENT(${n}*20000+${d},2*${d})`;
  const text = `INT(${h}/100)&IF(MOD(${h},100)=0,"",","&IF(MOD(${h},10)=0,MOD(${h},100)/10,TEXT(MOD(${h},100),"00")))&"%"`;
  return `IF(${d}=0,"${formatMessages.rateNotApplicable}",${text})`;
}

function header(row: ExcelJS.Row) {
  row.font = { name: FONT, bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
}

function title(ws: ExcelJS.Worksheet, lines: string[], width: number) {
  lines.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    ws.mergeCells(i + 1, 1, i + 1, Math.max(width, 1));
    row.font = { name: FONT, bold: i === 0, italic: i > 0, size: i === 0 ? 14 : 12 };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** Times New Roman, borders on the table, A4 print set-up and a frozen header. */
function finish(ws: ExcelJS.Worksheet, headerRow: number, firstTableRow: number, landscape = true) {
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { ...(cell.font ?? {}), name: FONT };
      if (n >= firstTableRow) cell.border = BORDER;
    });
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
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

export async function writeMergedWorkbook(input: MergedWorkbookInput): Promise<Buffer> {
  const { template, merged, completeness } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Báo cáo CCHC';
  wb.created = input.generatedAt;
  const numeric = numericIndicators(template);
  const levels = merged.levels;
  const unitCount = merged.units.length;
  const generated = formatDate(fromJsDate(input.generatedAt));
  const titleLines = [
    T.title(periodName(merged.period)),
    T.subtitle(unitCount, completeness.counts.expected),
    T.generatedAt(generated),
  ];

  const summary = wb.addWorksheet(T.sheets.summary);
  const byUnit = wb.addWorksheet(T.sheets.byUnit);

  // ---- Theo đơn vị: units × indicators, a total row -----------------------------------------
  const fixed = [T.index, T.unitCode, T.unitName, T.level, T.revision];
  const firstIndicatorColumn = fixed.length + 1;
  const columnOf = new Map(numeric.map((ind, i) => [ind.code, firstIndicatorColumn + i]));
  const letter = (col: number) => byUnit.getColumn(col).letter;
  const headerRowU = titleLines.length + 2;
  const labelRowU = headerRowU + 1;
  title(byUnit, titleLines, Math.min(fixed.length + numeric.length, 12));
  byUnit.getRow(headerRowU).values = [...fixed, ...numeric.map((i) => i.code)];
  byUnit.getRow(labelRowU).values = [...fixed.map(() => ''), ...numeric.map((i) => i.label)];
  header(byUnit.getRow(headerRowU));
  header(byUnit.getRow(labelRowU));
  for (let c = 1; c <= fixed.length; c++) byUnit.mergeCells(headerRowU, c, labelRowU, c);
  const firstUnitRow = labelRowU + 1;
  const lastUnitRow = firstUnitRow + unitCount - 1;
  const totalRowU = lastUnitRow + 1;

  const writeIndicatorCells = (
    row: ExcelJS.Row,
    value: (code: string) => number | null,
    countCell: (ind: NumericIndicator, col: number) => ExcelJS.CellValue,
  ) => {
    const ref = (code: string) => `${letter(columnOf.get(code)!)}${row.number}`;
    const zero = (code: string) => value(code) ?? 0;
    for (const ind of numeric) {
      const col = columnOf.get(ind.code)!;
      const cell = row.getCell(col);
      if (ind.kind === 'count') {
        cell.value = countCell(ind, col);
        cell.numFmt = COUNT_FORMAT;
      } else if (ind.kind === 'total') {
        cell.value = {
          formula: ind.sumOf.map(ref).join('+'),
          result: ind.sumOf.reduce((a, c) => a + zero(c), 0),
        };
        cell.numFmt = COUNT_FORMAT;
      } else {
        cell.value = { formula: rateFormula(ind, ref), result: cachedRate(ind, zero) };
        cell.alignment = { horizontal: 'right' };
      }
    }
  };

  merged.units.forEach((u, i) => {
    const row = byUnit.getRow(firstUnitRow + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = u.unit.code;
    row.getCell(3).value = u.unit.name;
    row.getCell(4).value = UNIT_LEVEL_NAMES[u.unit.level];
    row.getCell(5).value = u.revision === null ? null : districtMessages.revisionName(u.revision);
    writeIndicatorCells(
      row,
      (code) => u.figures[code] ?? null,
      (ind) => u.figures[ind.code] ?? null,
    );
  });
  {
    const row = byUnit.getRow(totalRowU);
    row.getCell(3).value = T.totalRow;
    row.font = { name: FONT, bold: true };
    writeIndicatorCells(
      row,
      (code) => merged.figures[code] ?? null,
      (ind, col) =>
        unitCount > 0
          ? {
              formula: `SUM(${letter(col)}${firstUnitRow}:${letter(col)}${lastUnitRow})`,
              result: merged.figures[ind.code] ?? 0,
            }
          : 0,
    );
  }
  byUnit.getColumn(1).width = 5;
  byUnit.getColumn(2).width = 10;
  byUnit.getColumn(3).width = 28;
  byUnit.getColumn(4).width = 11;
  byUnit.getColumn(5).width = 9;
  for (const col of columnOf.values()) byUnit.getColumn(col).width = 12;
  byUnit.getRow(labelRowU).height = 90;
  finish(byUnit, labelRowU, headerRowU);
  byUnit.views = [{ state: 'frozen', ySplit: labelRowU, xSplit: 3 }];

  // ---- Tổng hợp: one row per code, total and one column per level ----------------------------
  const headerRowS = titleLines.length + 2;
  title(summary, titleLines, 4 + levels.length);
  summary.getRow(headerRowS).values = [
    T.code,
    T.indicator,
    T.unitOfMeasure,
    T.total,
    ...levels.map((l) => l.name),
  ];
  header(summary.getRow(headerRowS));
  const summaryRowOf = new Map<string, number>();
  let r = headerRowS + 1;
  for (const section of indicatorSections(template)) {
    const inds = section.indicators.filter((i): i is NumericIndicator => i.kind !== 'text');
    if (!inds.length) continue;
    const sectionRow = summary.getRow(r++);
    sectionRow.getCell(1).value = section.title;
    summary.mergeCells(sectionRow.number, 1, sectionRow.number, 4 + levels.length);
    sectionRow.font = { name: FONT, bold: true };
    for (const ind of inds) summaryRowOf.set(ind.code, r++);
  }
  const unitSheet = quoteSheet(T.sheets.byUnit);
  const levelColumn = `${unitSheet}!$D$${firstUnitRow}:$D$${Math.max(lastUnitRow, firstUnitRow)}`;
  const columns = [
    { col: 4, figures: merged.figures, level: null as null | (typeof levels)[number] },
    ...levels.map((l, i) => ({ col: 5 + i, figures: l.figures, level: l })),
  ];
  for (const ind of numeric) {
    const rowNumber = summaryRowOf.get(ind.code)!;
    const row = summary.getRow(rowNumber);
    row.getCell(1).value = ind.code;
    row.getCell(2).value = ind.label;
    row.getCell(3).value = ind.kind === 'rate' ? T.percent : ind.unit;
    for (const { col, figures, level } of columns) {
      const cell = row.getCell(col);
      const colLetter = summary.getColumn(col).letter;
      const ref = (code: string) => `${colLetter}${summaryRowOf.get(code)!}`;
      const zero = (code: string) => figures[code] ?? 0;
      if (ind.kind === 'rate') {
        cell.value = { formula: rateFormula(ind, ref), result: cachedRate(ind, zero) };
        cell.alignment = { horizontal: 'right' };
        continue;
      }
      cell.numFmt = COUNT_FORMAT;
      if (ind.kind === 'total') {
        cell.value = {
          formula: ind.sumOf.map(ref).join('+'),
          result: ind.sumOf.reduce((a, c) => a + zero(c), 0),
        };
      } else if (level === null) {
        const levelCells = levels.map((_, i) => `${summary.getColumn(5 + i).letter}${rowNumber}`);
        cell.value = levelCells.length
          ? { formula: `SUM(${levelCells.join(',')})`, result: zero(ind.code) }
          : 0;
      } else {
        const valueColumn = `${unitSheet}!${letter(columnOf.get(ind.code)!)}$${firstUnitRow}:${letter(
          columnOf.get(ind.code)!,
        )}$${Math.max(lastUnitRow, firstUnitRow)}`;
        cell.value = {
          formula: `SUMIF(${levelColumn},"${level.name}",${valueColumn})`,
          result: zero(ind.code),
        };
      }
    }
  }
  summary.getColumn(1).width = 8;
  summary.getColumn(2).width = 55;
  summary.getColumn(3).width = 12;
  for (let c = 4; c < 5 + levels.length; c++) summary.getColumn(c).width = 15;
  summary.getColumn(2).alignment = { wrapText: true, vertical: 'middle' };
  finish(summary, headerRowS, headerRowS, false);

  // ---- Mô hình, sáng kiến: every model with its unit, names verbatim -------------------------
  const list = listSection(template);
  if (list) {
    const ws = wb.addWorksheet(T.sheets.models);
    const head = [T.index, T.unitCode, T.unitName, ...list.columns.map((c) => c.label)];
    title(ws, [list.title.toLocaleUpperCase('vi'), ...titleLines.slice(1)], head.length);
    const h = titleLines.length + 2;
    ws.getRow(h).values = head;
    header(ws.getRow(h));
    merged.models.forEach((m, i) => {
      ws.getRow(h + 1 + i).values = [
        i + 1,
        m.unit.code,
        m.unit.name,
        ...list.columns.map((c) => m.values[c.code] ?? ''),
      ];
    });
    ws.getColumn(1).width = 5;
    ws.getColumn(2).width = 10;
    ws.getColumn(3).width = 24;
    list.columns.forEach((c, i) => {
      const col = ws.getColumn(4 + i);
      col.width = c.type === 'text' && c.multiline ? 50 : 18;
      col.alignment = { wrapText: true, vertical: 'top' };
    });
    finish(ws, h, h);
  }

  // ---- Đào tạo, bồi dưỡng: units × the training section -------------------------------------
  const trainingSection = indicatorSections(template).find((s) => s.id === TRAINING_SECTION_ID);
  if (trainingSection) {
    const ws = wb.addWorksheet(T.sheets.training);
    const inds = trainingSection.indicators.filter((i): i is NumericIndicator => i.kind !== 'text');
    const head = [T.index, T.unitCode, T.unitName, ...inds.map((i) => `${i.code}. ${i.label}`)];
    title(ws, [trainingSection.title.toLocaleUpperCase('vi'), ...titleLines.slice(1)], head.length);
    const h = titleLines.length + 2;
    ws.getRow(h).values = head;
    header(ws.getRow(h));
    ws.getRow(h).height = 75;
    const colOf = new Map(inds.map((ind, i) => [ind.code, 4 + i]));
    const first = h + 1;
    const last = first + unitCount - 1;
    const fill = (row: ExcelJS.Row, figures: Record<string, number | null>, isTotal: boolean) => {
      const ref = (code: string) => `${ws.getColumn(colOf.get(code)!).letter}${row.number}`;
      for (const ind of inds) {
        const cell = row.getCell(colOf.get(ind.code)!);
        const letterC = ws.getColumn(colOf.get(ind.code)!).letter;
        cell.numFmt = COUNT_FORMAT;
        if (ind.kind === 'total') {
          cell.value = {
            formula: ind.sumOf.map(ref).join('+'),
            result: ind.sumOf.reduce((a, c) => a + (figures[c] ?? 0), 0),
          };
        } else if (ind.kind === 'count') {
          cell.value =
            isTotal && unitCount > 0
              ? { formula: `SUM(${letterC}${first}:${letterC}${last})`, result: figures[ind.code] ?? 0 }
              : (figures[ind.code] ?? null);
        }
      }
    };
    merged.units.forEach((u, i) => {
      const row = ws.getRow(first + i);
      row.getCell(1).value = i + 1;
      row.getCell(2).value = u.unit.code;
      row.getCell(3).value = u.unit.name;
      fill(row, u.figures, false);
    });
    const totalRow = ws.getRow(last + 1);
    totalRow.getCell(3).value = T.totalRow;
    totalRow.font = { name: FONT, bold: true };
    fill(totalRow, merged.figures, true);
    ws.getColumn(1).width = 5;
    ws.getColumn(2).width = 10;
    ws.getColumn(3).width = 28;
    for (const col of colOf.values()) ws.getColumn(col).width = 14;
    finish(ws, h, h);
  }

  // ---- Tồn tại, kiến nghị: the narrative of each unit ---------------------------------------
  const texts = textIndicators(template);
  if (texts.length) {
    const ws = wb.addWorksheet(T.sheets.issues);
    const head = [T.index, T.unitCode, T.unitName, ...texts.map((t) => `${t.code}. ${t.label}`)];
    title(ws, [titleLines[0]!, ...titleLines.slice(1)], head.length);
    const h = titleLines.length + 2;
    ws.getRow(h).values = head;
    header(ws.getRow(h));
    merged.units.forEach((u, i) => {
      const own = merged.texts.find((t) => t.unit.code === u.unit.code)?.texts ?? {};
      ws.getRow(h + 1 + i).values = [i + 1, u.unit.code, u.unit.name, ...texts.map((t) => own[t.code] ?? '')];
    });
    ws.getColumn(1).width = 5;
    ws.getColumn(2).width = 10;
    ws.getColumn(3).width = 24;
    texts.forEach((_, i) => {
      ws.getColumn(4 + i).width = 70;
      ws.getColumn(4 + i).alignment = { wrapText: true, vertical: 'top' };
    });
    finish(ws, h, h);
  }

  // ---- Tình hình nộp: the completeness table, refused files and why --------------------------
  {
    const ws = wb.addWorksheet(T.sheets.submissions);
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
    ws.getRow(h).values = head;
    header(ws.getRow(h));
    let n = h + 1;
    completeness.rows.forEach((row, i) => {
      const current = row.current;
      const warnings = current?.problems.filter((p) => p.level === 'warning').length ?? 0;
      ws.getRow(n++).values = [
        i + 1,
        row.unit.code,
        row.unit.name,
        UNIT_LEVEL_NAMES[row.unit.level],
        districtMessages.status[row.status],
        current ? districtMessages.revisionName(current.revision) : '',
        current ? formatDate(fromJsDate(new Date(current.receivedAt))) : '',
        current?.fileName ?? row.refused[0]?.fileName ?? '',
        [
          warnings && current ? current.problems.map((p) => p.message).join(' ') : '',
          row.refused.length ? fileNote(row.refused) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      ];
    });
    if (completeness.unattributed.length) {
      const label = ws.getRow(n++);
      label.getCell(1).value = T.unattributed;
      ws.mergeCells(label.number, 1, label.number, head.length);
      label.font = { name: FONT, bold: true };
      for (const f of completeness.unattributed) {
        ws.getRow(n++).values = [
          '',
          '',
          '',
          '',
          districtMessages.status.refused,
          '',
          formatDate(fromJsDate(new Date(f.receivedAt))),
          f.fileName,
          fileNote([f]),
        ];
      }
    }
    const widths = [5, 10, 26, 11, 20, 9, 12, 34, 70];
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.getColumn(9).alignment = { wrapText: true, vertical: 'top' };
    finish(ws, h, h);
  }

  // ---- Metadata, very hidden ----------------------------------------------------------------
  {
    const ws = wb.addWorksheet(T.sheets.meta);
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
    rows.forEach((row, i) => (ws.getRow(i + 1).values = row));
    ws.state = 'veryHidden';
  }

  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
