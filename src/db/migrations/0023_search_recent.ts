import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * PostgreSQL: where the search's recent indexes begin. Besides the GIN indexes of the whole archive
 * (0019), the search engine keeps partial ones over the newest entries only (`rank_key >= from_key`),
 * rebuilt by the application as the archive grows (src/search/postgresql.ts, maintain): a common
 * query's newest matches and its count up to the cap are found there, in an index a tenth the size.
 * One row at most; none until the archive is large enough to need them. SQLite has no such indexes.
 * Frozen like every migration: it spells out its SQL.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE TABLE search_recent (
    id smallint PRIMARY KEY CHECK (id = 1),
    from_key bigint NOT NULL,
    entries integer NOT NULL,
    built_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}
