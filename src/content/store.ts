import type { Kysely } from 'kysely';
import type { Article, ArticleStatus, Database, Tag } from '../db/schema.js';
import { indexArticleIn } from '../search/indexer.js';
import { normalizeText, slugify } from '../vi/index.js';
import { articleSaved } from './dependencies.js';
import { sanitizeBody } from './sanitize.js';

export interface ArticleInput {
  title: string;
  lead: string;
  bodyHtml: string;
  sectionId: number;
  status: ArticleStatus;
  publishedAt: string | null;
  byline: string;
  authorId: number | null;
  featuredImageId?: number | null;
  featuredCaption?: string;
  featuredCredit?: string;
  tags?: string[];
  slug?: string;
}

/** Slugs are unique across articles; a clash gets -2, -3… (the id in the URL keeps links stable anyway). */
export async function uniqueArticleSlug(db: Kysely<Database>, base: string, exceptId?: number): Promise<string> {
  const root = base.slice(0, 120).replace(/-+$/, '');
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    let query = db.selectFrom('articles').select('id').where('slug', '=', candidate);
    if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
    if (!(await query.executeTakeFirst())) return candidate;
  }
}

/** Finds or creates tags by name; names are matched by their slug, so "Hòa bình" and "Hoà bình" are one tag. */
export async function ensureTags(db: Kysely<Database>, names: string[]): Promise<Tag[]> {
  const tags: Tag[] = [];
  for (const raw of names) {
    const name = normalizeText(raw).trim();
    const slug = slugify(name);
    if (!slug || tags.some((t) => t.slug === slug)) continue;
    await db.insertInto('tags').values({ name, slug }).onConflict((oc) => oc.column('slug').doNothing()).execute();
    tags.push(await db.selectFrom('tags').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow());
  }
  return tags;
}

export async function setArticleTags(db: Kysely<Database>, articleId: number, names: string[]): Promise<void> {
  const tags = await ensureTags(db, names);
  const previous = await db.selectFrom('article_tags').select('tag_id').where('article_id', '=', articleId).execute();
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  if (tags.length > 0) {
    await db
      .insertInto('article_tags')
      .values(tags.map((t, position) => ({ article_id: articleId, tag_id: t.id, position })))
      .execute();
  }
  // A tag dropped from its last article goes too: its name (perhaps an investigation's) stays nowhere.
  const dropped = previous.map((row) => row.tag_id).filter((id) => !tags.some((t) => t.id === id));
  if (dropped.length > 0) {
    await db
      .deleteFrom('tags')
      .where('id', 'in', dropped)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('article_tags').select('tag_id').whereRef('article_tags.tag_id', '=', 'tags.id'))))
      .execute();
  }
}

/** Text is stored as written (only NFC-normalised); the body passes the allow-list sanitizer. */
export async function insertArticle(db: Kysely<Database>, input: ArticleInput): Promise<Article> {
  const inserted = await db.transaction().execute(async (trx) => {
    const title = normalizeText(input.title).trim();
    const now = new Date().toISOString();
    const article = await trx
      .insertInto('articles')
      .values({
        title,
        slug: await uniqueArticleSlug(trx, input.slug ?? slugify(title)),
        lead: normalizeText(input.lead).trim(),
        body_html: sanitizeBody(input.bodyHtml),
        section_id: input.sectionId,
        status: input.status,
        published_at: input.publishedAt,
        created_at: input.publishedAt && input.publishedAt < now ? input.publishedAt : now,
        updated_at: input.publishedAt && input.publishedAt < now ? input.publishedAt : now,
        byline: normalizeText(input.byline).trim(),
        author_id: input.authorId,
        featured_image_id: input.featuredImageId ?? null,
        featured_caption: normalizeText(input.featuredCaption ?? '').trim(),
        featured_credit: normalizeText(input.featuredCredit ?? '').trim(),
        seo_title: '',
        seo_description: '',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.tags?.length) await setArticleTags(trx, article.id, input.tags);
    // In the same transaction: a saved article is never missing from search.
    await indexArticleIn(trx, article.id);
    return article;
  });
  // A new live article enters the lists of its section, tags and author, and the home page.
  await articleSaved(db, inserted.id);
  return inserted;
}
