import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from '../migrate.js';

/**
 * 0008 was rewritten after it had landed, so a database that ran its first version never got
 * what the later ones added: in SQLite, the index split into folded (`search_fts`, prefixes 2 and 3)
 * and exact words (`search_exact`); in PostgreSQL, a column with its own GIN index per search tier
 * and an index on the exact words. This brings any form of 0008 to the current schema and is a
 * no-op on a database that ran the last one. (0008 stays as it is: a landed migration is frozen.)
 *
 * Only the search index differs between the forms, and the index is derived data: where it had the
 * old shape, it is made again empty and `search_documents` emptied, so the search engine rebuilds
 * it at start (ensureIndexed), as 0008 itself did.
 *
 * Frozen like every migration: it imports nothing of the application and spells out its SQL.
 */
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'sqlite') await repairSqlite(db);
  else await repairPostgres(db);
}

async function sqliteTableExists(db: Kysely<unknown>, name: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE name = ${name}`.execute(db);
  return Number(rows[0]?.n) > 0;
}

async function repairSqlite(db: Kysely<unknown>): Promise<void> {
  // The last form is the only one with search_exact; the first kept exact words in search_fts.
  if (await sqliteTableExists(db, 'search_exact')) return;
  await sql`DELETE FROM search_documents`.execute(db);
  for (const table of ['search_fts', 'search_title', 'search_head', 'search_pairs']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  const fts = (table: string, columns: string, options: string) =>
    sql`CREATE VIRTUAL TABLE ${sql.table(table)} USING fts5(${sql.raw(columns)}, content='', contentless_delete=1, ${sql.raw(options)})`.execute(db);
  const words = "tokenize='unicode61 remove_diacritics 0'";
  await fts('search_fts', 'f_title, f_lead, f_body', `${words}, prefix='2 3'`);
  await fts('search_exact', 'x_title, x_lead, x_body', words);
  await fts('search_title', 'f_title, x_title', `${words}, prefix='2 3'`);
  await fts('search_head', 'f_title, f_lead', `${words}, prefix='2 3'`);
  await fts('search_pairs', 'pairs', `detail=none, tokenize="unicode61 remove_diacritics 0 tokenchars '_'"`);
}

async function repairPostgres(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'search_documents' AND column_name = 'title_fts'
  `.execute(db);
  if (Number(rows[0]?.n) > 0) return;
  // New tier columns start empty: the rows indexed without them would be missed by those tiers.
  await sql`DELETE FROM search_documents`.execute(db);
  for (const column of ['title_fts', 'title_xts', 'head_fts', 'pairs']) {
    await sql`ALTER TABLE search_documents ADD COLUMN ${sql.ref(column)} tsvector NOT NULL DEFAULT ''::tsvector`.execute(db);
    await sql`CREATE INDEX ${sql.ref(`search_documents_${column}`)} ON search_documents USING gin (${sql.ref(column)})`.execute(db);
  }
  await sql`CREATE INDEX IF NOT EXISTS search_documents_xts ON search_documents USING gin (xts)`.execute(db);
}
