import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { filterSql } from './filter-sql.js';
import type { CandidateFilter, CandidateTier, IndexedDocument, MatchGroup, SearchBackend } from './types.js';

/**
 * PostgreSQL: tsvector columns over text the application already folded, with the 'simple'
 * configuration (no stemming, no stop words: "của" can matter inside a phrase). Folding in the
 * application rather than with `unaccent` keeps both engines' notion of a match identical
 * (đ, tone placement, NFD). Title, lead and body carry the weights A, B and C, which the title
 * tiers restrict to. Terms are word characters only, single-quoted: never tsquery syntax.
 */

/** A lexeme, possibly a prefix, possibly limited to some weights: 'thon':*AB. */
const term = (t: string, prefix: boolean, weights = '') => `'${t}'${prefix || weights ? ':' : ''}${prefix ? '*' : ''}${weights}`;

function everyWord(groups: MatchGroup[], weights = ''): string {
  return groups.map((g) => `(${g.forms.map((f, i) => term(f, g.prefix && i === 0, weights)).join(' | ')})`).join(' & ');
}

/** The diacritic-bearing words, exactly, for the `xts` column; empty when the reader typed none. */
function exactWords(groups: MatchGroup[], weights = ''): string {
  return groups
    .filter((g) => g.exact)
    .map((g) => term(g.exact ?? '', g.prefix, weights))
    .join(' & ');
}

/** The words adjacent and in order; any of a word's forms may fill its place. */
function phrase(groups: MatchGroup[], weights = ''): string {
  return groups.map((g) => `(${g.forms.map((f, i) => term(f, g.prefix && i === 0, weights)).join(' | ')})`).join(' <-> ');
}

const TITLE = 'A';
const HEAD = 'AB';
const folded = (query: string) => sql`d.fts @@ to_tsquery('simple', ${query})`;
const exact = (query: string) => sql`d.xts @@ to_tsquery('simple', ${query})`;

const TIERS: Record<CandidateTier, (groups: MatchGroup[]) => RawBuilder<unknown>> = {
  title: (g) => folded(everyWord(g, TITLE)),
  'title-exact': (g) => sql`${folded(everyWord(g, TITLE))} AND ${exact(exactWords(g, TITLE))}`,
  'title-phrase': (g) => folded(phrase(g, TITLE)),
  head: (g) => folded(everyWord(g, HEAD)),
  exact: (g) => sql`${folded(everyWord(g))} AND ${exact(exactWords(g))}`,
  phrase: (g) => folded(phrase(g)),
  all: (g) => folded(everyWord(g)),
};

/** The matching articles, newest first by the rank key's b-tree. */
function matching(groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier): RawBuilder<unknown> {
  return sql`SELECT a.id AS id, d.rank_key AS k FROM search_documents d JOIN articles a ON a.id = d.article_id
    WHERE ${TIERS[tier](groups)} AND d.rank_key >= ${filter.minRankKey ?? Number.MIN_SAFE_INTEGER} AND ${filterSql(filter)}
    ORDER BY d.rank_key DESC`;
}

export const postgresBackend: SearchBackend = {
  // The row in search_documents (rank key included) is written by the caller: only the vectors here.
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

  async count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, cap: number) {
    const { rows } = await sql<{ n: number; oldest: number | null }>`SELECT count(*) AS n, min(m.k) AS oldest
      FROM (${matching(groups, filter, 'all')} LIMIT ${cap}) AS m`.execute(db);
    return { total: Number(rows[0]?.n ?? 0), oldestKey: rows[0]?.oldest == null ? null : Number(rows[0].oldest) };
  },

  async candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier, limit: number, offset: number) {
    const { rows } = await sql<{ id: number }>`${matching(groups, filter, tier)} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.map((r) => Number(r.id));
  },
};
