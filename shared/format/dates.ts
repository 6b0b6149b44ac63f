import { formatMessages } from '../i18n/vi/format';
import type { ParseResult } from './numbers';

/** A calendar date without time or zone, so no PC's clock setting shifts it by a day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    d.year >= 1900 &&
    d.year <= 2200 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Parses "05/04/2023" or "5/4/2023" (day first, as written in Vietnam). Empty text is null. */
export function parseDate(input: string): ParseResult<CalendarDate | null> {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text);
  if (match) {
    const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
    if (isValidDate(date)) return { ok: true, value: date };
  }
  return { ok: false, message: formatMessages.dateInvalid(text) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** → "05/04/2023". */
export function formatDate(d: CalendarDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;
}

/** → "ngày 05 tháng 04 năm 2023" (Nghị định 30 style, for the place-and-date line). */
export function formatLongDate(d: CalendarDate): string {
  return formatMessages.longDate(pad(d.day), pad(d.month), String(d.year));
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** ISO "2023-04-05" for storage and sorting. */
export function toIsoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function fromJsDate(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** "20/12/2023 09:30" in the PC's time zone; "" for a time that is not one. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDate(fromJsDate(d))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
