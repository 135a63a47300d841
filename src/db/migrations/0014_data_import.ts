import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Imports from other systems: which local row each imported object became (so a second run of an
 * import changes nothing), and the old addresses of a previous site that now answer with a 301.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema
    .createTable('import_sources')
    // 'wordpress:https://old.example' — one old site's ids never meet another's.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('local_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_sources_pk', ['source', 'kind', 'source_id'])
    .execute();

  await db.schema
    .createTable('redirects')
    // Decoded path without a trailing slash, or '/?p=123' for the old query-string addresses.
    .addColumn('from_path', 'text', (c) => c.primaryKey())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
}
