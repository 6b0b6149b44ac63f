import { withoutDiacritics } from '../format/text';
import { workbookText } from '../i18n/vi/workbook';
import type { FormTemplate, Section } from '../template';

/**
 * The layout of a unit workbook, derived from the template. The writer, the reader, the district's
 * merge and other tools share these names: figures are found by the code in the "Mã số" column and
 * the value in the "Số liệu" column, never by a fixed cell.
 */

export const WORKBOOK_FONT = 'Times New Roman';

/** The header words of every indicator sheet, exactly, left to right. */
export const HEADER_WORDS = [
  workbookText.header.stt,
  workbookText.header.code,
  workbookText.header.label,
  workbookText.header.unit,
  workbookText.header.value,
  workbookText.header.note,
] as const;

export const CODE_HEADER = workbookText.header.code;
export const VALUE_HEADER = workbookText.header.value;

export const COVER_SHEET_NAME = workbookText.coverSheet;
/** Hidden sheet holding the option lists the data validation refers to. */
export const LISTS_SHEET_NAME = workbookText.listsSheet;
/** Very hidden sheet holding who and what the workbook is (key in column A, value in column B). */
export const META_SHEET_NAME = workbookText.metaSheet;
/** Header of the hidden column of the models sheet that carries each row's stable id. */
export const MODEL_ROW_ID_HEADER = workbookText.modelRowId;

/** Value of the `format` key: this is a unit workbook of the CCHC app. */
export const META_FORMAT = 'bao-cao-cchc/unit-workbook';

export const META_KEYS = {
  format: 'format',
  templateId: 'template_id',
  templateVersion: 'template_version',
  unitCode: 'unit_code',
  unitName: 'unit_name',
  period: 'period',
  reportId: 'report_id',
  revision: 'revision',
  exportedAt: 'exported_at',
  appVersion: 'app_version',
  checksum: 'checksum',
  origin: 'origin',
} as const;
export type MetaKey = (typeof META_KEYS)[keyof typeof META_KEYS];

/** Labels of the cover's information rows (label cell, value in the next filled cell to the right). */
export const COVER_LABELS = workbookText.cover;

/** Excel forbids these in sheet names; a sheet name has at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/gu, '-')
    .replace(/^'+|'+$/gu, '')
    .trim();
  return [...cleaned].slice(0, 31).join('');
}

export function sectionSheetName(section: Section): string {
  return safeSheetName(section.shortTitle);
}

export type SheetKind = 'cover' | 'section' | 'lists' | 'meta';
export interface SheetPlan {
  name: string;
  kind: SheetKind;
  /** For kind 'section'. */
  sectionId?: string;
}

/** The sheets of a unit workbook, in order: cover, one per section, the lists, the metadata. */
export function workbookSheets(template: FormTemplate): SheetPlan[] {
  return [
    { name: COVER_SHEET_NAME, kind: 'cover' },
    ...template.sections.map((s) => ({
      name: sectionSheetName(s),
      kind: 'section' as const,
      sectionId: s.id,
    })),
    { name: LISTS_SHEET_NAME, kind: 'lists' },
    { name: META_SHEET_NAME, kind: 'meta' },
  ];
}

/** A part of a file name every mail client and OS accepts: no diacritics, no spaces. */
export function fileNamePart(text: string): string {
  return (
    withoutDiacritics(text)
      .replace(/[^A-Za-z0-9-]+/gu, '_')
      .replace(/^_+|_+$/gu, '')
      .slice(0, 60) || 'don_vi'
  );
}

/** `CCHC_2023_TH03_xa_Thong_Binh_r3.xlsx`: what every mail client and OS accepts. */
export function unitWorkbookFileName(args: {
  period: string;
  unitCode: string;
  unitName: string;
  revision: number;
}): string {
  return `CCHC_${fileNamePart(args.period)}_${fileNamePart(args.unitCode)}_${fileNamePart(args.unitName)}_r${args.revision}.xlsx`;
}

/** `CCHC_2023_TH03_xa_Thong_Binh_mau_trong.xlsx`. */
export function blankTemplateFileName(args: { period: string; unitCode: string; unitName: string }): string {
  return `CCHC_${fileNamePart(args.period)}_${fileNamePart(args.unitCode)}_${fileNamePart(args.unitName)}_mau_trong.xlsx`;
}

/** The place name of the "…, ngày … tháng … năm …" line: "xã Thông Bình" → "Thông Bình". */
export function placeName(unitName: string): string {
  const name = unitName.trim().replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu, '');
  const stripped = name.replace(/^(xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)\s+/iu, '');
  // "Phường 1" stays whole: a number alone is no place name.
  return stripped && !/^\d/u.test(stripped) ? stripped : name;
}

/**
 * Number format of counts and totals: "27.630" whatever the PC's regional settings (a plain
 * "#,##0" shows "27,630" on a PC set to English). Digits fill the placeholders from the right,
 * so the dots are literal group separators; up to 999.999.999 exactly, beyond that the top group
 * runs together, which no real count reaches.
 */
export const COUNT_NUMBER_FORMAT = '[<1000]0;[<1000000]#"."000;#"."000"."000';

/**
 * The same for a count of a billion or more (a format has three sections at most): "1.234.567.890"
 * up to the template's maximum, 999.999.999.999. Used for the cells whose value is that large.
 */
export const LARGE_COUNT_NUMBER_FORMAT =
  '[<1000000000]#"."000"."000;[<1000000000000]#"."000"."000"."000;#"."000"."000"."000"."000';

/** The number format that groups `value` right. */
export function countNumberFormat(value: number | null | undefined): string {
  return value !== null && value !== undefined && Math.abs(value) >= 1e9
    ? LARGE_COUNT_NUMBER_FORMAT
    : COUNT_NUMBER_FORMAT;
}

/**
 * Number format of a rate kept as a number beside its text (0.9874): Excel and LibreOffice show it
 * with the PC's decimal separator ("98,74%" on a Vietnamese PC), which is why the text stays too.
 */
export const PERCENT_NUMBER_FORMAT = '0.00%';

/** Text cells (dates typed dd/mm/yyyy, phone numbers with a leading 0) stay text. */
export const TEXT_NUMBER_FORMAT = '@';
