import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { filterSql, newestOrderSql } from './filter-sql.js';
import type { CandidateFilter, IndexedDocument, MatchGroup, SearchBackend, SearchSort } from './types.js';

/**
 * PostgreSQL: tsvector columns over text the application already folded, with the 'simple'
 * configuration (no stemming, no stop words: "của" can matter inside a phrase). Folding in the
 * application rather than with `unaccent` keeps both engines' notion of a match identical
 * (đ, tone placement, NFD). Terms are word characters only, single-quoted: never tsquery syntax.
 */

const term = (t: string, prefix: boolean) => `'${t}'${prefix ? ':*' : ''}`;

export function tsQuery(groups: MatchGroup[]): string {
  return groups.map((g) => `(${g.forms.map((f, i) => term(f, g.prefix && i === 0)).join(' | ')})`).join(' & ');
}

/** Any exact word present is a ranking hint; empty when the reader typed no diacritics. */
export function exactTsQuery(groups: MatchGroup[]): string {
  return groups.filter((g) => g.exact).map((g) => term(g.exact ?? '', g.prefix)).join(' | ');
}

export const postgresBackend: SearchBackend = {
  async write(db: Kysely<Database>, doc: IndexedDocument) {
    const { title, lead, body } = doc.keys;
    await sql`UPDATE search_documents SET
      fts = setweight(to_tsvector('simple', ${title.folded}), 'A') || setweight(to_tsvector('simple', ${lead.folded}), 'B')
        || setweight(to_tsvector('simple', ${body.folded}), 'C'),
      xts = setweight(to_tsvector('simple', ${title.exact}), 'A') || setweight(to_tsvector('simple', ${lead.exact}), 'B')
        || setweight(to_tsvector('simple', ${body.exact}), 'C')
      WHERE article_id = ${doc.id}`.execute(db);
  },

  // The row in search_documents is the index; the caller deletes it.
  async remove() {},

  async count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM search_documents d JOIN articles a ON a.id = d.article_id
      WHERE d.fts @@ to_tsquery('simple', ${tsQuery(groups)}) AND ${filterSql(filter)}`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },

  async candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, order: SearchSort, limit: number, offset: number) {
    const exact = exactTsQuery(groups);
    const rank = exact
      ? sql`ts_rank_cd(d.fts, to_tsquery('simple', ${tsQuery(groups)})) + CASE WHEN d.xts @@ to_tsquery('simple', ${exact}) THEN 1 ELSE 0 END`
      : sql`ts_rank_cd(d.fts, to_tsquery('simple', ${tsQuery(groups)}))`;
    const orderBy = order === 'newest' ? newestOrderSql() : sql`${rank} DESC, a.published_at DESC NULLS LAST`;
    const { rows } = await sql<{ id: number }>`SELECT a.id AS id FROM search_documents d JOIN articles a ON a.id = d.article_id
      WHERE d.fts @@ to_tsquery('simple', ${tsQuery(groups)}) AND ${filterSql(filter)}
      ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.map((r) => Number(r.id));
  },
};
