import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../db/connection.js';

/** "2024-03": the UTC month of `articles.published_at`, for grouping article sitemaps. */
export function publishedMonth(dialect: DialectName): RawBuilder<string> {
  return dialect === 'postgres' ? sql<string>`to_char(articles.published_at AT TIME ZONE 'UTC', 'YYYY-MM')` : sql<string>`substr(articles.published_at, 1, 7)`;
}
