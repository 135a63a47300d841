import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Who has an article open in the editor, for the "Nguyễn Văn A đang sửa bài này" warning: one row
 * per article and person, its time renewed by the editor's heartbeat. In the database so every app
 * node of a cluster sees the same people; no locks, a row only says who was there lately.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema
    .createTable('article_presence')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', time, (c) => c.notNull())
    .addPrimaryKeyConstraint('article_presence_pk', ['article_id', 'user_id'])
    .execute();
  // Rows of people long gone are pruned by time.
  await db.schema.createIndex('article_presence_seen').on('article_presence').column('seen_at').execute();
}
