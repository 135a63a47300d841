import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Comment moderation: why a comment was held, who decided on it and when, and the banned-word list.
 * The queue (one status, newest first) already has its index, comments_status_created, from 0001.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  const id = dialect === 'postgres' ? 'serial' : 'integer';

  await db.schema.alterTable('comments').addColumn('hold_reason', 'text').execute();
  await db.schema.alterTable('comments').addColumn('moderated_by', 'integer', (c) => c.references('users.id')).execute();
  await db.schema.alterTable('comments').addColumn('moderated_at', time).execute();

  await db.schema
    .createTable('banned_words')
    .addColumn('id', id, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('word', 'text', (c) => c.notNull())
    // The folded key is what comments are matched against, so two spellings of one word are one entry.
    .addColumn('folded', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', time, (c) => c.notNull())
    .execute();
}
