import { sql, type RawBuilder } from 'kysely';
import type { CandidateFilter } from './types.js';

/**
 * Conditions on a row with the article's `status`, `published_at` and `section_id` (the joined
 * `articles a` by default), the same SQL in both dialects; every value is a parameter.
 */
export function filterSql(filter: CandidateFilter, table = 'a'): RawBuilder<unknown> {
  const column = (name: string) => sql.ref(`${table}.${name}`);
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.scope === 'live') conditions.push(sql`${column('status')} = 'published' AND ${column('published_at')} <= ${filter.now}`);
  if (filter.sectionIds) {
    conditions.push(filter.sectionIds.length ? sql`${column('section_id')} IN (${sql.join(filter.sectionIds)})` : sql`1 = 0`);
  }
  if (filter.from) conditions.push(sql`${column('published_at')} >= ${filter.from}`);
  if (filter.to) conditions.push(sql`${column('published_at')} < ${filter.to}`);
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`1 = 1`;
}
