import { formatMessages } from '../../shared/i18n/vi/format';

/**
 * Excel references and the formulas every workbook shares: the unit writer, the merged writer,
 * the streaming sheet writer and the reader all take their cell addresses and their Vietnamese
 * percent formula from here, so a fix reaches each of them.
 */

import { columnLetter } from '../../shared/workbook/cell-ref';

// Shared with the form-package reader in shared/ (which names cells in its messages).
export { columnLetter };

/** (row 12, column 5) → "E12". */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "E12" (or "$E$12") → [row 12, column 5]; null when not a cell reference. */
export function parseCellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** A sheet name as a formula writes it: 'Tổng hợp', quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/gu, "''")}'`;
}

/** The absolute range of one column, rows `from`..`to`, on another sheet: 'Danh sách'!$B$2:$B$9. */
export function columnRange(sheet: string, col: number, from: number, to: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(sheet)}!$${letter}$${from}:$${letter}$${to}`;
}

/**
 * A rate as text the Vietnamese way ("98,74%", "74,2%", "không phát sinh") whatever the PC's
 * regional settings: hundredths of a percent computed in integers, half-up, exactly as
 * `ratePercent` does, then written with a decimal comma and no trailing zeros (`formatPercent`).
 * `numerator` and `denominator` are formula expressions (e.g. "SUM(E5,E6)").
 */
export function percentTextFormula(numerator: string, denominator: string, fixed = false): string {
  const d = denominator;
  const h = hundredthsFormula(numerator, d);
  // `fixed`: always two decimals, as the workbooks print rates ("98,10%"; see formatRateFixed).
  const text = fixed
    ? `INT(${h}/100)&","&TEXT(MOD(${h},100),"00")&"%"`
    : `INT(${h}/100)&IF(MOD(${h},100)=0,"",","&IF(MOD(${h},10)=0,MOD(${h},100)/10,TEXT(MOD(${h},100),"00")))&"%"`;
  return `IF(${d}=0,"${formatMessages.rateNotApplicable}",${text})`;
}

/** The rate in hundredths of a percent, rounded half-up in integers (as `ratePercent`). */
function hundredthsFormula(numerator: string, denominator: string): string {
  return `QUOTIENT(${numerator}*20000+${denominator},2*${denominator})`;
}

/**
 * The same rate as a number to compute with (0,9874 shown "98,74%" by PERCENT_NUMBER_FORMAT):
 * exactly the rounded value the text shows, so sorting or comparing the two never disagrees;
 * blank where the text says "không phát sinh".
 */
export function percentNumberFormula(numerator: string, denominator: string): string {
  return `IF(${denominator}=0,"",${hundredthsFormula(numerator, denominator)}/10000)`;
}
