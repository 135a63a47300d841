import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * Search candidates come newest first from the index itself, so that a query matching most of the
 * archive ("của", "người dân") stops after a page instead of scoring every match. Each indexed
 * article gets a `rank_key` that sorts like its publication time (see src/search/rank-key.ts):
 * in SQLite it is the rowid of the FTS tables, whose doclists FTS5 walks in rowid order; in
 * PostgreSQL a b-tree orders by it. A second, small FTS table holds only titles and leads, so
 * "every word in the title" is answered from short doclists rather than whole articles. A
 * one-letter prefix index lets "bác s" stream like a word instead of merging every s- word. A
 * third holds each article's adjacent word pairs ("phat_trien trien_kinh kinh_te") without
 * positions: a phrase becomes an AND of pairs, whose short doclists FTS5 intersects quickly,
 * where checking positions of common words for a rare phrase would read the whole archive.
 *
 * The old index had article ids as rowids: it is dropped and `search_documents` emptied, and the
 * search engine rebuilds the index when it finds articles but no index (see ensureIndexed).
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await sql`DELETE FROM search_documents`.execute(db);
  await db.schema.alterTable('search_documents').addColumn('rank_key', 'bigint').execute();
  await db.schema.createIndex('search_documents_rank_key').unique().on('search_documents').column('rank_key').execute();
  if (dialect === 'sqlite') {
    const fts = (table: string, columns: string, options: string) =>
      sql`CREATE VIRTUAL TABLE ${sql.table(table)} USING fts5(${sql.raw(columns)}, content='', contentless_delete=1, ${sql.raw(options)})`.execute(db);
    const words = "tokenize='unicode61 remove_diacritics 0'";
    await sql`DROP TABLE search_fts`.execute(db);
    await fts('search_fts', 'f_title, f_lead, f_body', `${words}, prefix='2 3'`);
    await fts('search_exact', 'x_title, x_lead, x_body', words);
    await fts('search_title', 'f_title, x_title', `${words}, prefix='2 3'`);
    await fts('search_head', 'f_title, f_lead', `${words}, prefix='2 3'`);
    await fts('search_pairs', 'pairs', `detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'"`);
  } else {
    // The same tables, as columns with GIN indexes: titles, titles with leads, exact title words,
    // and word pairs without positions. Small columns stay out of TOAST and need no weights, so
    // the planner estimates them well and never rechecks a whole article's vector.
    for (const column of ['title_fts', 'title_xts', 'head_fts', 'pairs']) {
      await sql`ALTER TABLE search_documents ADD COLUMN ${sql.ref(column)} tsvector NOT NULL DEFAULT ''::tsvector`.execute(db);
      await sql`CREATE INDEX ${sql.ref(`search_documents_${column}`)} ON search_documents USING gin (${sql.ref(column)})`.execute(db);
    }
    await sql`CREATE INDEX search_documents_xts ON search_documents USING gin (xts)`.execute(db);
  }
}
