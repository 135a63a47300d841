/**
 * The newsroom's date-and-time fields are text in the Vietnamese form `dd/mm/yyyy HH:mm` (24 hours),
 * not `<input type="datetime-local">`: that one is drawn in the browser's own locale, so a browser set
 * to English showed "12/05/2026, 03:48 AM" and people read 12 May. The wall-clock time is in the
 * newspaper's zone (config.timeZone), whatever zone the server or the browser is in.
 */
import { wallClock, zonedTimeToInstant } from '../vi/index.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** What a date-and-time field accepts, for its `pattern`, placeholder and hint. */
export const ZONED_INPUT_PATTERN = '\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s+\\d{1,2}:\\d{2}\\s*';
export const ZONED_INPUT_PLACEHOLDER = 'dd/mm/yyyy HH:mm';
export const ZONED_INPUT_HINT = 'Ngày/tháng/năm giờ:phút, 24 giờ, ví dụ 05/12/2026 14:30.';

/** "01/03/2025 08:30" in the zone, for an input's value; '' for no time. */
export function toZonedInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const w = wallClock(new Date(iso), timeZone);
  return `${pad(w.day)}/${pad(w.month)}/${pad(w.year, 4)} ${pad(w.hour)}:${pad(w.minute)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The instant a typed time names in the zone; null when it is not one (31/02, 24:00, "ngày mai").
 * `dd/mm/yyyy HH:mm` is the form people type; `yyyy-mm-ddTHH:mm` is still read, for scripts and
 * pages loaded before the change.
 */
export function fromZonedInput(value: string, timeZone: string): Date | null {
  const text = value.trim();
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/.exec(text);
  const iso = vietnamese ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?$/.exec(text);
  // Every group of both patterns takes part in a match: none of them is undefined.
  let parts: [year: number, month: number, day: number, hour: number, minute: number];
  if (vietnamese) {
    const [, d, mo, y, h, mi] = vietnamese;
    parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi)];
  } else if (iso) {
    const [, y, mo, d, h, mi] = iso;
    parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi)];
  } else return null;
  const [year, month, day, hour, minute] = parts;
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  const result = zonedTimeToInstant({ year, month, day, hour, minute }, timeZone);
  return Number.isNaN(result.getTime()) ? null : result;
}

/** A day alone (a royalty rate's first day): `dd/mm/yyyy`, for the same reason as the times above. */
export const DAY_INPUT_PATTERN = '\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*';
export const DAY_INPUT_PLACEHOLDER = 'dd/mm/yyyy';

/**
 * A typed `dd/mm/yyyy` as the `yyyy-mm-dd` the domain stores and checks (31/02 stays an impossible
 * day, refused there); anything else is handed on as typed, to be refused or read as `yyyy-mm-dd`.
 */
export function dayFromInput(value: string): string {
  const text = value.trim();
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) return text;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
