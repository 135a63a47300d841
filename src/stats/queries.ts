import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { localDateKey, zonedTimeToInstant } from '../vi/index.js';
import { addDays, dayRange } from './days.js';

/**
 * The newsroom's numbers, from the per-article daily view counters (written in batches by
 * src/content/views.ts) and the comments table. Days are calendar days in the site's zone.
 */

export interface Series {
  name: string;
  values: number[];
}

/** Views per day over `days` (oldest first) for the whole paper. */
export async function paperViews(db: Kysely<Database>, days: string[]): Promise<number[]> {
  const { first, last } = dayRange(days);
  const rows = await db
    .selectFrom('article_views_daily')
    .select(['day', (eb) => eb.fn.sum<number>('views').as('views')])
    .where('day', '>=', first)
    .where('day', '<=', last)
    .groupBy('day')
    .execute();
  const byDay = new Map(rows.map((r) => [r.day, Number(r.views)]));
  return days.map((day) => byDay.get(day) ?? 0);
}

/** Views per day per top-level section (a subsection counts in its parent), biggest first. */
export async function sectionViews(db: Kysely<Database>, days: string[]): Promise<Series[]> {
  const { first, last } = dayRange(days);
  const [sections, rows] = await Promise.all([
    db.selectFrom('sections').select(['id', 'parent_id', 'name', 'position']).orderBy('position').execute(),
    db
      .selectFrom('article_views_daily as v')
      .innerJoin('articles as a', 'a.id', 'v.article_id')
      .select(['v.day', 'a.section_id', (eb) => eb.fn.sum<number>('v.views').as('views')])
      .where('v.day', '>=', first)
      .where('v.day', '<=', last)
      .groupBy(['v.day', 'a.section_id'])
      .execute(),
  ]);
  const parent = new Map(sections.map((s) => [s.id, s.parent_id]));
  const root = (id: number): number => {
    let current = id;
    for (let guard = 0; guard < 10 && parent.get(current); guard++) current = parent.get(current) ?? current;
    return current;
  };
  const index = new Map(days.map((d, i) => [d, i]));
  const series = new Map(sections.filter((s) => s.parent_id === null).map((s) => [s.id, { name: s.name, values: days.map(() => 0) }]));
  for (const row of rows) {
    const entry = series.get(root(row.section_id));
    const i = index.get(row.day);
    // i is a position in days, and every series has one value per day.
    if (entry && i !== undefined) entry.values[i]! += Number(row.views);
  }
  const total = (s: Series) => s.values.reduce((a, b) => a + b, 0);
  return [...series.values()].sort((a, b) => total(b) - total(a));
}

export interface RankedArticle {
  id: number;
  title: string;
  sectionName: string;
  author: string | null;
  views: number;
}

/** The most read articles between two days (both included), with their section and author. */
export async function mostRead(db: Kysely<Database>, first: string, last: string, limit = 20): Promise<RankedArticle[]> {
  const rows = await db
    .selectFrom('article_views_daily as v')
    .innerJoin('articles as a', 'a.id', 'v.article_id')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .leftJoin('users as u', 'u.id', 'a.author_id')
    .select(['a.id', 'a.title', 's.name as section_name', 'u.display_name', (eb) => eb.fn.sum<number>('v.views').as('views')])
    .where('v.day', '>=', first)
    .where('v.day', '<=', last)
    .groupBy(['a.id', 'a.title', 's.name', 'u.display_name'])
    .orderBy('views', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, sectionName: r.section_name, author: r.display_name, views: Number(r.views) }));
}

export interface Total {
  name: string;
  articles: number;
  views: number;
}

/** Views between two days per author (by the article's author account) and per section. */
export async function totalsBy(db: Kysely<Database>, by: 'author' | 'section', first: string, last: string, limit = 15): Promise<Total[]> {
  const base = db
    .selectFrom('article_views_daily as v')
    .innerJoin('articles as a', 'a.id', 'v.article_id')
    .where('v.day', '>=', first)
    .where('v.day', '<=', last);
  const rows =
    by === 'author'
      ? await base
          .innerJoin('users as u', 'u.id', 'a.author_id')
          .select([
            'u.id',
            'u.display_name as name',
            (eb) => eb.fn.count<number>('a.id').distinct().as('articles'),
            (eb) => eb.fn.sum<number>('v.views').as('views'),
          ])
          .groupBy(['u.id', 'u.display_name'])
          .orderBy('views', 'desc')
          .orderBy('u.id')
          .limit(limit)
          .execute()
      : await base
          .innerJoin('sections as s', 's.id', 'a.section_id')
          .select(['s.id', 's.name as name', (eb) => eb.fn.count<number>('a.id').distinct().as('articles'), (eb) => eb.fn.sum<number>('v.views').as('views')])
          .groupBy(['s.id', 's.name'])
          .orderBy('views', 'desc')
          .orderBy('s.id')
          .limit(limit)
          .execute();
  return rows.map((r) => ({ name: r.name, articles: Number(r.articles), views: Number(r.views) }));
}

/** Reader comments received per day (every status: what arrived, not what was approved). */
export async function commentsPerDay(db: Kysely<Database>, days: string[], timeZone: string): Promise<number[]> {
  const start = (day: string) =>
    zonedTimeToInstant({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), hour: 0, minute: 0 }, timeZone);
  const { first, last } = dayRange(days);
  const rows = await db
    .selectFrom('comments')
    .select('created_at')
    .where('created_at', '>=', start(first).toISOString())
    .where('created_at', '<', start(addDays(last, 1)).toISOString())
    .execute();
  const index = new Map(days.map((d, i) => [d, i]));
  const counts = days.map(() => 0);
  for (const row of rows) {
    const i = index.get(localDateKey(new Date(row.created_at), timeZone));
    if (i !== undefined) counts[i]! += 1; // i is a position in days, and counts has one entry per day
  }
  return counts;
}

/** One article's views per day over the given days. */
export async function articleViews(db: Kysely<Database>, articleId: number, days: string[]): Promise<number[]> {
  const { first, last } = dayRange(days);
  const rows = await db
    .selectFrom('article_views_daily')
    .select(['day', 'views'])
    .where('article_id', '=', articleId)
    .where('day', '>=', first)
    .where('day', '<=', last)
    .execute();
  const byDay = new Map(rows.map((r) => [r.day, Number(r.views)]));
  return days.map((day) => byDay.get(day) ?? 0);
}

/** Deletes daily view rows older than `keepDays` days (0 keeps everything); the article totals stay. */
export async function pruneDailyViews(db: Kysely<Database>, keepDays: number, timeZone: string, now = new Date()): Promise<number> {
  if (keepDays <= 0) return 0;
  const oldest = addDays(localDateKey(now, timeZone), -(keepDays - 1));
  const result = await db.deleteFrom('article_views_daily').where('day', '<', oldest).executeTakeFirst();
  return Number(result.numDeletedRows);
}
