import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { filterSql, newestOrderSql } from './filter-sql.js';
import type { CandidateFilter, IndexedDocument, MatchGroup, SearchBackend, SearchSort } from './types.js';

/**
 * SQLite FTS5. The MATCH expression is built only from word characters (see query.ts), each one
 * double-quoted, so no reader input is ever read as FTS syntax.
 */

const FOLDED = '{f_title f_lead f_body}';
const EXACT = '{x_title x_lead x_body}';

const quote = (term: string, prefix: boolean) => `"${term}"${prefix ? '*' : ''}`;

function groupExpr(group: MatchGroup): string {
  return group.forms.map((form, i) => quote(form, group.prefix && i === 0)).join(' OR ');
}

/**
 * Every word must match (folded). The OR part is always true for those rows (it repeats the first
 * word) but lets bm25 also count the exact-diacritics words, so the candidates the application
 * re-ranks already lean towards them on large result sets.
 */
export function matchExpression(groups: MatchGroup[]): string {
  const required = groups.map((g) => `${FOLDED} : (${groupExpr(g)})`).join(' AND ');
  const exact = groups.filter((g) => g.exact).map((g) => quote(g.exact ?? '', g.prefix));
  if (exact.length === 0) return required;
  return `(${required}) AND (${FOLDED} : (${groupExpr(groups[0])}) OR ${EXACT} : (${exact.join(' OR ')}))`;
}

// CROSS JOIN makes SQLite drive the query from the FTS match: with a plain JOIN the planner may
// scan articles and re-run the whole MATCH for every row (minutes instead of milliseconds).
export const sqliteBackend: SearchBackend = {
  async write(db: Kysely<Database>, doc: IndexedDocument) {
    await sql`DELETE FROM search_fts WHERE rowid = ${doc.id}`.execute(db);
    const { title, lead, body } = doc.keys;
    await sql`INSERT INTO search_fts (rowid, f_title, f_lead, f_body, x_title, x_lead, x_body)
      VALUES (${doc.id}, ${title.folded}, ${lead.folded}, ${body.folded}, ${title.exact}, ${lead.exact}, ${body.exact})`.execute(db);
  },

  async remove(db: Kysely<Database>, id: number) {
    await sql`DELETE FROM search_fts WHERE rowid = ${id}`.execute(db);
  },

  async count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM search_fts CROSS JOIN articles a ON a.id = search_fts.rowid
      WHERE search_fts MATCH ${matchExpression(groups)} AND ${filterSql(filter)}`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  async candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, order: SearchSort, limit: number, offset: number) {
    const orderBy = order === 'newest' ? newestOrderSql() : sql`bm25(search_fts, 3, 2, 1, 3, 2, 1), a.published_at DESC`;
    const { rows } = await sql<{ id: number }>`SELECT a.id AS id FROM search_fts CROSS JOIN articles a ON a.id = search_fts.rowid
      WHERE search_fts MATCH ${matchExpression(groups)} AND ${filterSql(filter)}
      ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.map((r) => Number(r.id));
  },
};
