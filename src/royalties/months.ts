import { localDateKey, zonedTimeToInstant } from '../vi/index.js';

/** Calendar months ("2026-11") in the site's time zone: statements and closing go by them. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(text: string): boolean {
  return MONTH.test(text) && Number(text.slice(0, 4)) >= 1970;
}

export function monthOf(instant: Date, timeZone: string): string {
  return localDateKey(instant, timeZone).slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first instant of the month in the zone. */
export function monthStart(month: string, timeZone: string): Date {
  return zonedTimeToInstant({ year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)), day: 1, hour: 0, minute: 0 }, timeZone);
}

/** "Tháng 11/2026". */
export function monthLabel(month: string): string {
  return `Tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** "2026-11-29" → "29/11/2026". */
export function dayLabel(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
