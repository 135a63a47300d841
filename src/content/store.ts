import type { Kysely } from 'kysely';
import type { Database, Tag } from '../db/schema.js';
import { normalizeText, slugify } from '../vi/index.js';

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
    await db
      .insertInto('tags')
      .values({ name, slug })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
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
