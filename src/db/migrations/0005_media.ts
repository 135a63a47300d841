import { sql, type Kysely } from 'kysely';
import { imageSearchText } from '../../media/search-text.js';

interface ImageTextRow {
  id: number;
  alt: string;
  caption: string;
  original_name: string;
}

/**
 * The media library's search: a folded `search_text` per image (alt, caption, file name). Folding
 * is done by the application (src/vi/fold.ts) so that both dialects match the same way, which SQL
 * alone cannot do; existing rows are therefore backfilled from TypeScript.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('images').addColumn('search_text', 'text', (c) => c.notNull().defaultTo('')).execute();
  await backfillSearchText(db);
}

/** Fills search_text of rows that have none, a batch at a time so a large library needs little memory. */
export async function backfillSearchText(db: Kysely<unknown>): Promise<number> {
  const BATCH = 500;
  let lastId = 0;
  let filled = 0;
  for (;;) {
    const { rows } = await sql<ImageTextRow>`SELECT id, alt, caption, original_name FROM images
      WHERE id > ${lastId} AND search_text = '' ORDER BY id LIMIT ${BATCH}`.execute(db);
    for (const row of rows) {
      await sql`UPDATE images SET search_text = ${imageSearchText(row)} WHERE id = ${row.id}`.execute(db);
    }
    filled += rows.length;
    if (rows.length < BATCH) return filled;
    lastId = rows[rows.length - 1].id;
  }
}
