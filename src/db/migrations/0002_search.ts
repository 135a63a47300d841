import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * The search index. `search_documents` holds the plain text that ranking and snippets read (the
 * body without markup), the same in both dialects. The word index itself is dialect-specific:
 * an FTS5 table in SQLite, tsvector columns with GIN indexes in PostgreSQL. Both index text that
 * the application already folded (src/search/text.ts), so that đ, tone placement and NFD behave
 * identically on both engines without depending on `unaccent`.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('search_documents')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();

  // Folded words seen in the index, for one-typo tolerance: a typo's neighbours are looked up here.
  await db.schema
    .createTable('search_terms')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .execute();

  if (dialect === 'sqlite') {
    // Contentless: the text already lives in search_documents; the FTS table holds only the index.
    // f_* columns are folded text, x_* the exact (tone-canonical, lowercase) text for ranking.
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
      f_title, f_lead, f_body, x_title, x_lead, x_body,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
    )`.execute(db);
  } else {
    await sql`ALTER TABLE search_documents ADD COLUMN fts tsvector NOT NULL DEFAULT ''::tsvector`.execute(db);
    await sql`ALTER TABLE search_documents ADD COLUMN xts tsvector NOT NULL DEFAULT ''::tsvector`.execute(db);
    await sql`CREATE INDEX search_documents_fts ON search_documents USING gin (fts)`.execute(db);
  }
}
