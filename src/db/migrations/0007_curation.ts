import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/** The home page's hand-picked stories: one lead and up to six featured, in the editors' order. */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const time = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema
    .createTable('home_picks')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    // Deleting an article (never done by the newsroom, but possible by hand) drops its pick with it.
    .addColumn('article_id', 'integer', (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
    .addColumn('chosen_by', 'integer', (c) => c.references('users.id'))
    .addColumn('chosen_at', time, (c) => c.notNull())
    .addPrimaryKeyConstraint('home_picks_pk', ['kind', 'position'])
    .execute();
}
