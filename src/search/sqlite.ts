import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { filterSql } from './filter-sql.js';
import { matchTerms } from './match-terms.js';
import { PAIR_JOINER } from './text.js';
import type { CandidateFilter, CandidateTier, IndexedDocument, MatchGroup, SearchBackend, TierAsk } from './types.js';

/**
 * SQLite FTS5. Five contentless tables share one rowid, the article's rank key: `search_fts`
 * holds the folded words of every field and `search_exact` their exact words, `search_title`
 * titles and `search_head` titles with leads (short doclists for the title tiers), `search_pairs`
 * adjacent word pairs without positions (for phrases). FTS5 walks doclists in rowid order, so
 * `ORDER BY rowid DESC LIMIT n` hands out the newest matches and stops, however many there are. The MATCH expression is built only from word characters
 * (see query.ts), each double-quoted, so no reader input is ever read as FTS syntax.
 */

const quote = (term: string, prefix: boolean) => `"${term}"${prefix ? '*' : ''}`;

/**
 * Prefixes up to this length have an index of their own (migration 0008): one doclist, streamed.
 * Longer ones with listed completions are matched as those words (match-terms.ts, LISTED_PREFIX).
 */
const INDEXED_PREFIX = 3;
/** The engine never sends shorter prefixes (see engine.ts, groupsOf). */
const SHORTEST_INDEXED_PREFIX = 2;

function anyForm(group: MatchGroup): string {
  return matchTerms(group)
    .map((t) => quote(t.term, t.prefix))
    .join(' OR ');
}

/**
 * Every group, folded, or exactly where the tier wants diacritics. No column filter is needed:
 * folded keys are plain a–z and exact keys with marks never are, so a folded term can only match
 * folded words (or an exact column holding the same unmarked word, beside the same folded one)
 * and a marked term only exact ones. An unfinished word is looked up as typed among exact words
 * unless its prefix is indexed there: an exact ranking hint need not merge every word that starts so.
 */
function everyWord(groups: MatchGroup[], exact = false): string {
  const exactTerm = (g: MatchGroup, word: string) => {
    const length = [...word].length;
    return quote(word, g.prefix && length >= SHORTEST_INDEXED_PREFIX && length <= INDEXED_PREFIX);
  };
  return groups.map((g) => (exact && g.exact ? exactTerm(g, g.exact) : `(${anyForm(g)})`)).join(' AND ');
}

/**
 * The exact words alone, for `search_exact`, each as a whole word (it has no prefix index). Words
 * without diacritics are not checked here: joining the folded table row by row costs more than
 * the engine's own check of every candidate (engine.ts, rank).
 */
function exactWords(groups: MatchGroup[]): string | null {
  const marked = groups.filter((g) => g.exact);
  return marked.length ? marked.map((g) => quote(g.exact ?? '', false)).join(' AND ') : null;
}

/** The words adjacent, in order, as typed; only offered for queries without typo alternatives. */
function phrase(groups: MatchGroup[]): string {
  const last = groups.at(-1);
  return `"${groups.map((g) => g.forms[0]).join(' ')}"${last?.prefix ? '*' : ''}`;
}

/** Pairs of alternatives beyond this make a phrase too vague to look up this way. */
const MAX_PAIR_FORMS = 60;

/** Every adjacent pair of query words as one token of the pairs index: "phat_trien" AND "trien_kinh". */
function adjacentPairs(groups: MatchGroup[]): string | null {
  if (groups.length < 2) return null;
  const parts: string[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    const pairs = matchTerms(groups[i]!, true).flatMap((a) => matchTerms(groups[i + 1]!, true).map((b) => quote(`${a.term}${PAIR_JOINER}${b.term}`, false)));
    if (pairs.length === 0 || pairs.length > MAX_PAIR_FORMS) return null;
    parts.push(`(${pairs.join(' OR ')})`);
  }
  return parts.join(' AND ');
}

type Table = 'search_fts' | 'search_exact' | 'search_title' | 'search_head' | 'search_pairs';

interface TierQuery {
  table: Table;
  match: string | null;
}

const TIERS: Record<CandidateTier, (groups: MatchGroup[]) => TierQuery> = {
  title: (g) => ({ table: 'search_title', match: everyWord(g) }),
  'title-exact': (g) => ({ table: 'search_title', match: everyWord(g, true) }),
  'title-phrase': (g) => ({ table: 'search_title', match: phrase(g) }),
  head: (g) => ({ table: 'search_head', match: everyWord(g) }),
  exact: (g) => ({ table: 'search_exact', match: exactWords(g) }),
  phrase: (g) => ({ table: 'search_pairs', match: adjacentPairs(g) }),
  all: (g) => ({ table: 'search_fts', match: everyWord(g) }),
};

/**
 * The matching articles, newest first. CROSS JOIN keeps FTS5 the outer loop: with a plain JOIN
 * the planner may scan articles and re-run the whole MATCH for every row.
 */
function matching(groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier): RawBuilder<unknown> | null {
  const query = TIERS[tier](groups);
  if (query.match === null) return null;
  const table = sql.table(query.table);
  return sql`SELECT a.id AS id, ${table}.rowid AS k FROM ${table}
    CROSS JOIN search_documents d ON d.rank_key = ${table}.rowid
    CROSS JOIN articles a ON a.id = d.article_id
    WHERE ${table} MATCH ${query.match} AND ${table}.rowid >= ${filter.minRankKey ?? Number.MIN_SAFE_INTEGER}
      AND ${filterSql(filter)}
    ORDER BY ${table}.rowid DESC`;
}

function allMatching(groups: MatchGroup[], filter: CandidateFilter): RawBuilder<unknown> {
  const query = matching(groups, filter, 'all');
  if (!query) throw new Error('every query has an all-words expression');
  return query;
}

const INDEX_TABLES: Table[] = ['search_fts', 'search_exact', 'search_title', 'search_head', 'search_pairs'];

export const sqliteBackend: SearchBackend = {
  needsHorizon: true,
  sideBySide: false,
  async write(db: Kysely<Database>, doc: IndexedDocument, previousKey: number | null) {
    if (previousKey !== null) await this.remove(db, previousKey);
    const { title, lead, body } = doc.keys;
    await sql`INSERT INTO search_fts (rowid, f_title, f_lead, f_body) VALUES (${doc.rankKey}, ${title.folded}, ${lead.folded}, ${body.folded})`.execute(db);
    await sql`INSERT INTO search_exact (rowid, x_title, x_lead, x_body) VALUES (${doc.rankKey}, ${title.exact}, ${lead.exact}, ${body.exact})`.execute(db);
    await sql`INSERT INTO search_title (rowid, f_title, x_title) VALUES (${doc.rankKey}, ${title.folded}, ${title.exact})`.execute(db);
    await sql`INSERT INTO search_head (rowid, f_title, f_lead) VALUES (${doc.rankKey}, ${title.folded}, ${lead.folded})`.execute(db);
    await sql`INSERT INTO search_pairs (rowid, pairs) VALUES (${doc.rankKey}, ${doc.pairs})`.execute(db);
  },

  async remove(db: Kysely<Database>, rankKey: number) {
    for (const table of INDEX_TABLES) await sql`DELETE FROM ${sql.table(table)} WHERE rowid = ${rankKey}`.execute(db);
  },

  // FTS5 keeps its own structure up to date as it goes (automerge).
  async settle() {},

  // FTS5's own segments need nothing beside them.
  maintain: async () => false,

  async count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, cap: number) {
    const { rows } = await sql<{ n: number; oldest: number | null }>`SELECT count(*) AS n, min(k) AS oldest
      FROM (${allMatching(groups, filter)} LIMIT ${cap})`.execute(db);
    return { total: Number(rows[0]?.n ?? 0), oldestKey: rows[0]?.oldest == null ? null : Number(rows[0].oldest) };
  },

  async candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier, limit: number, offset: number) {
    const query = matching(groups, filter, tier);
    if (!query) return [];
    const { rows } = await sql<{ id: number }>`${query} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return rows.map((r) => Number(r.id));
  },

  // SQLite answers one query at a time: the tiers are simply asked in turn.
  async newestOfTiers(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, asks: TierAsk[]) {
    const found: number[][] = [];
    for (const { tier, limit } of asks) found.push(await this.candidates(db, groups, filter, tier, limit, 0));
    return found;
  },

  async pairCounts(db: Kysely<Database>, pairs: string[], cap: number) {
    const counts: number[] = [];
    for (const pair of pairs) {
      const { rows } = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM (SELECT rowid FROM search_pairs WHERE search_pairs MATCH ${quote(pair, false)} LIMIT ${cap})`.execute(db);
      counts.push(Number(rows[0]?.n ?? 0));
    }
    return counts;
  },
};
