import { sql, type RawBuilder } from 'kysely';
import type { CandidateFilter } from './types.js';

/** Conditions on the joined `articles a`, the same SQL in both dialects; every value is a parameter. */
export function filterSql(filter: CandidateFilter): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.scope === 'live') conditions.push(sql`a.status = 'published' AND a.published_at <= ${filter.now}`);
  if (filter.sectionIds) {
    conditions.push(filter.sectionIds.length ? sql`a.section_id IN (${sql.join(filter.sectionIds)})` : sql`1 = 0`);
  }
  if (filter.from) conditions.push(sql`a.published_at >= ${filter.from}`);
  if (filter.to) conditions.push(sql`a.published_at < ${filter.to}`);
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`1 = 1`;
}
