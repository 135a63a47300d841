/**
 * Dates in the paper's time zone, in the model page's styles. Everything is derived from the
 * instant and the named zone via Intl, never from Date#getDay/getHours, so the server's own TZ
 * cannot leak into the output.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Sunday first, as the model page writes them. Intl's vi-VN text capitalises the second word
 * ("Thứ Bảy") and differs between ICU versions, so it is never used.
 */
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'] as const;

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Offset of the zone from UTC at this instant, in minutes (east positive). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with Latin digits gives plain numeric parts; hourCycle 'h23' because hour12:false
    // selects h24 in en-US and prints midnight as 24:05.
    f = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const n: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') n[p.type] = Number(p.value);
  }
  const year = n.year ?? NaN;
  const month = n.month ?? NaN;
  const day = n.day ?? NaN;
  // Defensive: an ICU that ignores hourCycle would print 24 for midnight.
  const hour = (n.hour ?? NaN) % 24;
  const minute = n.minute ?? NaN;
  const second = n.second ?? NaN;
  // The local wall-clock time read as if it were UTC, minus the real instant, is the offset.
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const instantSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    offsetMinutes: Math.round((wallAsUtc - instantSeconds) / 60000),
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** "GMT+7", "GMT-5", "GMT+5:30", "GMT" (UTC). */
function gmtLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `GMT${sign}${Math.floor(abs / 60)}${minutes ? `:${pad2(minutes)}` : ''}`;
}

function dmy(p: ZonedParts): string {
  return `${pad2(p.day)}/${pad2(p.month)}/${pad4(p.year)}`;
}

function hm(p: ZonedParts): string {
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** Header style: "Thứ bảy, 08/08/2020, 18:26 [GMT+7]"; every page prints one, hence the remembered offsets. */
export function formatHeaderDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = fastParts(instant, timeZone);
  return `${WEEKDAYS[p.weekday]}, ${dmy(p)}, ${hm(p)} [${gmtLabel(p.offsetMinutes)}]`;
}

/**
 * Article style: "Thứ sáu, 29/11/2019 - 16:14'" (ends in U+0027, as on the model page). Pages read
 * an article's own date stored with it (src/content/derived.ts); lists of other things (comments,
 * the newsroom's tables, search results) format many at once, hence the remembered offsets.
 */
export function formatArticleDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = fastParts(instant, timeZone);
  return `${WEEKDAYS[p.weekday]}, ${dmy(p)} - ${hm(p)}'`;
}

/** "29/11/2019". */
export function formatShortDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return dmy(zonedParts(instant, timeZone));
}

/** "2019-11-29": the calendar day in the zone, for per-day counters. */
export function localDateKey(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = zonedParts(instant, timeZone);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}

function numericOffset(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}${separator}${pad2(abs % 60)}`;
}

/**
 * The zone's offset at an instant, remembered per quarter hour: time-zone changes happen on
 * quarter-hour boundaries of UTC, and sitemaps and feeds format thousands of times at once, where
 * Intl's formatToParts would be most of the cost.
 */
const offsets = new Map<string, number>();
const QUARTER_HOUR_MS = 15 * 60 * 1000;

function fastParts(instant: Date, timeZone: string): ZonedParts {
  const key = `${timeZone} ${Math.floor(instant.getTime() / QUARTER_HOUR_MS)}`;
  let offsetMinutes = offsets.get(key);
  if (offsetMinutes === undefined) {
    if (offsets.size >= 10_000) offsets.clear();
    offsetMinutes = zonedParts(instant, timeZone).offsetMinutes;
    offsets.set(key, offsetMinutes);
  }
  const wall = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offsetMinutes * 60_000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
    offsetMinutes,
  };
}

/** ISO 8601 with the zone's offset, "2019-11-29T16:14:05+07:00": sitemaps, JSON-LD, Open Graph. */
export function formatIsoOffset(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = fastParts(instant, timeZone);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}T${hm(p)}:${pad2(p.second)}${numericOffset(p.offsetMinutes, ':')}`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 (as RSS 2.0 wants it) with the zone's offset: "Fri, 29 Nov 2019 16:14:05 +0700". */
export function formatRfc822(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = fastParts(instant, timeZone);
  return `${RFC822_DAYS[p.weekday]}, ${pad2(p.day)} ${RFC822_MONTHS[p.month - 1]} ${pad4(p.year)} ${hm(p)}:${pad2(p.second)} ${numericOffset(p.offsetMinutes, '')}`;
}

export type WallClock = Pick<ZonedParts, 'year' | 'month' | 'day' | 'hour' | 'minute'>;

/** What the clock in the zone shows at this instant. */
export function wallClock(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): WallClock {
  const { year, month, day, hour, minute } = zonedParts(instant, timeZone);
  return { year, month, day, hour, minute };
}

/**
 * The instant when the clock in `timeZone` shows this wall time. Out-of-range fields roll over as
 * Date.UTC does (day 32 is the next month's first). The offset is taken twice: the offset at the
 * first guess may differ from the one at the answer across a daylight-saving change.
 */
export function zonedTimeToInstant(time: WallClock, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const naive = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
  const offset = (at: number) => zonedParts(new Date(at), timeZone).offsetMinutes * 60_000;
  const first = naive - offset(naive);
  return new Date(naive - offset(first));
}
