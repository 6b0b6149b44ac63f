import { periodName } from '../domain/periods';
import { formatDateTime } from '../format/dates';
import { formatCount, formatPercent, formatRateFixed } from '../format/numbers';
import { compareUi as T } from '../i18n/vi/compare';
import { districtMessages } from '../i18n/vi/district';
import type { ComparedRow, Side } from './periods';

/**
 * A compared row written the Vietnamese way: "27.630", "98,74%", "+1.234", "−5,20 điểm %",
 * "+8,2%"; "—" with the reason in words where there is nothing to show.
 */

/** The minus sign (U+2212) of a written change, as official tables print it. */
export const MINUS = '\u2212';
export const DASH = '—';

export interface Shown {
  text: string;
  /** Why the text is "—", in words; empty when there is a figure. */
  reason: string;
}

const shown = (text: string, reason = ''): Shown => ({ text, reason });

const signed = (n: number, body: (abs: number) => string) =>
  n === 0 ? body(0) : `${n > 0 ? '+' : MINUS}${body(Math.abs(n))}`;

/** "27.630", "98,74%", "không phát sinh", or "—" with why. */
export function formatSide(side: Side, kind: ComparedRow['kind']): Shown {
  if (side.state === 'missing') return shown(DASH, T.missing[side.reason]);
  if (side.state === 'not-applicable') return shown(formatRateFixed(null));
  // Two decimals always, as the workbooks print rates: "64,70%" beside "62,04%", never "64,7%".
  return shown(kind === 'rate' ? formatRateFixed(side.value) : formatCount(side.value));
}

/** "+1.234", "−56", "0"; for a rate "+5,20 điểm %" (two decimals, as the rates). */
export function formatChange(row: ComparedRow): Shown {
  if (row.change === null) return shown(DASH, row.noChange ? T.noChange[row.noChange] : '');
  if (row.kind === 'rate') {
    return shown(`${signed(row.change, (n) => formatRateFixed(n).replace('%', ''))} ${T.points}`);
  }
  return shown(signed(row.change, formatCount));
}

/** "+8,2%", "−12,5%", "0%" for a count; nothing for a rate (its change is in points). */
export function formatChangePercent(row: ComparedRow): Shown {
  if (row.kind === 'rate') return shown('');
  if (row.changePercent === null) return shown(DASH, row.noChange ? T.noChange[row.noChange] : '');
  return shown(signed(row.changePercent, formatPercent));
}

/** A period of a comparison and where its figures come from (null source: this PC holds none). */
export interface HeldPeriod {
  period: string;
  source: 'typed' | 'received' | null;
  revision: number | null;
  at: string | null;
}

/** "Năm 2023: tệp đã nhận (lần 1), nhận lúc 15/12/2023 09:00.", or that this PC holds none. */
export function heldText(held: HeldPeriod): string {
  const name = periodName(held.period);
  if (!held.source) return T.noData(name);
  const at = held.at ? formatDateTime(held.at) : '';
  const source =
    held.source === 'typed'
      ? T.source.typed(at)
      : T.source.received(districtMessages.revisionName(held.revision), at);
  return `${name}: ${source}.`;
}
