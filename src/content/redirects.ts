import type { Kysely } from 'kysely';
import { articlePath, sectionPath, tagPath } from './urls.js';
import type { Database, RedirectTargetKind } from '../db/schema.js';
import { originalUrl } from '../media/urls.js';

/** Old query-string addresses of a WordPress site that name one object. */
export const LEGACY_QUERY_KEYS = ['p', 'page_id', 'attachment_id', 'cat', 'tag'] as const;

/** The key an old address is stored under: decoded path without a trailing slash, or '/?p=123'. */
export function redirectKey(path: string, query: URLSearchParams = new URLSearchParams()): string | null {
  if (path === '/' || path === '') {
    const key = LEGACY_QUERY_KEYS.find((k) => query.has(k));
    return key ? `/?${key}=${query.get(key)}` : null;
  }
  return path.replace(/\/+$/, '') || null;
}

/** True when a home-page request carries an old WordPress query (?p=, ?page_id=…). */
export function hasLegacyQuery(query: Record<string, unknown>): boolean {
  return LEGACY_QUERY_KEYS.some((k) => k in query);
}

async function targetUrl(db: Kysely<Database>, kind: RedirectTargetKind, id: number): Promise<string | null> {
  if (kind === 'article') {
    const row = await db
      .selectFrom('articles')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select(['articles.slug', 'sections.path'])
      .where('articles.id', '=', id)
      .executeTakeFirst();
    return row ? articlePath(row.path, row.slug, id) : null;
  }
  if (kind === 'section') {
    const row = await db.selectFrom('sections').select('path').where('id', '=', id).executeTakeFirst();
    return row ? sectionPath(row.path) : null;
  }
  if (kind === 'tag') {
    const row = await db.selectFrom('tags').select('slug').where('id', '=', id).executeTakeFirst();
    return row ? tagPath(row.slug) : null;
  }
  const row = await db.selectFrom('images').select(['hash', 'mime']).where('id', '=', id).executeTakeFirst();
  return row ? originalUrl(row) : null;
}

/**
 * Where an old address (of an imported site) lives now: the target's current canonical URL, so a
 * later change of slug or section is followed. Null when the address is not a known old one.
 */
export async function findRedirect(db: Kysely<Database>, path: string, query?: URLSearchParams): Promise<string | null> {
  const key = redirectKey(path, query);
  if (!key) return null;
  const row = await db.selectFrom('redirects').select(['target_kind', 'target_id']).where('from_path', '=', key).executeTakeFirst();
  return row ? targetUrl(db, row.target_kind, row.target_id) : null;
}
