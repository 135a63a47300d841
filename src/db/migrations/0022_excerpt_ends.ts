import { sql, type Kysely } from 'kysely';

/**
 * The shorter excerpts of 0021 become where each ends within the longest one: each is a beginning
 * of the 300-character excerpt followed by "...", so only its end is stored (-1: the longest one
 * whole) and a list reads one string per row rather than four. Rows already computed are marked
 * not computed (`derived_zone` empty), so the application fills the new columns at its next start
 * (src/content/derived.ts); pages compute what a row lacks meanwhile.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['excerpt_120', 'excerpt_160', 'excerpt_200']) {
    await db.schema.alterTable('articles').dropColumn(column).execute();
    await db.schema
      .alterTable('articles')
      .addColumn(`${column}_end`, 'integer', (c) => c.notNull().defaultTo(-1))
      .execute();
  }
  await sql`UPDATE articles SET derived_zone = '' WHERE derived_zone <> ''`.execute(db);
}
