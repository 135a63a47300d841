import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { listSections, sectionAndDescendantIds } from '../content/sections.js';
import type { Database, Section } from '../db/schema.js';
import { ParameterError } from '../http-error.js';
import { queryFields, textOf } from '../request-fields.js';
import { zonedTimeToInstant } from '../vi/index.js';
import { PAGE_SIZE, parsePage } from '../content/pagination.js';
import { cleanQuery } from './query.js';
import type { SearchOptions, SearchSort } from './types.js';

/** The reader-facing search parameters of /tim-kiem and /api/v1/search, validated. */
export interface SearchParams {
  q: string;
  section: Section | null;
  /** As typed, YYYY-MM-DD, for the form and links. */
  from: string;
  to: string;
  sort: SearchSort;
  page: number;
  /** The reader asked to search the words exactly as typed (`nguyen-van=1`), without conversion. */
  asTyped: boolean;
}

/** The page's query (/api/v1/search declares its own, stricter, schema over the same names). */
export const SEARCH_QUERY = queryFields('q', 'section', 'from', 'to', 'sort', 'trang', 'nguyen-van');
export type SearchQuery = Static<typeof SEARCH_QUERY>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECTION_PATH = /^[a-z0-9-]{1,80}(\/[a-z0-9-]{1,80})?$/;

function parseDay(value: string, label: string, parameter: string): string {
  if (!value) return '';
  const match = DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new ParameterError(parameter, `Ngày ${label} không hợp lệ: hãy nhập theo dạng năm-tháng-ngày, ví dụ 2024-03-15.`);
  }
  return value;
}

/** The instant a local calendar day begins in the newspaper's zone; `days` shifts the day. */
export function dayStart(day: string, timeZone: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) throw new RangeError(`not a day: ${day}`);
  return zonedTimeToInstant({ year, month, day: date + days, hour: 0, minute: 0 }, timeZone).toISOString();
}

export async function parseSearchParams(db: Kysely<Database>, query: SearchQuery): Promise<SearchParams> {
  const sortValue = textOf(query.sort);
  if (sortValue !== '' && sortValue !== 'moi-nhat' && sortValue !== 'phu-hop') {
    throw new ParameterError('sort', 'Cách sắp xếp không hợp lệ: dùng "moi-nhat" (mới nhất) hoặc bỏ trống (phù hợp nhất).');
  }
  const from = parseDay(textOf(query.from), 'bắt đầu', 'from');
  const to = parseDay(textOf(query.to), 'kết thúc', 'to');
  if (from && to && from > to) throw new ParameterError('from', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
  const sectionValue = textOf(query.section);
  let section: Section | null = null;
  if (sectionValue) {
    const sections = SECTION_PATH.test(sectionValue) ? await listSections(db) : [];
    section = sections.find((s) => s.path === sectionValue) ?? null;
    if (!section) throw new ParameterError('section', 'Chuyên mục cần tìm không tồn tại.');
  }
  return {
    q: cleanQuery(textOf(query.q)),
    section,
    from,
    to,
    sort: sortValue === 'moi-nhat' ? 'newest' : 'relevance',
    page: parsePage(query.trang === undefined ? undefined : textOf(query.trang)),
    asTyped: textOf(query['nguyen-van']) === '1',
  };
}

export async function searchOptions(db: Kysely<Database>, params: SearchParams, timeZone: string): Promise<SearchOptions> {
  const sectionIds = params.section ? sectionAndDescendantIds(await listSections(db), params.section.id) : undefined;
  return {
    scope: 'live',
    sort: params.sort,
    sectionIds,
    from: params.from ? dayStart(params.from, timeZone) : undefined,
    to: params.to ? dayStart(params.to, timeZone, 1) : undefined,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
    asTyped: params.asTyped,
  };
}

/** The page's own URL with some parameters changed; empty ones are left out. */
export function searchUrl(
  base: string,
  params: SearchParams,
  change: Partial<Record<'q' | 'section' | 'from' | 'to' | 'sort' | 'trang' | 'nguyen-van', string>> = {},
): string {
  const values: Record<string, string> = {
    q: params.q,
    section: params.section?.path ?? '',
    from: params.from,
    to: params.to,
    sort: params.sort === 'newest' ? 'moi-nhat' : '',
    trang: params.page > 1 ? String(params.page) : '',
    'nguyen-van': params.asTyped ? '1' : '',
    ...change,
  };
  const search = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}
