import { sql, type Kysely } from 'kysely';

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

/**
 * The folding of src/vi/fold.ts and src/media/search-text.ts as they were when this migration
 * landed, copied here so the migration stays what it was whatever the application does later.
 */
function frozenImageSearchText(image: { alt: string; caption: string; original_name: string }): string {
  const folded = `${image.alt} ${image.caption} ${image.original_name}`
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0110\u0111\u00D0]/g, 'd')
    .toLowerCase();
  return ` ${folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0).join(' ')} `;
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
      await sql`UPDATE images SET search_text = ${frozenImageSearchText(row)} WHERE id = ${row.id}`.execute(db);
    }
    filled += rows.length;
    if (rows.length < BATCH) return filled;
    lastId = rows[rows.length - 1].id;
  }
}
