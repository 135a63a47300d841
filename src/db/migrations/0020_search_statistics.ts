import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * 0019 asked PostgreSQL for statistics on 100,000 lexemes per search vector (target 10000). Planning
 * then read those statistics for every query, a few milliseconds each time; 10,000 lexemes (target
 * 1000) is enough for a word outside them to be guessed rare, which is what 0019 wanted. The new
 * target takes effect at the next ANALYZE (the search engine's rebuild runs one; so does autovacuum).
 * SQLite has no such statistics. Frozen like every migration: it spells out its SQL.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const column of ['title_fts', 'title_xts', 'head_fts', 'fts', 'xts', 'pairs']) {
    await sql`ALTER TABLE search_entries ALTER COLUMN ${sql.ref(column)} SET STATISTICS 1000`.execute(db);
  }
}
