/**
 * A unit list typed, pasted or exported from a spreadsheet: one unit per line, `code;name;level`
 * (a tab also separates, as when copied from Excel, and a comma, as in a .csv file saved by
 * Excel or LibreOffice; "quoted" parts may contain the separator). Codes are upper-cased.
 * Level is "xã" (commune, ward, township) or
 * "huyện" (a merging body: district, or province since 1/7/2025), with or without diacritics.
 * A header line, blank lines and lines starting with # are skipped.
 */
import { UNIT_CODE_PATTERN, type UnitLevel } from '../../../shared/domain/units';
import { splitOutsideQuotes } from '../../../shared/format/csv';
import { looseKey, nfc, withoutDiacritics } from '../../../shared/format/text';
import { ui } from '../../../shared/i18n/vi/ui';

export interface ParsedUnit {
  code: string;
  name: string;
  level: UnitLevel;
}
export interface UnitListProblem {
  line: number;
  message: string;
}
export interface ParsedUnitList {
  units: ParsedUnit[];
  problems: UnitListProblem[];
}

const LEVELS: Record<string, UnitLevel> = {
  xa: 'xa',
  capxa: 'xa',
  phuong: 'xa',
  thitran: 'xa',
  huyen: 'huyen',
  caphuyen: 'huyen',
  tinh: 'huyen',
  captinh: 'huyen',
  quan: 'huyen',
  thanhpho: 'huyen',
  thixa: 'huyen',
};

const HEADER_WORDS = new Set(['code', 'ma', 'madonvi']);

/**
 * The parts of a line: semicolons and tabs separate when the line has any (outside quotes),
 * else commas. With commas a name may hold an unquoted comma: everything between the code and
 * the level is the name.
 */
function fieldsOf(text: string): string[] {
  const bySemicolonOrTab = splitOutsideQuotes(text, /[;\t]/u);
  if (bySemicolonOrTab.length > 1) return bySemicolonOrTab;
  const byComma = splitOutsideQuotes(text, /,/u);
  if (byComma.length <= 3) return byComma;
  return [byComma[0]!, byComma.slice(1, -1).join(', '), byComma.at(-1)!];
}

function levelOf(text: string): UnitLevel | undefined {
  return LEVELS[withoutDiacritics(looseKey(text))];
}

export function parseUnitList(input: string): ParsedUnitList {
  const units: ParsedUnit[] = [];
  const problems: UnitListProblem[] = [];
  const firstLineOfCode = new Map<string, number>();
  const lines = nfc(input.replace(/^\uFEFF/u, '')).split(/\r\n|\r|\n/u);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const parts = fieldsOf(text);
    if (
      units.length === 0 &&
      problems.length === 0 &&
      HEADER_WORDS.has(withoutDiacritics(looseKey(parts[0] ?? '')))
    ) {
      return;
    }
    const problem = (message: string) => problems.push({ line, message: ui.unitList.line(line, message) });
    if (parts.length < 3) return problem(ui.unitList.tooFewFields);
    const [typedCode = '', name = '', levelText = ''] = parts;
    const code = typedCode.toUpperCase();
    if (!UNIT_CODE_PATTERN.test(code)) return problem(ui.unitList.badCode(code));
    if (name === '') return problem(ui.unitList.noName);
    if (name.length > 200) return problem(ui.unitList.nameTooLong);
    const level = levelOf(levelText);
    if (!level) return problem(ui.unitList.badLevel(levelText));
    const first = firstLineOfCode.get(code);
    if (first !== undefined) return problem(ui.unitList.duplicate(code, first));
    firstLineOfCode.set(code, line);
    units.push({ code, name, level });
  });
  if (units.length === 0 && problems.length === 0) problems.push({ line: 0, message: ui.unitList.empty });
  return { units, problems };
}

/** Text of a picked file: UTF-8 (with or without BOM), else the Vietnamese Windows code page. */
export function decodeUnitFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}
