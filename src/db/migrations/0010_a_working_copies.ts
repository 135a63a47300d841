import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Working copies of live articles. While a published article has unpublished changes, its row keeps
 * what readers see and `live_version` says which version that is; the newest version, the working
 * copy, is the revision numbered `version`. `changes_submitted_at` marks a working copy sent for
 * approval by someone who may not update the live article themselves.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema.alterTable('articles').addColumn('live_version', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('changes_submitted_at', time).execute();
}
