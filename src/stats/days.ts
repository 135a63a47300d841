import { localDateKey } from '../vi/index.js';

/** Calendar days as "YYYY-MM-DD" keys in the site's zone; arithmetic on the calendar, never on instants. */

export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** The last `count` days up to and including today in the zone, oldest first. */
export function lastDays(count: number, timeZone: string, now = new Date()): string[] {
  const today = localDateKey(now, timeZone);
  return Array.from({ length: count }, (_, i) => addDays(today, i - count + 1));
}

/** The first and the last of `days`: a period has at least one day. */
export function dayRange(days: readonly string[]): { first: string; last: string } {
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('a period has at least one day');
  return { first, last };
}

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
