import type { Kysely } from 'kysely';
import { filtered, isLive, type ArticleDetail, type ListFilter } from '../content/articles.js';
import { articlePath, authorPath, sectionPath, tagPath } from '../content/urls.js';
import type { Database, Image } from '../db/schema.js';
import { absolutizeHtml } from '../feeds/absolute-html.js';
import { variantSize } from '../feeds/articles.js';
import { imageWidths } from '../media/urls.js';
import type { Article, ArticleSummary, AuthorList, SectionTree, TagList } from './schemas.js';

/** Reads live content and shapes it as the API's schemas say, with absolute URLs. */

export interface ArticleQuery extends ListFilter {
  publishedAfter?: string;
  updatedAfter?: string;
}

/** The position after the last article of a page, in the list's order (newest first). */
export interface ArticlePosition {
  publishedAt: string;
  id: number;
}

type ImageFields = Pick<Image, 'hash' | 'variants' | 'width' | 'height' | 'alt' | 'caption' | 'credit'>;

export function imageBody(siteUrl: string, image: ImageFields): NonNullable<ArticleSummary['image']> {
  const variants = imageWidths(image).map((w) => variantSize(image, w));
  const largest = variants.at(-1);
  return {
    url: `${siteUrl}${largest?.url ?? ''}`,
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    variants: variants.map((v) => ({ ...v, url: `${siteUrl}${v.url}` })),
  };
}

function tagRef(siteUrl: string, tag: { id: number; name: string; slug: string }) {
  return { id: tag.id, name: tag.name, slug: tag.slug, url: `${siteUrl}${tagPath(tag.slug)}` };
}

export async function listArticles(
  db: Kysely<Database>,
  siteUrl: string,
  now: string,
  query: ArticleQuery,
  after: ArticlePosition | null,
  limit: number,
): Promise<{ articles: ArticleSummary[]; last: ArticlePosition | null; more: boolean }> {
  let q = filtered(db, now, query)
    .leftJoin('users', 'users.id', 'articles.author_id')
    .select([
      'articles.section_id',
      'articles.updated_at',
      'articles.author_id',
      'users.display_name as author_name',
      'users.slug as author_slug',
      'images.caption as image_caption',
      'images.credit as image_credit',
    ]);
  if (query.publishedAfter) q = q.where('articles.published_at', '>', query.publishedAfter);
  if (query.updatedAfter) q = q.where('articles.updated_at', '>', query.updatedAfter);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('articles.published_at', '<', after.publishedAt),
        eb.and([eb('articles.published_at', '=', after.publishedAt), eb('articles.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const tags = await tagIdsByArticle(
    db,
    page.map((r) => r.id),
  );
  const articles = page.map((r): ArticleSummary => ({
    id: r.id,
    url: `${siteUrl}${articlePath(r.section_path, r.slug, r.id)}`,
    title: r.title,
    lead: r.lead,
    published_at: r.published_at ?? r.updated_at,
    updated_at: r.updated_at,
    byline: r.byline,
    section: { id: r.section_id, name: r.section_name, path: r.section_path, url: `${siteUrl}${sectionPath(r.section_path)}` },
    authors:
      r.author_id && r.author_name && r.author_slug
        ? [{ id: r.author_id, name: r.author_name, slug: r.author_slug, url: `${siteUrl}${authorPath(r.author_slug)}` }]
        : [],
    tags: (tags.get(r.id) ?? []).map((t) => tagRef(siteUrl, t)),
    image: r.image_hash
      ? imageBody(siteUrl, {
          hash: r.image_hash,
          variants: r.image_variants ?? '',
          width: r.image_width ?? 0,
          height: r.image_height ?? 0,
          alt: r.image_alt ?? '',
          caption: r.image_caption ?? '',
          credit: r.image_credit ?? '',
        })
      : null,
  }));
  const tail = page.at(-1);
  return { articles, last: tail ? { publishedAt: tail.published_at ?? '', id: tail.id } : null, more: rows.length > limit };
}

async function tagIdsByArticle(db: Kysely<Database>, ids: number[]) {
  const byArticle = new Map<number, { id: number; name: string; slug: string }[]>();
  if (ids.length === 0) return byArticle;
  const rows = await db
    .selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.id', 'tags.name', 'tags.slug'])
    .where('article_tags.article_id', 'in', ids)
    .orderBy('article_tags.article_id')
    .orderBy('article_tags.position')
    .execute();
  for (const row of rows) byArticle.set(row.article_id, [...(byArticle.get(row.article_id) ?? []), row]);
  return byArticle;
}

export function articleBody(siteUrl: string, detail: ArticleDetail): Article {
  const { article, section, image, author, tags } = detail;
  return {
    id: article.id,
    url: `${siteUrl}${articlePath(section.path, article.slug, article.id)}`,
    title: article.title,
    lead: article.lead,
    published_at: article.published_at ?? article.updated_at,
    updated_at: article.updated_at,
    byline: article.byline,
    section: { id: section.id, name: section.name, path: section.path, url: `${siteUrl}${sectionPath(section.path)}` },
    authors:
      author && article.author_id ? [{ id: article.author_id, name: author.display_name, slug: author.slug, url: `${siteUrl}${authorPath(author.slug)}` }] : [],
    tags: tags.map((t) => tagRef(siteUrl, t)),
    image: image ? imageBody(siteUrl, { ...image, caption: article.featured_caption || image.caption, credit: article.featured_credit || image.credit }) : null,
    body_html: absolutizeHtml(article.body_html, siteUrl),
  };
}

export async function sectionTreeBody(db: Kysely<Database>, siteUrl: string): Promise<SectionTree> {
  const sections = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('id').execute();
  const shape = (s: (typeof sections)[number]) => ({
    id: s.id,
    name: s.name,
    slug: s.slug,
    path: s.path,
    url: `${siteUrl}${sectionPath(s.path)}`,
    description: s.description,
    in_menu: s.in_menu === 1,
  });
  return {
    data: sections.filter((s) => s.parent_id === null).map((top) => ({ ...shape(top), children: sections.filter((s) => s.parent_id === top.id).map(shape) })),
  };
}

/** Tags in slug order with their live article counts; the cursor is the last slug. */
export async function tagListBody(
  db: Kysely<Database>,
  siteUrl: string,
  now: string,
  afterSlug: string | null,
  limit: number,
): Promise<{ body: Omit<TagList, 'next_cursor'>; last: string | null; more: boolean }> {
  let q = db
    .selectFrom('tags')
    .leftJoin('article_tags', 'article_tags.tag_id', 'tags.id')
    .leftJoin('articles', (join) => join.onRef('articles.id', '=', 'article_tags.article_id').on((eb) => isLive(eb, now)))
    .select(['tags.id', 'tags.name', 'tags.slug', (eb) => eb.fn.count<number>('articles.id').as('n')])
    .groupBy(['tags.id', 'tags.name', 'tags.slug']);
  if (afterSlug !== null) q = q.where('tags.slug', '>', afterSlug);
  const rows = await q
    .orderBy('tags.slug')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    body: { data: page.map((t) => ({ ...tagRef(siteUrl, t), article_count: Number(t.n) })) },
    last: page.at(-1)?.slug ?? null,
    more: rows.length > limit,
  };
}

/** People with at least one live article, by name. */
export async function authorListBody(db: Kysely<Database>, siteUrl: string, now: string): Promise<AuthorList> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('articles', 'articles.author_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.slug', 'users.bio', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => isLive(eb, now))
    .groupBy(['users.id', 'users.display_name', 'users.slug', 'users.bio'])
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return {
    data: rows.map((r) => ({ id: r.id, name: r.display_name, slug: r.slug, url: `${siteUrl}${authorPath(r.slug)}`, bio: r.bio, article_count: Number(r.n) })),
  };
}
