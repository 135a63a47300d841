import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Article, Database, Image, Section, Tag, User } from '../db/schema.js';
import type { DerivedColumns } from './derived.js';
import { fixedQuery } from './fixed-query.js';

export type ImageRef = Pick<Image, 'id' | 'hash' | 'width' | 'height' | 'variants' | 'alt' | 'mime'>;

export interface ArticleSummary extends DerivedColumns {
  id: number;
  title: string;
  slug: string;
  lead: string;
  published_at: string;
  byline: string;
  section_path: string;
  section_name: string;
  image: ImageRef | null;
}

export interface ArticleDetail {
  article: Article;
  section: Section;
  image: Image | null;
  author: Pick<User, 'display_name' | 'slug'> | null;
  tags: Tag[];
}

type SummaryRow = DerivedColumns & {
  id: number;
  title: string;
  slug: string;
  lead: string;
  published_at: string | null;
  byline: string;
  section_path: string;
  section_name: string;
  image_id: number | null;
  image_hash: string | null;
  image_width: number | null;
  image_height: number | null;
  image_variants: string | null;
  image_alt: string | null;
  image_mime: string | null;
};

/** Live on the reading site: published, and its publish time has come. */
export function isLive(eb: ExpressionBuilder<Database, 'articles'>, now: string) {
  return eb.and([eb('articles.status', '=', 'published'), eb('articles.published_at', '<=', now)]);
}

function summaries(db: Kysely<Database>, now: string) {
  return db
    .selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('images', 'images.id', 'articles.featured_image_id')
    .select([
      'articles.id',
      'articles.title',
      'articles.slug',
      'articles.lead',
      'articles.published_at',
      'articles.byline',
      'articles.excerpt_300',
      'articles.excerpt_120_end',
      'articles.excerpt_160_end',
      'articles.excerpt_200_end',
      'articles.display_date',
      'articles.derived_zone',
      'sections.path as section_path',
      'sections.name as section_name',
      'images.id as image_id',
      'images.hash as image_hash',
      'images.width as image_width',
      'images.height as image_height',
      'images.variants as image_variants',
      'images.alt as image_alt',
      'images.mime as image_mime',
    ])
    .where((eb) => isLive(eb, now));
}

function toSummary(row: SummaryRow): ArticleSummary {
  const image: ImageRef | null = row.image_hash
    ? {
        id: row.image_id ?? 0,
        hash: row.image_hash,
        width: row.image_width ?? 0,
        height: row.image_height ?? 0,
        variants: row.image_variants ?? '',
        alt: row.image_alt ?? '',
        mime: row.image_mime ?? '',
      }
    : null;
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    published_at: row.published_at ?? '',
    byline: row.byline,
    excerpt_300: row.excerpt_300,
    excerpt_120_end: row.excerpt_120_end,
    excerpt_160_end: row.excerpt_160_end,
    excerpt_200_end: row.excerpt_200_end,
    display_date: row.display_date,
    derived_zone: row.derived_zone,
    section_path: row.section_path,
    section_name: row.section_name,
    image,
  };
}

type SummaryQuery = ReturnType<typeof summaries>;

export interface Page {
  limit: number;
  offset: number;
}

export interface ListFilter {
  /** Only these articles (the home page's picks); an empty list matches none. */
  ids?: number[];
  sectionIds?: number[];
  tagId?: number;
  authorId?: number;
  excludeIds?: number[];
}

/** The filter's conditions on `articles` alone, so a count needs no join. */
function matching(eb: ExpressionBuilder<Database, 'articles'>, filter: ListFilter) {
  const conditions = [];
  if (filter.ids) conditions.push(eb('articles.id', 'in', filter.ids.length > 0 ? filter.ids : [-1]));
  if (filter.sectionIds) conditions.push(eb('articles.section_id', 'in', filter.sectionIds));
  if (filter.authorId !== undefined) conditions.push(eb('articles.author_id', '=', filter.authorId));
  if (filter.tagId !== undefined) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom('article_tags')
          .select('article_tags.article_id')
          .whereRef('article_tags.article_id', '=', 'articles.id')
          .where('article_tags.tag_id', '=', filter.tagId),
      ),
    );
  }
  if (filter.excludeIds?.length) conditions.push(eb('articles.id', 'not in', filter.excludeIds));
  return eb.and(conditions);
}

/** Live articles matching the filter, with the summary's columns; feeds and the API add their own. */
export function filtered(db: Kysely<Database>, now: string, filter: ListFilter): SummaryQuery {
  return summaries(db, now).where((eb) => matching(eb, filter));
}

const latest = fixedQuery((db, { now, limit, offset, ...filter }: ListFilter & Page & { now: string }) =>
  filtered(db, now, filter).orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).offset(offset),
);

/** Newest first; the id breaks ties so pages never overlap. */
export async function listLatest(db: Kysely<Database>, now: string, filter: ListFilter, page: Page): Promise<ArticleSummary[]> {
  return (await latest(db, { ...filter, ...page, now })).map(toSummary);
}

const liveCount = fixedQuery((db, { now, ...filter }: ListFilter & { now: string }) =>
  db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and([isLive(eb, now), matching(eb, filter)])),
);

/**
 * Without the summary's joins: they never change the count (every article has its section), and
 * without them the count is read from an index alone — 2 ms to 0.1 ms for a section of 2,000.
 */
export async function countLive(db: Kysely<Database>, now: string, filter: ListFilter): Promise<number> {
  const [row] = await liveCount(db, { ...filter, now });
  return Number(row?.n ?? 0);
}

/** The week's counters alone, summed per article: no scan of the live archive. */
const weekViews = fixedQuery((db, { sinceDay, limit }: { sinceDay: string; limit: number }) =>
  db
    .selectFrom('article_views_daily')
    .select(['article_id', (eb) => eb.fn.sum<number>('views').as('views')])
    .where('day', '>=', sinceDay)
    .groupBy('article_id')
    .orderBy('views', 'desc')
    .orderBy('article_id', 'desc')
    .limit(limit),
);

/** The ranking among live articles only, in one query: when the counted articles read first do not settle it. */
const liveWeekViews = fixedQuery((db, { now, sinceDay, limit }: { now: string; sinceDay: string; limit: number }) =>
  db
    .selectFrom('article_views_daily')
    .innerJoin('articles', 'articles.id', 'article_views_daily.article_id')
    .select(['article_views_daily.article_id', (eb) => eb.fn.sum<number>('article_views_daily.views').as('views')])
    .where('article_views_daily.day', '>=', sinceDay)
    .where((eb) => isLive(eb, now))
    .groupBy(['article_views_daily.article_id', 'articles.published_at'])
    .orderBy('views', 'desc')
    .orderBy('articles.published_at', 'desc')
    .limit(limit),
);

/** Counted articles read per story shown: nearly all of a week's most read are live. */
const CANDIDATES_PER_STORY = 3;

function byViewsThenNewest(views: Map<number, number>) {
  return (a: ArticleSummary, b: ArticleSummary) =>
    (views.get(b.id) ?? 0) - (views.get(a.id) ?? 0) || (a.published_at < b.published_at ? 1 : a.published_at > b.published_at ? -1 : 0);
}

/**
 * Most viewed since `sinceDay` (YYYY-MM-DD in the site's zone), from the per-day counters, ties to
 * the newest. The week's most counted articles are read first, then the summaries of the live ones
 * among them: joining the counters to the live archive made SQLite walk every live article
 * (1–2 ms at 10,000, with the week's counters empty). When those candidates cannot settle the
 * ranking (too few live, or a tie with one left out), the joined query decides.
 */
export async function listMostRead(db: Kysely<Database>, now: string, sinceDay: string, limit: number): Promise<ArticleSummary[]> {
  const size = limit * CANDIDATES_PER_STORY;
  const counted = await weekViews(db, { sinceDay, limit: size });
  const least = counted.at(-1);
  if (!least) return [];
  const views = new Map(counted.map((c) => [c.article_id, Number(c.views)]));
  const live = await listLatest(db, now, { ids: [...views.keys()] }, { limit: size, offset: 0 });
  const chosen = live.sort(byViewsThenNewest(views)).slice(0, limit);
  const last = chosen.at(-1);
  // Every article left out has at most the least-counted candidate's views.
  if (counted.length < size || (chosen.length === limit && last && (views.get(last.id) ?? 0) > Number(least.views))) return chosen;
  const ranked = await liveWeekViews(db, { now, sinceDay, limit });
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.article_id);
  const found = new Map((await listLatest(db, now, { ids }, { limit, offset: 0 })).map((a) => [a.id, a]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

const liveArticle = fixedQuery((db, { id, now }: { id: number; now: string }) =>
  db
    .selectFrom('articles')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => isLive(eb, now)),
);
const sectionById = fixedQuery((db, { id }: { id: number }) => db.selectFrom('sections').selectAll().where('id', '=', id));
const imageById = fixedQuery((db, { id }: { id: number }) => db.selectFrom('images').selectAll().where('id', '=', id));
const bylineById = fixedQuery((db, { id }: { id: number }) => db.selectFrom('users').select(['display_name', 'slug']).where('id', '=', id));
const tagsOfArticle = fixedQuery((db, { articleId }: { articleId: number }) =>
  db
    .selectFrom('tags')
    .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
    .select(['tags.id', 'tags.name', 'tags.slug'])
    .where('article_tags.article_id', '=', articleId)
    .orderBy('article_tags.position'),
);

export async function findLiveArticle(db: Kysely<Database>, id: number, now: string): Promise<ArticleDetail | undefined> {
  const [article] = await liveArticle(db, { id, now });
  if (!article) return undefined;
  const [[section], [image], [author], tags] = await Promise.all([
    sectionById(db, { id: article.section_id }),
    article.featured_image_id === null ? [] : imageById(db, { id: article.featured_image_id }),
    article.author_id === null ? [] : bylineById(db, { id: article.author_id }),
    tagsOf(db, article.id),
  ]);
  if (!section) throw new Error(`article ${article.id} has no section ${article.section_id}`);
  return { article, section, image: image ?? null, author: author ?? null, tags };
}

export async function tagsOf(db: Kysely<Database>, articleId: number): Promise<Tag[]> {
  return tagsOfArticle(db, { articleId });
}

export async function findTagBySlug(db: Kysely<Database>, slug: string): Promise<Tag | undefined> {
  return db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findAuthorBySlug(db: Kysely<Database>, slug: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('slug', '=', slug).executeTakeFirst();
}
