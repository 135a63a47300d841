/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone. The newsroom means the
 * newspaper's zone (config.timeZone), whatever zone the server or the browser is in.
 */
import { wallClock, zonedTimeToInstant } from '../vi/index.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2025-03-01T08:30" in the zone, for an input's value; '' for no time. */
export function toZonedInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const w = wallClock(new Date(iso), timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant a datetime-local value names in the zone; null when it is not one. */
export function fromZonedInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1, 6).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const result = zonedTimeToInstant({ year: y, month: mo, day: d, hour: h, minute: mi }, timeZone);
  return Number.isNaN(result.getTime()) ? null : result;
}
