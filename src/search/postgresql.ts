import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { filterSql } from './filter-sql.js';
import { matchTerms } from './match-terms.js';
import { PAIR_JOINER } from './text.js';
import type { CandidateFilter, CandidateTier, IndexedDocument, MatchGroup, SearchBackend, TierAsk } from './types.js';

/**
 * PostgreSQL: tsvector columns over text the application already folded, with the 'simple'
 * configuration (no stemming, no stop words: "của" can matter inside a phrase). Folding in the
 * application rather than with `unaccent` keeps both engines' notion of a match identical
 * (đ, tone placement, NFD). Each tier has a column of its own in `search_entries`, as SQLite has a
 * table: `fts` and `xts` (folded and exact words of the whole article), `title_fts`, `title_xts`,
 * `head_fts` (title and lead) and `pairs` (adjacent word pairs). Only `title_fts` keeps positions,
 * for phrases in titles; phrases elsewhere go through the pairs. The row also holds the rank key
 * and copies of the article's status, publication time and section (kept in step by a trigger,
 * migration 0019), so a query reads one narrow table and joins nothing. Terms are word characters
 * only, single-quoted: never tsquery syntax.
 */

/** A lexeme, possibly a prefix: 'thon':*. */
const term = (t: string, prefix: boolean) => `'${t}'${prefix ? ':*' : ''}`;

/** Any of a word's forms (match-terms.ts): (a | b | 'c':*). */
function anyForm(g: MatchGroup): string {
  return `(${matchTerms(g)
    .map((t) => term(t.term, t.prefix))
    .join(' | ')})`;
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
  column === 'pairs' ? sql`e.pairs @@ ${query}::tsquery` : sql`${sql.ref(`e.${column}`)} @@ to_tsquery('simple', ${query})`;

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

/**
 * Reading a vector out of line, in visits of a bitmap scan to a match: 8 to 35 at 100,000
 * articles, the more when the vectors are not in PostgreSQL's own buffers; the high end is taken,
 * since a walk that misjudges costs far more than a bitmap that does.
 */
const WALK_COST = 30;

/**
 * How far below the break-even point a walk is still tried: the estimate can be 3× low ("chè shan
 * tuyết": 3,556 for 11,826 matches), and a bounded walk that finds too few costs little.
 */
const WALK_MARGIN = 3;

/**
 * How many of the newest entries a walk may read for each match it wants: enough when one article
 * in sixteen matches. Past that, a bitmap is cheaper however many match, so the walk gives up.
 */
const VISITS_PER_MATCH = 16;

/** The articles meeting a tier's condition, newest first; among the recent entries only, when given. */
function newestFirst(condition: RawBuilder<unknown>, filter: CandidateFilter, recent: Recent | null = null): RawBuilder<unknown> {
  return sql`SELECT e.article_id AS id, e.rank_key AS k FROM search_entries e
    WHERE ${condition} AND e.rank_key >= ${filter.minRankKey ?? Number.MIN_SAFE_INTEGER} ${amongRecent(recent)} AND ${filterSql(filter, 'e')}
    ORDER BY e.rank_key DESC`;
}

/**
 * The same among the newest `visits` entries the filter admits only: a walk of the rank-key index
 * that reads at most that many vectors, however few of them match. The inner LIMIT keeps the
 * planner from flattening the subquery, so the condition is tested on the walk's rows only.
 */
function newestAmong(condition: RawBuilder<unknown>, filter: CandidateFilter, visits: number): RawBuilder<unknown> {
  return sql`SELECT e.article_id AS id, e.rank_key AS k FROM (SELECT * FROM search_entries e
      WHERE e.rank_key >= ${filter.minRankKey ?? Number.MIN_SAFE_INTEGER} AND ${filterSql(filter, 'e')}
      ORDER BY e.rank_key DESC LIMIT ${visits}) AS e
    WHERE ${condition} ORDER BY e.rank_key DESC`;
}

/**
 * The title's vectors are inline: a walk pays for the rows it reads and nothing more, so it may
 * read four times as many per match as one reading vectors out of line. A bitmap of a common
 * title word instead visits every title holding it, each in a heap block of its own ("người dân",
 * 3,486 titles: 6 ms, and 18–45 ms when the blocks have left PostgreSQL's buffers; the walk to its
 * twelve newest reads 437 rows, 2 ms). Beyond this many rows (deep pages) the bitmap answers.
 */
const INLINE_VISITS_PER_MATCH = 4 * VISITS_PER_MATCH;
const INLINE_WALK_MAX = 4096;

/**
 * Whether a walk of the title's tiers likely finds what it wants among its visits, by the estimate
 * of the titles holding every word (as worthWalking, the estimate may be WALK_MARGIN times low).
 * A rare title word is not walked for: the walk would read its rows in vain before the bitmap.
 */
function worthWalkingInline(estimate: number, articles: number): boolean {
  return WALK_MARGIN * estimate * INLINE_VISITS_PER_MATCH >= articles;
}

/**
 * 'all' is asked alone first when its estimate is below this many times its limit: the planner
 * puts a word it has no statistics for (a typo) at some fifty articles, however absent it is.
 */
const ALONE_BELOW = 4;

/** Pair counts capped this low are first looked for among the newest PAIR_WALK_VISITS entries. */
const PAIR_WALK_CAP = 4;
const PAIR_WALK_VISITS = 64;

/** How many articles hold each pair (a tsquery of one lexeme), up to `cap`; among the newest `visits` entries only, when given. */
async function pairCountsAmong(db: Kysely<Database>, queries: string[], cap: number, visits: number | null): Promise<number[]> {
  if (queries.length === 0) return [];
  const entries = visits === null ? sql`search_entries` : sql`(SELECT pairs FROM search_entries ORDER BY rank_key DESC LIMIT ${visits})`;
  const { rows } = await sql<{ n: number }>`SELECT (SELECT count(*) FROM (SELECT 1 FROM ${entries} AS e WHERE e.pairs @@ p.q LIMIT ${cap}) AS m) AS n
    FROM unnest(${queries}::tsquery[]) WITH ORDINALITY AS p(q, i) ORDER BY p.i`.execute(db);
  return rows.map((r) => Number(r.n));
}

/** The count tries the title and lead first when their estimate is this many times the cap. */
const HEAD_FIRST = 2;

/** Tiers whose vectors are stored out of line (migration 0019); the title's are inline. */
const OUT_OF_LINE: ReadonlySet<CandidateTier> = new Set(['head', 'exact', 'phrase', 'all']);

const articleCounts = new WeakMap<Kysely<Database>, { at: number; count: number }>();
const ARTICLE_COUNT_MAX_AGE_MS = 60_000;

/** The planner's own count of indexed articles, re-read once a minute. */
async function indexedArticles(db: Kysely<Database>): Promise<number> {
  const known = articleCounts.get(db);
  if (known && Date.now() - known.at < ARTICLE_COUNT_MAX_AGE_MS) return known.count;
  const { rows } = await sql<{ n: number }>`SELECT reltuples AS n FROM pg_class WHERE oid = 'search_entries'::regclass`.execute(db);
  const count = Math.max(0, Number(rows[0]?.n ?? 0));
  articleCounts.set(db, { at: Date.now(), count });
  return count;
}

/**
 * The recent indexes: partial GIN indexes of the columns read through bitmaps, over the newest
 * RECENT_ENTRIES entries only (from `search_recent.from_key`, migration 0023). A common query's
 * newest matches are nearly all recent, and so are the first thousand it counts: found in an index
 * a tenth the size, they cost a fraction of a bitmap of the whole archive ("giao thông nông thôn":
 * its count 20 ms → 6 ms at 100,000 articles). What they find is exact: a tier that finds its
 * `limit` newest matches there has found the archive's newest, and a count that reaches the cap
 * there has reached it. They are rebuilt (`maintain`) once twice as many entries are newer than
 * their start, and not built at all for an archive under twice their size.
 */
const RECENT_ENTRIES = 10_000;
/**
 * The recent indexes' condition, on `rank_key + 0` rather than `rank_key`: a query that repeats it
 * can use them (the planner proves their predicate from it), and only them. On the plain column
 * the b-tree of the rank key could answer it as well, and the planner, which prices reading a
 * vector out of line as free, took that bitmap and tested the words on each of the 10,000 recent
 * entries' vectors (15–24 ms for a count at 100,000 articles, 5–7 ms through the recent index).
 */
const recentKey = (table: string | null) => `(${table === null ? '' : `${table}.`}rank_key + 0)`;
/** How PostgreSQL prints that condition back (pg_get_expr): indexes built without it are rebuilt. */
const RECENT_PREDICATE = `${recentKey(null)} >=`;
const RECENT_COLUMNS = ['fts', 'head_fts', 'xts', 'pairs', 'title_fts'] as const;
/** A count is made among the recent entries first when they are likely to hold this many times the cap. */
const RECENT_FIRST = 2;
/** One node at a time rebuilds them (pg_try_advisory_lock; the number is arbitrary but fixed). */
const RECENT_LOCK = 7_402_317;

interface Recent {
  fromKey: number;
  /** The share of the archive the recent indexes held when built: what the planner's estimates are scaled by. */
  share: number;
}

const recentKnown = new WeakMap<Kysely<Database>, { at: number; recent: Recent | null }>();

/** Where the recent indexes start, re-read once a minute (another node may have rebuilt them); null without them. */
async function recentIndexes(db: Kysely<Database>): Promise<Recent | null> {
  const known = recentKnown.get(db);
  if (known && Date.now() - known.at < ARTICLE_COUNT_MAX_AGE_MS) return known.recent;
  const { rows } = await sql<{ from_key: string; entries: number }>`SELECT from_key, entries FROM search_recent`.execute(db);
  const articles = await indexedArticles(db);
  const row = rows[0];
  const recent = row && articles > 0 ? { fromKey: Number(row.from_key), share: Math.min(1, row.entries / articles) } : null;
  recentKnown.set(db, { at: Date.now(), recent });
  return recent;
}

/** The condition that keeps a query to the recent entries and their indexes; none without them. */
function amongRecent(recent: Recent | null): RawBuilder<unknown> {
  return recent === null ? sql`` : sql`AND ${sql.raw(recentKey('e'))} >= ${recent.fromKey}`;
}

/** The entries older than the recent ones, tested on each row read (never through the rank key's b-tree). */
function amongOlder(recent: Recent): RawBuilder<unknown> {
  return sql`AND ${sql.raw(recentKey('e'))} < ${recent.fromKey}`;
}

/** Whether every recent index has the current form of the condition (recentKey). */
async function recentIndexesCurrent(conn: Kysely<Database>): Promise<boolean> {
  const names = RECENT_COLUMNS.map((column) => `search_recent_${column}`);
  const { rows } = await sql<{ predicate: string | null }>`SELECT pg_get_expr(i.indpred, i.indrelid) AS predicate
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = ANY(${names})`.execute(conn);
  return rows.length === names.length && rows.every((r) => r.predicate?.includes(RECENT_PREDICATE));
}

/**
 * Builds the recent indexes when the archive has grown past twice their size since they were
 * built (or has none and is large enough), each built anew beside the old one and swapped in, so
 * searches go on meanwhile; drops them for an archive too small to need them. True when rebuilt.
 */
async function maintainRecent(db: Kysely<Database>, entries: number): Promise<boolean> {
  return db.connection().execute(async (conn) => {
    const { rows: locked } = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${RECENT_LOCK}) AS ok`.execute(conn);
    if (!locked[0]?.ok) return false;
    try {
      const { rows: current } = await sql<{ from_key: string }>`SELECT from_key FROM search_recent`.execute(conn);
      const newerThan = async (key: number | null) => {
        const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_entries
          WHERE rank_key >= ${key ?? Number.MIN_SAFE_INTEGER} LIMIT ${2 * entries + 1}) AS e`.execute(conn);
        return Number(rows[0]?.n ?? 0);
      };
      const from = current[0] ? Number(current[0].from_key) : null;
      if ((await newerThan(null)) <= 2 * entries) {
        if (from !== null) await dropRecent(conn);
        recentKnown.delete(db);
        return false;
      }
      if (from !== null && (await newerThan(from)) <= 2 * entries && (await recentIndexesCurrent(conn))) return false;
      const { rows: start } = await sql<{ k: string }>`SELECT rank_key AS k FROM search_entries ORDER BY rank_key DESC OFFSET ${entries - 1} LIMIT 1`.execute(
        conn,
      );
      const fromKey = Number(start[0]?.k);
      // A literal: an index's predicate takes no parameters. A number, so nothing else can reach the SQL.
      const predicate = sql.raw(`${recentKey(null)} >= ${Math.trunc(fromKey)}`);
      for (const column of RECENT_COLUMNS) {
        const next = sql.ref(`search_recent_${column}_next`);
        // Left by a build that did not finish (CONCURRENTLY leaves an invalid index behind).
        await sql`DROP INDEX IF EXISTS ${next}`.execute(conn);
        await sql`CREATE INDEX CONCURRENTLY ${next} ON search_entries USING gin (${sql.ref(column)}) WHERE ${predicate}`.execute(conn);
      }
      await sql`BEGIN`.execute(conn);
      try {
        for (const column of RECENT_COLUMNS) {
          await sql`DROP INDEX IF EXISTS ${sql.ref(`search_recent_${column}`)}`.execute(conn);
          await sql`ALTER INDEX ${sql.ref(`search_recent_${column}_next`)} RENAME TO ${sql.ref(`search_recent_${column}`)}`.execute(conn);
        }
        await sql`INSERT INTO search_recent (id, from_key, entries) VALUES (1, ${fromKey}, ${entries})
          ON CONFLICT (id) DO UPDATE SET from_key = EXCLUDED.from_key, entries = EXCLUDED.entries, built_at = now()`.execute(conn);
        await sql`COMMIT`.execute(conn);
      } catch (error) {
        await sql`ROLLBACK`.execute(conn).catch(() => undefined);
        throw error;
      }
      recentKnown.delete(db);
      return true;
    } finally {
      await sql`SELECT pg_advisory_unlock(${RECENT_LOCK})`.execute(conn);
    }
  });
}

async function dropRecent(conn: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM search_recent`.execute(conn);
  for (const column of RECENT_COLUMNS) await sql`DROP INDEX IF EXISTS ${sql.ref(`search_recent_${column}`)}`.execute(conn);
}

interface PlanNode {
  'Plan Rows': number;
  Plans?: PlanNode[];
}

/** Planner settings for one transaction, sent with its BEGIN in one round trip. */
const NO_PARALLEL = 'SET LOCAL max_parallel_workers_per_gather = 0';
/** Reads go through the GIN bitmap only: never a walk of the rank-key index, never a sequential scan. */
const BITMAP_ONLY = 'SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off';

/**
 * No JIT compilation, in every transaction of a search. Its statements take milliseconds, but the
 * planner's figure for one can pass `jit_above_cost` (100,000 by default: the estimates' EXPLAIN
 * of a four-word query costs 100,233 at 100,000 articles), and the executor then compiles
 * expressions it will barely run: 4 ms each time, 25 ms on a connection's first (loading LLVM),
 * 28 ms for that EXPLAIN where it takes 5 without.
 */
const NO_JIT = 'SET LOCAL jit = off';

/**
 * Runs `work` in a transaction on one connection with these settings. BEGIN and the settings go
 * as one simple-protocol message (no parameters, so several statements are allowed): a search
 * makes a dozen of these, and each round trip to the server costs the two sides CPU.
 */
export async function withSettings<T>(db: Kysely<Database>, settings: string, work: (conn: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql.raw(`BEGIN; ${NO_JIT}; ${settings}`).execute(conn);
    try {
      const result = await work(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * The tier's condition for each word (or, for phrases, each adjacent pair) alone: every match of
 * the whole condition matches each of these.
 */
function partsOf(groups: MatchGroup[], tier: CandidateTier): RawBuilder<unknown>[] {
  const pieces = tier === 'phrase' ? groups.slice(1).map((g, i) => [groups[i]!, g]) : groups.filter((g) => tier !== 'exact' || g.exact).map((g) => [g]);
  return pieces.length > 1 ? pieces.flatMap((piece) => TIERS[tier](piece) ?? []) : [];
}

interface Estimated {
  condition: RawBuilder<unknown>;
  parts: RawBuilder<unknown>[];
}

/** A tier's matches by the planner's statistics: the likely number, and at most (the rarest part's). */
interface Estimate {
  likely: number;
  most: number;
}

const NO_ESTIMATE: Estimate = { likely: 0, most: 0 };

/**
 * How many articles match each condition, by the planner's statistics, all read from one EXPLAIN.
 * The planner multiplies the words' shares as if they were independent, and the words of a query
 * seldom are ("chè shan tuyết": every article with "shan" has the other two, eleven times the
 * planner's figure); the rarest word alone bounds the truth from above. The geometric mean of the
 * two came within 1.5× of the truth on the benchmark's queries where the planner alone was off by
 * up to 11×.
 */
async function estimatedMatches(db: Kysely<Database>, asked: Estimated[]): Promise<Estimate[]> {
  const branches = asked.flatMap(({ condition, parts }) => [condition, ...parts]).map((c) => sql`SELECT 1 FROM search_entries e WHERE ${c}`);
  // Without parallel workers the plan is one Append of the branches, each with its whole estimate.
  const { rows: explained } = await withSettings(db, NO_PARALLEL, (conn) =>
    sql<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>`EXPLAIN (FORMAT JSON) ${sql.join(branches, sql` UNION ALL `)}`.execute(conn),
  );
  const plan = explained[0]?.['QUERY PLAN'][0].Plan;
  const rows = branches.length === 1 ? [plan?.['Plan Rows'] ?? 0] : (plan?.Plans ?? []).map((p) => p['Plan Rows']);
  let at = 0;
  return asked.map(({ parts }) => {
    const [whole = 0, ...alone] = rows.slice(at, (at += 1 + parts.length));
    const most = alone.length > 0 ? Math.min(...alone) : whole;
    return { likely: Math.sqrt(whole * most), most };
  });
}

/**
 * The estimates for one query's words of the out-of-line tiers and of the title (which stands for
 * every tier of the title's: each finds some of its matches), from one EXPLAIN shared by its count
 * and its tiers: the engine's census asks both with the same `groups`, at once. 'exact' only when
 * the reader typed diacritics, 'phrase' only for several words, as the engine asks them.
 */
const sharedEstimates = new WeakMap<MatchGroup[], Promise<Map<CandidateTier, Estimate>>>();

function estimatesOf(db: Kysely<Database>, groups: MatchGroup[]): Promise<Map<CandidateTier, Estimate>> {
  const known = sharedEstimates.get(groups);
  if (known) return known;
  const tiers = ['title' as const, ...OUT_OF_LINE].filter((tier) => tier !== 'exact' || groups.some((g) => g.exact));
  const asked = tiers.flatMap((tier) => {
    const condition = TIERS[tier](groups);
    return condition ? [{ tier, condition, parts: partsOf(groups, tier) }] : [];
  });
  const estimates = estimatedMatches(db, asked).then((found) => new Map(asked.map((a, i) => [a.tier, found[i] ?? NO_ESTIMATE])));
  // A failed estimate is not kept: the next caller asks again.
  estimates.catch(() => sharedEstimates.delete(groups));
  sharedEstimates.set(groups, estimates);
  return estimates;
}

/** Matches of `condition` the filter admits, counted through the GIN bitmap up to `cap`; among the entries `within` keeps (amongRecent, amongOlder), when given. */
async function countUpTo(conn: Kysely<Database>, condition: RawBuilder<unknown>, filter: CandidateFilter, cap: number, within = sql``): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM search_entries e
    WHERE ${condition} ${within} AND ${filterSql(filter, 'e')} LIMIT ${cap}) AS m`.execute(conn);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Walking the rank-key index to the `wanted` newest matches reads each article's vector out of
 * line, about `wanted × articles / matches` of them: cheap when most articles match, ruinous for a
 * word in one article in ten. A bitmap of the GIN index reads no vector but visits every match.
 * The planner prices both as if reading a vector were free, so the choice is made here, from an
 * estimate of the matches: a walk when it may be the cheaper, bounded so that a wrong estimate
 * costs little.
 */
function worthWalking(estimate: number, wanted: number, articles: number): boolean {
  const matches = WALK_MARGIN * estimate;
  return matches * matches > WALK_COST * wanted * articles;
}

/** One tier asked for its newest matches. */
interface Asked {
  tier: CandidateTier;
  condition: RawBuilder<unknown>;
  limit: number;
  offset: number;
}

async function idsOf(db: Kysely<Database>, source: RawBuilder<unknown>, { limit, offset }: Asked): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`${source} LIMIT ${limit} OFFSET ${offset}`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** The tier's matches found by a walk of at most `perMatch` newest entries per match wanted, or null when they were too few. */
async function walkedFor(db: Kysely<Database>, asked: Asked, filter: CandidateFilter, perMatch: number): Promise<number[] | null> {
  const walked = await idsOf(db, newestAmong(asked.condition, filter, perMatch * (asked.limit + asked.offset)), asked);
  return walked.length === asked.limit ? walked : null;
}

/**
 * The tier's newest matches through GIN bitmaps, never the planner's own plan: of the recent index
 * first when it may hold as many as wanted (`most`, the most the tier can match in all, scaled by
 * the recent share), then of the whole archive. A bitmap visits every match's heap block, and a tier's
 * newest few of a phrase common in the archive are nearly always recent: the head tier of "chè
 * shan tuyết" visits 1,649 blocks for its twelve newest of 1,987 matches, 158 through the recent
 * index. The planner's likely figure is no guide here ("chè shan tuyết": 126 for 1,987), and one
 * that was too high costs only the recent bitmap, small and in blocks other searches keep warm.
 * Where the table's order follows the rank key (a rebuilt index, or years of articles appended as
 * they were published) the planner prices walking the rank-key index as cheap and, for a phrase
 * in three titles ("mắc ca"), walked all 100,000 entries (45 ms, against 5 ms for the bitmap).
 */
function newestThroughBitmaps(db: Kysely<Database>, asked: Asked, filter: CandidateFilter, most: number, recent: Recent | null): Promise<number[]> {
  const tryRecent = recent !== null && most * recent.share >= asked.limit + asked.offset;
  return withSettings(db, BITMAP_ONLY, (conn) =>
    tryRecent ? recentElseWhole(conn, asked, filter, recent) : idsOf(conn, newestFirst(asked.condition, filter), asked),
  );
}

/**
 * The newest matches among the recent entries when they hold all that is wanted, else among the
 * whole archive, in one statement: each branch runs behind a one-time filter on the recent
 * entries' count, so PostgreSQL reads the whole archive only when that falls short, and a shortfall
 * costs no second round trip (under load, the wait for one was longer than the statement).
 */
async function recentElseWhole(conn: Kysely<Database>, asked: Asked, filter: CandidateFilter, recent: Recent): Promise<number[]> {
  const page = sql`LIMIT ${asked.limit} OFFSET ${asked.offset}`;
  const { rows } = await sql<{ id: number }>`WITH r AS MATERIALIZED (${newestFirst(asked.condition, filter, recent)} ${page})
    SELECT id, k FROM r WHERE (SELECT count(*) FROM r) = ${asked.limit}
    UNION ALL
    SELECT id, k FROM (${newestFirst(asked.condition, filter)} ${page}) AS w WHERE (SELECT count(*) FROM r) < ${asked.limit}
    ORDER BY k DESC`.execute(conn);
  return rows.map((r) => Number(r.id));
}

/** How a tier walks the newest entries: at most so many per match wanted, and so many in all. */
interface Walk {
  perMatch: number;
  maxVisits: number;
}

/** The title's vectors are inline (INLINE_VISITS_PER_MATCH); the others' are read out of line. */
const INLINE_WALK: Walk = { perMatch: INLINE_VISITS_PER_MATCH, maxVisits: INLINE_WALK_MAX };
const OUT_OF_LINE_WALK: Walk = { perMatch: VISITS_PER_MATCH, maxVisits: Number.POSITIVE_INFINITY };

/** A bounded walk of the newest entries (newestAmong) when one is given and short enough, then the bitmaps when that was not tried or found too few. */
async function newestOfTier(
  db: Kysely<Database>,
  asked: Asked,
  filter: CandidateFilter,
  walk: Walk | null,
  most: number,
  recent: Recent | null,
): Promise<number[]> {
  const tried = walk !== null && walk.perMatch * (asked.limit + asked.offset) <= walk.maxVisits;
  const walked = tried ? await walkedFor(db, asked, filter, walk.perMatch) : null;
  return walked ?? newestThroughBitmaps(db, asked, filter, most, recent);
}

/**
 * Each tier's newest matches from `offset`, in the order asked; a tier without a condition for
 * this query finds none. Every tier waits for one estimate of all of them, which decides between a
 * walk and a bitmap (worthWalking, worthWalkingInline). When 'all' is asked first
 * and may fall short of its limit, it is asked alone first: short, it holds every match
 * of the others that can rank (SearchBackend.newestOfTiers), and they are not asked.
 */
async function newestOfTiers(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, asks: TierAsk[], offset: number): Promise<number[][]> {
  const asked = asks.map(({ tier, limit }) => {
    const condition = TIERS[tier](groups);
    return condition ? { tier, limit, offset, condition } : null;
  });
  const planned = estimatesOf(db, groups);
  const articles = indexedArticles(db);
  const recent = recentIndexes(db);
  const running = new Map<Asked, Promise<number[]>>();
  const outOfLineIds = (a: Asked) => {
    const started =
      running.get(a) ??
      Promise.all([planned, articles, recent]).then(([estimates, n, within]) => {
        const { likely, most } = estimates.get(a.tier) ?? NO_ESTIMATE;
        return newestOfTier(db, a, filter, worthWalking(likely, a.limit + a.offset, n) ? OUT_OF_LINE_WALK : null, most, within);
      });
    running.set(a, started);
    return started;
  };
  const [first, ...rest] = asked;
  const gate =
    first?.tier === 'all' && offset === 0 && rest.length > 0
      ? planned.then(async (estimates) =>
          (estimates.get(first.tier) ?? NO_ESTIMATE).likely < ALONE_BELOW * first.limit ? (await outOfLineIds(first)).length >= first.limit : true,
        )
      : Promise.resolve(true);
  return Promise.all(
    asked.map(async (a, i) => {
      if (a === null) return [];
      if (!OUT_OF_LINE.has(a.tier)) {
        const [estimates, n, within] = await Promise.all([planned, articles, recent]);
        const { likely, most } = estimates.get('title') ?? NO_ESTIMATE;
        return newestOfTier(db, a, filter, worthWalkingInline(likely, n) ? INLINE_WALK : null, most, within);
      }
      if (i > 0 && !(await gate)) return [];
      return outOfLineIds(a);
    }),
  );
}

export const postgresBackend: SearchBackend = {
  needsHorizon: false,
  sideBySide: true,
  // The row in search_documents (the text) is written by the caller; this one holds the vectors, the rank key and the filter's columns.
  async write(db: Kysely<Database>, doc: IndexedDocument) {
    const { title, lead, body } = doc.keys;
    const all = (keys: 'folded' | 'exact') => `${title[keys]} ${lead[keys]} ${body[keys]}`;
    const vectors = {
      fts: sql`strip(to_tsvector('simple', ${all('folded')}))`,
      xts: sql`strip(to_tsvector('simple', ${all('exact')}))`,
      title_fts: sql`to_tsvector('simple', ${title.folded})`,
      title_xts: sql`strip(to_tsvector('simple', ${title.exact}))`,
      head_fts: sql`strip(to_tsvector('simple', ${`${title.folded} ${lead.folded}`}))`,
      pairs: sql`array_to_tsvector(${doc.pairs ? doc.pairs.split(' ') : []}::text[])`,
    };
    await sql`INSERT INTO search_entries (article_id, rank_key, status, published_at, section_id, fts, xts, title_fts, title_xts, head_fts, pairs)
      SELECT a.id, ${doc.rankKey}, a.status, a.published_at, a.section_id, ${vectors.fts}, ${vectors.xts}, ${vectors.title_fts}, ${vectors.title_xts},
        ${vectors.head_fts}, ${vectors.pairs}
      FROM articles a WHERE a.id = ${doc.id}
      ON CONFLICT (article_id) DO UPDATE SET rank_key = EXCLUDED.rank_key, status = EXCLUDED.status, published_at = EXCLUDED.published_at,
        section_id = EXCLUDED.section_id, fts = EXCLUDED.fts, xts = EXCLUDED.xts, title_fts = EXCLUDED.title_fts, title_xts = EXCLUDED.title_xts,
        head_fts = EXCLUDED.head_fts, pairs = EXCLUDED.pairs`.execute(db);
  },

  async remove(db: Kysely<Database>, rankKey: number) {
    await sql`DELETE FROM search_entries WHERE rank_key = ${rankKey}`.execute(db);
  },

  // Fresh statistics: the choice between walking the rank-key index and a bitmap (worthWalking) rests on
  // the planner's estimate of the matches, which right after a bulk rebuild would be a guess. The
  // vacuum empties the GIN indexes' pending lists, which every search would otherwise scan whole
  // until autovacuum came by (on the benchmark's corpus: "mắc ca" 130 ms before, 55 ms after).
  async settle(db: Kysely<Database>) {
    await sql`VACUUM (ANALYZE) search_entries`.execute(db);
    await maintainRecent(db, RECENT_ENTRIES);
  },

  maintain: (db: Kysely<Database>, entries = RECENT_ENTRIES) => maintainRecent(db, entries),

  // The total only, up to the cap, in whatever order the GIN bitmap hands out the matches: it stops
  // after `cap` of them and never reads a vector. No horizon (oldestKey) is given, since none is
  // needed here: the GIN index proves a rare word absent at once, and newestOfTiers keeps every tier
  // from walking far for one.
  async count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, cap: number) {
    const condition = TIERS.all(groups);
    const head = TIERS.head(groups);
    if (!condition || !head) throw new Error('every query has an all-words condition');
    const [recent, estimates] = await Promise.all([recentIndexes(db), estimatesOf(db, groups)]);
    const inHead = (estimates.get('head') ?? NO_ESTIMATE).likely;
    const inAll = (estimates.get('all') ?? NO_ESTIMATE).likely;
    return withSettings(db, `${NO_PARALLEL}; ${BITMAP_ONLY}`, async (conn) => {
      const capped = { total: cap, oldestKey: null };
      // A common query reaches the cap among the recent entries alone. When they fall short (words
      // the archive used far more in earlier years), every one of their matches has been counted:
      // the older entries need only make up the difference, so that count stops after so many
      // rather than reading the cap's worth of rows again from the first.
      if (recent && inAll * recent.share >= RECENT_FIRST * cap) {
        const inRecent = await countUpTo(conn, condition, filter, cap, amongRecent(recent));
        return { total: inRecent >= cap ? cap : inRecent + (await countUpTo(conn, condition, filter, cap - inRecent, amongOlder(recent))), oldestKey: null };
      }
      // Every article with the words in its title or lead has them in its whole text, and the
      // GIN lists of titles and leads are far shorter: when those alone are likely to reach the
      // cap, they are counted first ("nông th": 17 ms instead of 35), and the whole text only if
      // they fall short.
      if (inHead >= HEAD_FIRST * cap && (await countUpTo(conn, head, filter, cap)) >= cap) return capped;
      return { total: await countUpTo(conn, condition, filter, cap), oldestKey: null };
    });
  },

  async candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier, limit: number, offset: number) {
    const [ids = []] = await newestOfTiers(db, groups, filter, [{ tier, limit }], offset);
    return ids;
  },

  newestOfTiers: (db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, asks: TierAsk[]) => newestOfTiers(db, groups, filter, asks, 0),

  // A small cap (whether an article holds the pair at all) is first looked for among the newest
  // entries: a pair the reader typed right is usually there at once ("giao thông nông thôn": three
  // pairs in 0.8 ms, against 20 ms for the GIN bitmaps of their 14,000-odd articles each). The
  // pairs not settled that way are counted through the GIN index, in one statement: with the
  // rank-key walk or a sequential scan open to it, the planner (which cannot see a pair it is given
  // row by row) might read every article's vector out of line to count a pair no article holds.
  async pairCounts(db: Kysely<Database>, pairs: string[], cap: number) {
    const queries = pairs.map((pair) => term(pair, false));
    const counts = cap <= PAIR_WALK_CAP ? await pairCountsAmong(db, queries, cap, PAIR_WALK_VISITS) : queries.map(() => 0);
    const unsettled = queries.filter((_, i) => (counts[i] ?? 0) < cap);
    if (unsettled.length === 0) return counts;
    const counted = await withSettings(db, BITMAP_ONLY, (conn) => pairCountsAmong(conn, unsettled, cap, null));
    return counts.map((n) => (n < cap ? (counted.shift() ?? 0) : n));
  },
};
