import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { filterSql } from './filter-sql.js';
import { PAIR_JOINER } from './text.js';
import type { CandidateFilter, CandidateTier, IndexedDocument, MatchGroup, SearchBackend } from './types.js';

/**
 * PostgreSQL: tsvector columns over text the application already folded, with the 'simple'
 * configuration (no stemming, no stop words: "của" can matter inside a phrase). Folding in the
 * application rather than with `unaccent` keeps both engines' notion of a match identical
 * (đ, tone placement, NFD). Each tier has a column of its own, as SQLite has a table: `fts` and
 * `xts` (folded and exact words of the whole article), `title_fts`, `title_xts`, `head_fts`
 * (title and lead) and `pairs` (adjacent word pairs, without positions). Terms are word
 * characters only, single-quoted: never tsquery syntax.
 */

/** A lexeme, possibly a prefix: 'thon':*. */
const term = (t: string, prefix: boolean) => `'${t}'${prefix ? ':*' : ''}`;

function anyForm(g: MatchGroup): string {
  return `(${g.forms.map((f, i) => term(f, g.prefix && i === 0)).join(' | ')})`;
}

function everyWord(groups: MatchGroup[]): string {
  return groups.map(anyForm).join(' & ');
}

/** The diacritic-bearing words, exactly; empty when the reader typed none. */
function exactWords(groups: MatchGroup[]): string {
  return groups
    .filter((g) => g.exact)
    .map((g) => term(g.exact ?? '', g.prefix))
    .join(' & ');
}

/** The words adjacent and in order; any of a word's forms may fill its place. */
function phrase(groups: MatchGroup[]): string {
  return groups.map(anyForm).join(' <-> ');
}

/** Every adjacent pair of query words as one lexeme of `pairs`: 'phat_trien' & 'trien_kinh'. */
function adjacentPairs(groups: MatchGroup[]): string | null {
  if (groups.length < 2) return null;
  const parts: string[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    const next = groups[i + 1]!;
    const pairs = groups[i]!.forms.flatMap((a) => next.forms.map((b, j) => term(`${a}${PAIR_JOINER}${b}`, next.prefix && j === 0)));
    parts.push(`(${pairs.join(' | ')})`);
  }
  return parts.join(' & ');
}

type Column = 'fts' | 'xts' | 'title_fts' | 'title_xts' | 'head_fts' | 'pairs';
/** `to_tsquery` for words (the 'simple' parser only lowercases them); a cast for pairs, which it would split. */
const matches = (column: Column, query: string) =>
  column === 'pairs' ? sql`d.pairs @@ ${query}::tsquery` : sql`${sql.ref(`d.${column}`)} @@ to_tsquery('simple', ${query})`;

const TIERS: Record<CandidateTier, (groups: MatchGroup[]) => RawBuilder<unknown> | null> = {
  title: (g) => matches('title_fts', everyWord(g)),
  'title-exact': (g) => sql`${matches('title_fts', everyWord(g))} AND ${matches('title_xts', exactWords(g))}`,
  'title-phrase': (g) => matches('title_fts', phrase(g)),
  head: (g) => matches('head_fts', everyWord(g)),
  exact: (g) => matches('xts', exactWords(g)),
  phrase: (g) => {
    const pairs = adjacentPairs(g);
    return pairs === null ? null : matches('pairs', pairs);
  },
  all: (g) => matches('fts', everyWord(g)),
};

/** The matching articles, newest first by the rank key's b-tree. */
function matching(groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier): RawBuilder<unknown> | null {
  const condition = TIERS[tier](groups);
  if (condition === null) return null;
  return sql`SELECT a.id AS id, d.rank_key AS k FROM search_documents d JOIN articles a ON a.id = d.article_id
    WHERE ${condition} AND d.rank_key >= ${filter.minRankKey ?? Number.MIN_SAFE_INTEGER} AND ${filterSql(filter)}
    ORDER BY d.rank_key DESC`;
}

export const postgresBackend: SearchBackend = {
  // The row in search_documents (rank key included) is written by the caller: only the vectors here.
  async write(db: Kysely<Database>, doc: IndexedDocument) {
    const { title, lead, body } = doc.keys;
    const all = (keys: 'folded' | 'exact') => `${title[keys]} ${lead[keys]} ${body[keys]}`;
    await sql`UPDATE search_documents SET
      fts = to_tsvector('simple', ${all('folded')}), xts = to_tsvector('simple', ${all('exact')}),
      title_fts = to_tsvector('simple', ${title.folded}), title_xts = to_tsvector('simple', ${title.exact}),
      head_fts = to_tsvector('simple', ${`${title.folded} ${lead.folded}`}),
      pairs = array_to_tsvector(${doc.pairs ? doc.pairs.split(' ') : []}::text[])
      WHERE article_id = ${doc.id}`.execute(db);
  },

  // The row in search_documents is the index; the caller deletes it.
  async remove() {},

  // Fresh statistics let the planner walk the rank-key b-tree for common words and the GIN index
  // for rare ones; right after a bulk rebuild it would otherwise guess a handful of matches.
  async settle(db: Kysely<Database>) {
    await sql`ANALYZE search_documents`.execute(db);
    await sql`ANALYZE articles`.execute(db);
  },

  async count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, cap: number) {
    const all = matching(groups, filter, 'all');
    if (!all) throw new Error('every query has an all-words condition');
    const { rows } = await sql<{ n: number; oldest: number | null }>`SELECT count(*) AS n, min(m.k) AS oldest
      FROM (${all} LIMIT ${cap}) AS m`.execute(db);
    return { total: Number(rows[0]?.n ?? 0), oldestKey: rows[0]?.oldest == null ? null : Number(rows[0].oldest) };
  },

  async candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier, limit: number, offset: number) {
    const query = matching(groups, filter, tier);
    if (!query) return [];
    const { rows } = await sql<{ id: number }>`${query} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.map((r) => Number(r.id));
  },

  // A pair the statistics do not know is estimated at hundreds of rows, and under a small LIMIT the
  // planner then scans the whole table hoping to stop early: a pair that no article holds (the very
  // case asked about) cost a full scan, about a second at 100,000 articles. The GIN index answers it
  // at once, so the scan is ruled out for these lookups.
  async pairCounts(db: Kysely<Database>, pairs: string[], cap: number) {
    if (pairs.length === 0) return [];
    return db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      const counts: number[] = [];
      for (const pair of pairs) {
        const { rows } = await sql<{
          n: number;
        }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_documents d WHERE d.pairs @@ ${term(pair, false)}::tsquery LIMIT ${cap}) AS m`.execute(trx);
        counts.push(Number(rows[0]?.n ?? 0));
      }
      return counts;
    });
  },
};
