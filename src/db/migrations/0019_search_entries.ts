import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * PostgreSQL's search index moves into `search_entries`: one narrow row per indexed article with
 * its rank key, copies of what the search filters on (status, publication time, section) and the
 * match vectors. In `search_documents` those vectors shared ~3 KB rows with the article's text, so
 * every article a query walked past cost a page of its own, and the filter joined `articles`.
 *
 * - The large vectors (whole article, exact words, word pairs, title and lead) are stored out of
 *   line (STORAGE EXTERNAL, toast_tuple_target 128): a bitmap scan of the GIN index, which needs
 *   no recheck for the AND/OR/prefix queries these answer, then reads ~100 rows a page and never
 *   the vectors. The title's vectors stay inline: title tiers walk the rank-key index reading them.
 * - The whole-article vectors lose their positions (`strip`): phrases are matched through the
 *   pairs vector and in titles, which keep theirs.
 * - Statistics on 10,000 lexemes per vector rather than 1,000: with the default, a word outside
 *   the most common thousand is guessed at 0.5% of the articles, so for a word no article holds
 *   the planner walked the whole rank-key index hoping to stop early.
 * - A trigger keeps the copied columns equal to the article's in the same statement, whichever
 *   path changes them (publish, unpublish, trash, the scheduler), as the join used to.
 *
 * The vectors already built are carried over, so search keeps working across the upgrade; the
 * columns they leave in `search_documents` are dropped. The planner's statistics come with the
 * next automatic ANALYZE (the search engine's rebuild runs one too). SQLite's FTS5 tables are unchanged.
 * Frozen like every migration: it imports nothing of the application and spells out its SQL.
 */
const COPY_BATCH = 2000;

export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE TABLE search_entries (
    article_id integer PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    rank_key bigint NOT NULL,
    status text NOT NULL,
    published_at timestamptz,
    section_id integer NOT NULL,
    title_fts tsvector NOT NULL,
    title_xts tsvector NOT NULL,
    head_fts tsvector NOT NULL,
    fts tsvector NOT NULL,
    xts tsvector NOT NULL,
    pairs tsvector NOT NULL
  ) WITH (toast_tuple_target = 128)`.execute(db);
  for (const column of ['head_fts', 'fts', 'xts', 'pairs']) {
    await sql`ALTER TABLE search_entries ALTER COLUMN ${sql.ref(column)} SET STORAGE EXTERNAL`.execute(db);
  }
  for (const column of ['title_fts', 'title_xts']) {
    await sql`ALTER TABLE search_entries ALTER COLUMN ${sql.ref(column)} SET STORAGE MAIN`.execute(db);
  }
  for (const column of ['title_fts', 'title_xts', 'head_fts', 'fts', 'xts', 'pairs']) {
    await sql`ALTER TABLE search_entries ALTER COLUMN ${sql.ref(column)} SET STATISTICS 10000`.execute(db);
  }

  // Indexes first, rows in batches: every statement stays well inside the connection's query
  // timeout on a large archive (a single copy of 100,000 articles takes about a minute).
  await sql`CREATE UNIQUE INDEX search_entries_rank_key ON search_entries (rank_key)`.execute(db);
  for (const column of ['title_fts', 'title_xts', 'head_fts', 'fts', 'xts', 'pairs']) {
    await sql`CREATE INDEX ${sql.ref(`search_entries_${column}`)} ON search_entries USING gin (${sql.ref(column)})`.execute(db);
  }
  for (let after = 0; ; ) {
    const { rows } = await sql<{ last: number | null }>`WITH copied AS (
        INSERT INTO search_entries (article_id, rank_key, status, published_at, section_id, title_fts, title_xts, head_fts, fts, xts, pairs)
        SELECT d.article_id, d.rank_key, a.status, a.published_at, a.section_id, d.title_fts, strip(d.title_xts), strip(d.head_fts), strip(d.fts),
          strip(d.xts), d.pairs
        FROM search_documents d JOIN articles a ON a.id = d.article_id
        WHERE d.rank_key IS NOT NULL AND d.article_id > ${after}
        ORDER BY d.article_id LIMIT ${COPY_BATCH}
        RETURNING article_id)
      SELECT max(article_id) AS last FROM copied`.execute(db);
    const last = rows[0]?.last;
    if (last == null) break;
    after = Number(last);
  }
  await sql`DELETE FROM search_documents WHERE rank_key IS NULL`.execute(db);
  for (const column of ['fts', 'xts', 'title_fts', 'title_xts', 'head_fts', 'pairs']) {
    await sql`ALTER TABLE search_documents DROP COLUMN IF EXISTS ${sql.ref(column)}`.execute(db);
  }

  await sql`CREATE FUNCTION search_entries_follow_article() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE search_entries SET status = NEW.status, published_at = NEW.published_at, section_id = NEW.section_id
        WHERE article_id = NEW.id;
      RETURN NULL;
    END
  $$`.execute(db);
  await sql`CREATE TRIGGER search_entries_follow_article AFTER UPDATE OF status, published_at, section_id ON articles
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.section_id IS DISTINCT FROM NEW.section_id)
    EXECUTE FUNCTION search_entries_follow_article()`.execute(db);
}
