import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/** Login sessions (when Redis is not configured) and the failed-login throttle. */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('last_seen_at', time, (c) => c.notNull())
    .execute();
  // Ending every session of one user (password change), and pruning idle ones.
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_last_seen').on('sessions').column('last_seen_at').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', time, (c) => c.notNull())
    .addColumn('locked_until', time)
    .execute();
  await db.schema.createIndex('login_throttle_window').on('login_throttle').column('window_started_at').execute();
}
