import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Login throttling per account and address: each row may name the account it counts for (a keyed
 * hash), so a password reset can clear every lock on that account, and counts how often it was
 * locked, so repeated guessing waits longer each time. Comment form tokens are single use: the
 * hash of each token used with a reader's cookie is kept until the token would have expired.
 * Author pages' slugs fell back to the login name: those become `tac-gia-{id}`.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema.alterTable('login_throttle').addColumn('account', 'text').execute();
  await db.schema.alterTable('login_throttle').addColumn('lock_count', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('login_throttle_account').on('login_throttle').column('account').execute();
  await db.schema
    .createTable('comment_token_uses')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', time, (c) => c.notNull())
    .execute();
  await sql`UPDATE users SET slug = 'tac-gia-' || CAST(id AS TEXT) WHERE slug = username`.execute(db);
  await db.schema.createIndex('comment_token_uses_expiry').on('comment_token_uses').column('expires_at').execute();
}
