import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { slugify } from '../vi/index.js';

/**
 * Tags offered while a person types in the editor's tag field. Matching is on the tag's slug, which
 * is the folded name ("nông nghiệp" → nong-nghiep): typing "nong", "Nông" or "nông ng" finds it, at
 * the start of any of its words. Only tags someone may already know of are offered: those on a live
 * article or on one of the person's own articles, so a tag that exists only on another desk's draft
 * (an investigation's name) does not leak through the suggestions.
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

function visibleTags(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('tags')
    .innerJoin('article_tags', 'article_tags.tag_id', 'tags.id')
    .innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .where((eb) => eb.or([eb('articles.status', '=', 'published'), eb('articles.author_id', '=', userId)]));
}

export async function suggestTags(db: Kysely<Database>, userId: number, typed: string): Promise<TagSuggestions> {
  const slug = slugify(typed.slice(0, TAG_QUERY_MAX));
  if (!slug) return { suggestions: [], known: false };
  // A slug holds only a-z, 0-9 and '-': nothing in it is a LIKE wildcard.
  const rows = await visibleTags(db, userId)
    .select(['tags.name', 'tags.slug', (eb) => eb.fn.count<number | string>('articles.id').distinct().as('n')])
    .where((eb) => eb.or([eb('tags.slug', 'like', `${slug}%`), eb('tags.slug', 'like', `%-${slug}%`)]))
    .groupBy(['tags.id', 'tags.name', 'tags.slug'])
    .orderBy('n', 'desc')
    .orderBy('tags.slug')
    .limit(TAG_SUGGESTION_LIMIT)
    .execute();
  const known = rows.some((row) => row.slug === slug) || (await visibleTags(db, userId).select('tags.id').where('tags.slug', '=', slug).executeTakeFirst()) !== undefined;
  return { suggestions: rows.map((row) => ({ name: row.name, articles: Number(row.n) })), known };
}

/** Of these names, the ones that would make a new tag (no visible tag has their slug). */
export async function newTagNames(db: Kysely<Database>, userId: number, names: string[]): Promise<string[]> {
  const slugs = [...new Set(names.map(slugify).filter(Boolean))];
  if (slugs.length === 0) return [];
  const found = new Set((await visibleTags(db, userId).select('tags.slug').where('tags.slug', 'in', slugs).execute()).map((row) => row.slug));
  return names.filter((name) => slugify(name) && !found.has(slugify(name)));
}
