import type { Kysely } from 'kysely';
import { filtered, isLive } from '../content/articles.js';
import { articlePath, authorPath, sectionPath, tagPath } from '../content/urls.js';
import type { DialectName } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { formatIsoOffset } from '../vi/index.js';
import { variantSize } from './articles.js';
import { publishedMonth } from './month-sql.js';
import { attrs, element, XML_DECLARATION } from './xml.js';

/**
 * Sitemaps (sitemaps.org, with Google's image and news extensions). Data loading and rendering are
 * separate: the render functions are pure, so a page cache can keep what they return.
 */

/** The protocol's limits per file: 50,000 URLs and 50 MB. Entries here stay far below 1 KB each. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
export const NEWS_MAX_URLS = 1_000;
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** Rows read (and rendered) per step while writing a large sitemap: each step holds the event loop for tens of milliseconds at most. */
export const SITEMAP_BATCH = 500;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export interface UrlEntry {
  /** Site-relative. */
  path: string;
  lastmod: string | null;
  /** Site-relative image URLs. */
  images?: string[];
}

export interface IndexEntry {
  path: string;
  lastmod: string | null;
}

export interface NewsEntry {
  path: string;
  title: string;
  publishedAt: string;
}

export interface SitemapSite {
  siteUrl: string;
  timeZone: string;
}

function lastmod(site: SitemapSite, iso: string | null): string {
  return iso ? element('lastmod', formatIsoOffset(new Date(iso), site.timeZone)) : '';
}

export function renderSitemapIndex(site: SitemapSite, entries: IndexEntry[]): string {
  const body = entries.map((e) => `<sitemap>${element('loc', site.siteUrl + e.path)}${lastmod(site, e.lastmod)}</sitemap>`).join('\n');
  return `${XML_DECLARATION}<sitemapindex${attrs({ xmlns: SITEMAP_NS })}>\n${body}\n</sitemapindex>\n`;
}

export function renderUrlEntries(site: SitemapSite, entries: UrlEntry[]): string {
  return entries
    .map(
      (e) =>
        `<url>${element('loc', site.siteUrl + e.path)}${lastmod(site, e.lastmod)}` +
        (e.images ?? []).map((img) => `<image:image>${element('image:loc', site.siteUrl + img)}</image:image>`).join('') +
        '</url>\n',
    )
    .join('');
}

export function urlsetOpen(): string {
  return `${XML_DECLARATION}<urlset${attrs({ xmlns: SITEMAP_NS, 'xmlns:image': IMAGE_NS })}>\n`;
}

export const URLSET_CLOSE = '</urlset>\n';

export function renderUrlset(site: SitemapSite, entries: UrlEntry[]): string {
  return urlsetOpen() + renderUrlEntries(site, entries) + URLSET_CLOSE;
}

export function renderNewsSitemap(site: SitemapSite & { publicationName: string }, entries: NewsEntry[]): string {
  const body = entries
    .map(
      (e) =>
        `<url>${element('loc', site.siteUrl + e.path)}<news:news><news:publication>${element('news:name', site.publicationName)}` +
        '<news:language>vi</news:language></news:publication>' +
        element('news:publication_date', formatIsoOffset(new Date(e.publishedAt), site.timeZone)) +
        element('news:title', e.title) +
        '</news:news></url>',
    )
    .join('\n');
  return `${XML_DECLARATION}<urlset${attrs({ xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS })}>\n${body}\n</urlset>\n`;
}

/** Article sitemap files: one per month of publication, split into parts past the URL limit. */
export interface ArticleSitemapFile {
  month: string;
  part: number;
  count: number;
  lastmod: string | null;
}

export function articleSitemapPath(file: Pick<ArticleSitemapFile, 'month' | 'part'>): string {
  return `/sitemaps/articles-${file.month}${file.part > 1 ? `-${file.part}` : ''}.xml`;
}

export function parseArticleSitemapName(name: string): { month: string; part: number } | null {
  const [, month, part] = /^articles-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([1-9]\d{0,4}))?\.xml$/.exec(name) ?? [];
  return month ? { month, part: part ? Number(part) : 1 } : null;
}

export function splitMonths(months: { month: string; count: number; lastmod: string | null }[], maxUrls = SITEMAP_MAX_URLS): ArticleSitemapFile[] {
  return months.flatMap((m) =>
    Array.from({ length: Math.ceil(m.count / maxUrls) }, (_v, i) => ({
      month: m.month,
      part: i + 1,
      count: Math.min(maxUrls, m.count - i * maxUrls),
      lastmod: m.lastmod,
    })),
  );
}

export async function articleMonths(db: Kysely<Database>, dialect: DialectName, now: string) {
  const month = publishedMonth(dialect);
  const rows = await db
    .selectFrom('articles')
    .select([month.as('month'), (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('articles.updated_at').as('lastmod')])
    .where((eb) => isLive(eb, now))
    .groupBy(month)
    .orderBy(month, 'desc')
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.n), lastmod: r.lastmod === null ? null : String(r.lastmod) }));
}

function monthRange(month: string): { from: string; to: string } {
  // `yyyy-mm`, as parseArticleSitemapName and articleMonths give it.
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { from: new Date(Date.UTC(year, m - 1, 1)).toISOString(), to: new Date(Date.UTC(year, m, 1)).toISOString() };
}

/**
 * Yields the month's articles oldest first in batches: each batch is one indexed range read that
 * starts after the last row of the one before (only a later part of a huge month skips ahead once).
 */
export async function* articleEntries(
  db: Kysely<Database>,
  now: string,
  file: { month: string; part: number },
  maxUrls = SITEMAP_MAX_URLS,
  batch = SITEMAP_BATCH,
): AsyncGenerator<UrlEntry[]> {
  const { from, to } = monthRange(file.month);
  let remaining = maxUrls;
  let after: { publishedAt: string; id: number } | null = null;
  while (remaining > 0) {
    let query = filtered(db, now, {}).select(['articles.updated_at']).where('articles.published_at', '>=', from).where('articles.published_at', '<', to);
    if (after) {
      const { publishedAt, id } = after;
      query = query.where((eb) =>
        eb.or([eb('articles.published_at', '>', publishedAt), eb.and([eb('articles.published_at', '=', publishedAt), eb('articles.id', '>', id)])]),
      );
    } else if (file.part > 1) query = query.offset((file.part - 1) * maxUrls);
    const rows = await query.orderBy('articles.published_at').orderBy('articles.id').limit(Math.min(batch, remaining)).execute();
    const last = rows.at(-1);
    if (last === undefined) return;
    yield rows.map((r) => ({
      path: articlePath(r.section_path, r.slug, r.id),
      lastmod: r.updated_at,
      images: r.image_hash
        ? [variantSize({ hash: r.image_hash, variants: r.image_variants ?? '', width: r.image_width ?? 0, height: r.image_height ?? 0 }, 1600).url]
        : [],
    }));
    remaining -= rows.length;
    after = { publishedAt: last.published_at ?? '', id: last.id };
    if (rows.length < batch) return;
  }
}

/** Every section, with the newest change among the live articles of it and its subsections. */
export async function sectionEntries(db: Kysely<Database>, now: string): Promise<UrlEntry[]> {
  const sections = await db.selectFrom('sections').select(['id', 'parent_id', 'path', 'created_at']).orderBy('path').execute();
  const latest = await db
    .selectFrom('articles')
    .select(['section_id', (eb) => eb.fn.max('updated_at').as('lastmod')])
    .where((eb) => isLive(eb, now))
    .groupBy('section_id')
    .execute();
  const own = new Map(latest.map((r) => [r.section_id, String(r.lastmod)]));
  const newest = (id: number): string | null => {
    const times = [own.get(id) ?? '', ...sections.filter((s) => s.parent_id === id).map((s) => newest(s.id) ?? '')].filter(Boolean);
    return times.length ? (times.sort().at(-1) ?? null) : null;
  };
  return sections.map((s) => ({ path: sectionPath(s.path), lastmod: newest(s.id) ?? s.created_at }));
}

/** Tags with at least one live article, by slug; `part` pages through past the URL limit. */
export async function tagEntries(db: Kysely<Database>, now: string, part: number, maxUrls = SITEMAP_MAX_URLS): Promise<UrlEntry[]> {
  const rows = await db
    .selectFrom('tags')
    .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .select(['tags.slug', (eb) => eb.fn.max('articles.updated_at').as('lastmod')])
    .where((eb) => isLive(eb, now))
    .groupBy(['tags.id', 'tags.slug'])
    .orderBy('tags.slug')
    .limit(maxUrls)
    .offset((part - 1) * maxUrls)
    .execute();
  return rows.map((r) => ({ path: tagPath(r.slug), lastmod: String(r.lastmod) }));
}

export async function tagCount(db: Kysely<Database>, now: string): Promise<number> {
  const row = await db
    .selectFrom('article_tags')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .select((eb) => eb.fn.count<number>('article_tags.tag_id').distinct().as('n'))
    .where((eb) => isLive(eb, now))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Authors with at least one live article. */
export async function authorEntries(db: Kysely<Database>, now: string): Promise<UrlEntry[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('articles', 'articles.author_id', 'users.id')
    .select(['users.slug', (eb) => eb.fn.max('articles.updated_at').as('lastmod')])
    .where((eb) => isLive(eb, now))
    .groupBy(['users.id', 'users.slug'])
    .orderBy('users.slug')
    .limit(SITEMAP_MAX_URLS)
    .execute();
  return rows.map((r) => ({ path: authorPath(r.slug), lastmod: String(r.lastmod) }));
}

export async function newsEntries(db: Kysely<Database>, now: Date): Promise<NewsEntry[]> {
  const rows = await filtered(db, now.toISOString(), {})
    .where('articles.published_at', '>=', new Date(now.getTime() - NEWS_WINDOW_MS).toISOString())
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(NEWS_MAX_URLS)
    .execute();
  return rows.map((r) => ({ path: articlePath(r.section_path, r.slug, r.id), title: r.title, publishedAt: r.published_at ?? now.toISOString() }));
}
