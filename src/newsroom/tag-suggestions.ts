import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { slugify } from '../vi/index.js';

/**
 * Tags offered while a person types in the editor's tag field. Matching is on the tag's slug, which
 * is the folded name ("nông nghiệp" → nong-nghiep): typing "nong", "Nông" or "nông ng" finds it, at
 * the start of any of its words. Only tags someone may already know of are offered: those on a live
 * article or on one of the person's own articles, so a tag that exists only on another desk's draft
 * (an investigation's name) does not leak through the suggestions. Matching looks at the tags table
 * alone and keeps at most 200 candidates; only those are joined with their articles, so a paper with
 * a hundred thousand articles answers in milliseconds (better-sqlite3 holds the event loop meanwhile).
 */

export const TAG_QUERY_MAX = 60;
export const TAG_SUGGESTION_LIMIT = 8;

export interface TagSuggestion {
  name: string;
  /** Live and own articles that carry it: the more used, the higher. */
  articles: number;
}

export interface TagSuggestions {
  suggestions: TagSuggestion[];
  /** True when the typed text is itself an existing tag (same slug); false means it would be new. */
  known: boolean;
}

/** Tags whose slug matches, looked up in the tags table alone: bounded before any join. */
const CANDIDATE_LIMIT = 200;

/** Of these tags, those on a live article or one of the person's own, with how many such articles. */
async function visibleCounts(db: Kysely<Database>, userId: number, tagIds: number[]): Promise<Map<number, number>> {
  if (tagIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('article_tags')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .select(['article_tags.tag_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('article_tags.tag_id', 'in', tagIds)
    .where((eb) => eb.or([eb('articles.status', '=', 'published'), eb('articles.author_id', '=', userId)]))
    .groupBy('article_tags.tag_id')
    .execute();
  return new Map(rows.map((row) => [row.tag_id, Number(row.n)]));
}

export async function suggestTags(db: Kysely<Database>, userId: number, typed: string): Promise<TagSuggestions> {
  const slug = slugify(typed.slice(0, TAG_QUERY_MAX));
  if (!slug) return { suggestions: [], known: false };
  // A slug holds only a-z, 0-9 and '-': nothing in it is a LIKE wildcard. The tag typed in full
  // comes first, so "known" never depends on where it falls among many matches.
  const exact = await db.selectFrom('tags').select(['id', 'name', 'slug']).where('slug', '=', slug).execute();
  const matches = await db
    .selectFrom('tags')
    .select(['id', 'name', 'slug'])
    .where((eb) => eb.or([eb('slug', 'like', `${slug}%`), eb('slug', 'like', `%-${slug}%`)]))
    .orderBy('slug')
    .limit(CANDIDATE_LIMIT)
    .execute();
  const candidates = [...exact, ...matches.filter((tag) => tag.slug !== slug)];
  const counts = await visibleCounts(
    db,
    userId,
    candidates.map((tag) => tag.id),
  );
  const visible = candidates.filter((tag) => counts.has(tag.id));
  const suggestions = visible
    .map((tag) => ({ name: tag.name, slug: tag.slug, articles: counts.get(tag.id) ?? 0 }))
    .sort((a, b) => b.articles - a.articles || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, TAG_SUGGESTION_LIMIT)
    .map(({ name, articles }) => ({ name, articles }));
  return { suggestions, known: visible.some((tag) => tag.slug === slug) };
}

/** Of these names, the ones that would make a new tag (no visible tag has their slug). */
export async function newTagNames(db: Kysely<Database>, userId: number, names: string[]): Promise<string[]> {
  const slugs = [...new Set(names.map(slugify).filter(Boolean))];
  if (slugs.length === 0) return [];
  const tags = await db.selectFrom('tags').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  const counts = await visibleCounts(
    db,
    userId,
    tags.map((tag) => tag.id),
  );
  const found = new Set(tags.filter((tag) => counts.has(tag.id)).map((tag) => tag.slug));
  return names.filter((name) => slugify(name) && !found.has(slugify(name)));
}
