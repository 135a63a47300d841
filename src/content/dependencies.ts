import type { Kysely } from 'kysely';
import { contentChanged, isWatched, PageTags } from '../cache/changes.js';
import type { Database } from '../db/schema.js';

/**
 * Which public pages an article's change touches. Read the article's state before the change and
 * after it (`articleState`), then `articleChanged(db, before, after)`: a change to an article that was
 * not live and is not live purges nothing; a live article's own page is always purged; the lists
 * that show it only when what they show of it changed (title, lead, picture…), and the lists it
 * enters or leaves only when it enters or leaves them.
 */

export interface ArticleState {
  id: number;
  live: boolean;
  /** What lists show of the article, as one comparable string. */
  summary: string;
  published_at: string | null;
  /** The list tags of every listing that holds the article while it is live. */
  lists: string[];
}

const SUMMARY_FIELDS = ['title', 'slug', 'lead', 'byline', 'featured_image_id', 'section_id', 'published_at'] as const;

export async function articleState(db: Kysely<Database>, articleId: number, now = new Date()): Promise<ArticleState | null> {
  const article = await db
    .selectFrom('articles')
    .select(['id', 'status', 'author_id', ...SUMMARY_FIELDS])
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!article) return null;
  const [sections, tags] = await Promise.all([
    db.selectFrom('sections').select(['id', 'parent_id']).execute(),
    db.selectFrom('article_tags').select('tag_id').where('article_id', '=', articleId).execute(),
  ]);
  const parentOf = new Map(sections.map((s) => [s.id, s.parent_id]));
  const lists: string[] = [PageTags.listAll];
  // A section's page lists its subsections' articles too: the article is in every ancestor's list.
  for (let id: number | null | undefined = article.section_id; id != null; id = parentOf.get(id)) lists.push(PageTags.sectionList(id));
  for (const { tag_id } of tags) lists.push(PageTags.tagList(tag_id));
  if (article.author_id !== null) lists.push(PageTags.authorList(article.author_id));
  return {
    id: article.id,
    live: article.status === 'published' && article.published_at !== null && article.published_at <= now.toISOString(),
    summary: JSON.stringify(SUMMARY_FIELDS.map((f) => article[f])),
    published_at: article.published_at,
    lists,
  };
}

export function articleChangeTags(before: ArticleState | null, after: ArticleState | null): string[] {
  const id = (after ?? before)?.id;
  if (id === undefined || (!before?.live && !after?.live)) return [];
  const tags = [PageTags.article(id), PageTags.search];
  if (!before?.live || !after?.live) {
    // It entered or left the site: every list it is (or was) in changes.
    tags.push(PageTags.summary(id), ...(before?.lists ?? []), ...(after?.lists ?? []));
    return tags;
  }
  if (before.summary !== after.summary) tags.push(PageTags.summary(id));
  if (before.published_at !== after.published_at) {
    // A new date moves it within every list it is in.
    tags.push(...before.lists, ...after.lists);
  } else {
    const was = new Set(before.lists);
    const is = new Set(after.lists);
    tags.push(...before.lists.filter((t) => !is.has(t)), ...after.lists.filter((t) => !was.has(t)));
  }
  return tags;
}

export async function articleChanged(db: Kysely<Database>, before: ArticleState | null, after: ArticleState | null): Promise<void> {
  await contentChanged(db, articleChangeTags(before, after));
}

/** After a change that can only have made the article appear or changed it (an insert, a scheduled publish). */
export async function articleSaved(db: Kysely<Database>, articleId: number, before: ArticleState | null = null): Promise<void> {
  if (!isWatched(db)) return;
  await articleChanged(db, before, await articleState(db, articleId));
}

/** Approved comments appeared on or left these articles' pages. */
export async function commentsChanged(db: Kysely<Database>, articleIds: Iterable<number>): Promise<void> {
  await contentChanged(db, [...articleIds].map(PageTags.comments));
}
