import { sql, type Kysely } from 'kysely';
import { articlePath } from '../content/urls.js';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { fromInputMethodText } from '../vi/input-method.js';
import { backendFor, indexArticleIn, removeArticleIn } from './indexer.js';
import { BUILT_IN_EQUIVALENTS, EQUIVALENTS_SETTING, parseEquivalents } from './equivalents.js';
import { confusions } from './confusions.js';
import { partialSubsets, coverage } from './partial.js';
import { foldWord, PAIR_JOINER } from './text.js';
import { Equivalents, queryVariants } from './variants.js';
import { cleanQuery, parseQuery, type ParsedQuery, type QueryWord } from './query.js';
import { filterSql } from './filter-sql.js';
import { analyseText, hasEveryWord, hasWordAsTyped, scoreText, type AnalysedText } from './rank.js';
import { highlightAll, snippet } from './snippet.js';
import { correctable, oneEditAway } from './typo.js';
import type {
  CandidateFilter,
  CandidateTier,
  Census,
  MatchGroup,
  SearchBackend,
  SearchEngine,
  SearchHit,
  SearchOptions,
  SearchResults,
  Suggestion,
  TierAsk,
} from './types.js';

/**
 * Ranked rows, best first; recency breaks ties, then the id, so the order is total and stable.
 * Publication times are ISO strings of one format, which sort as plain strings: no collator.
 */
function byScoreThenNewest(a: { score: number; row: { published_at: string | null; id: number } }, b: typeof a): number {
  const [aTime, bTime] = [a.row.published_at ?? '', b.row.published_at ?? ''];
  return b.score - a.score || (bTime > aTime ? 1 : bTime < aTime ? -1 : 0) || b.row.id - a.row.id;
}

/**
 * Relevance is decided in the application (rank.ts) over a pool of candidates: the newest matches
 * of each tier (every word in the title; in the title or lead; with the reader's diacritics, in
 * the title and anywhere; as a phrase, in the title and anywhere; anywhere). A strong match is in the pool however many weak ones are newer, and the work
 * per query stays bounded when a word is in every article. Past the pool, results continue
 * newest first; the pool is fixed for a query, so consecutive pages never overlap or skip.
 */
export interface SearchTuning {
  /** Candidates per tier; the all-words tier takes twice as many. */
  tierLimit: number;
  /**
   * Counting stops here: "hơn 1.000 kết quả" is as useful to a reader as the exact number, and
   * bounded. On SQLite it is also the horizon of the exact-diacritics tier over whole articles,
   * which looks among this many newest matches: common words with rare diacritics may occur
   * nowhere, and proving that across a million articles is what must not happen per keystroke
   * (PostgreSQL's GIN index proves it at once: SearchBackend.needsHorizon). Titles are searched
   * for them without a horizon, from their own small index.
   */
  countCap: number;
}

const DEFAULT_TUNING: SearchTuning = { tierLimit: 12, countCap: 1000 };
const BOUNDED: ReadonlySet<CandidateTier> = new Set(['exact']);
/** "Exact matching finds too little": below this many results, one-typo neighbours join in. */
const TYPO_THRESHOLD = 3;
const MAX_LIMIT = 100;
/** In a partial match, covering the query outweighs any difference in how it is covered. */
const COVERAGE_WEIGHT = 100;
/** An article covering less than this share of the query's weight is not shown as a near match. */
const MIN_COVERAGE = 0.4;
/** Counting the archive beyond this changes the rarity weights too little to be worth it. */
const LIVE_COUNT_BOUND = 100_000;
/** ...and is re-read this often, for at most this many filters: a minute's new articles barely move the weights. */
const LIVE_COUNT_MAX_AGE_MS = 60_000;
const LIVE_COUNTS_KEPT = 32;
/** Real-word typos: queries this long at most, pairs counted this far, and a repair's pair this common at least. */
const REPAIR_MAX_WORDS = 6;
const PAIR_COUNT_CAP = 200;
const REPAIR_MIN_PAIRS = 3;
/** The newsroom's equivalents are re-read this often; the node that saves them forgets them at once. */
const EQUIVALENTS_MAX_AGE_MS = 10_000;
const REBUILD_BATCH = 1000;

/**
 * What the index must match. A one-letter unfinished word ("bác s") narrows nothing, since nearly
 * every article has a word starting so, and would make the index merge all of them: it only
 * ranks (rank.ts reads every word). Alone, it is looked up as a whole word.
 */
const oneLetter = (w: QueryWord) => w.prefix && w.folded.length < 2;

function matchedWords(words: QueryWord[]): QueryWord[] {
  const last = words.at(-1);
  return words.length > 1 && last !== undefined && oneLetter(last) ? words.slice(0, -1) : words;
}

function groupsOf(words: QueryWord[]): MatchGroup[] {
  return matchedWords(words).map((w) => ({
    forms: [w.folded, ...w.alternatives],
    prefix: w.prefix && !oneLetter(w),
    completions: w.completions,
    exact: w.hasDiacritics ? w.exact : null,
  }));
}

/**
 * The tiers besides 'all' (whose newest matches the census holds). They are asked together: where
 * a narrower tier lies within a wider one (title within title-and-lead) that came back short, the
 * narrower one only finds articles the wider one already brought, so asking it costs a query but
 * never changes the pool, and asking all at once lets PostgreSQL answer them side by side.
 */
function tiersFor(groups: MatchGroup[]): CandidateTier[] {
  const marked = groups.some((g) => g.exact);
  const several = groups.length > 1;
  // A phrase of typo alternatives would multiply out in the positional index; the pairs index takes them.
  const plain = several && groups.every((g) => g.forms.length === 1);
  return [
    'head',
    'title',
    ...(marked ? (['title-exact', 'exact'] as const) : []),
    ...(plain ? (['title-phrase'] as const) : []),
    ...(several ? (['phrase'] as const) : []),
  ];
}

/**
 * A census: the newest matches, and when that window was full the tiers' newest matches and the
 * count, both still on their way. `seen` is the number of matches in the window: the exact total
 * when the window is not full, else a lower bound that already settles whether the query found
 * anything and whether it needs typo tolerance, so ranking need not wait for the count.
 */
interface Sighting {
  seen: number;
  newest: number[];
  early: Promise<number[]> | null;
  counted: Promise<Census>;
}

/** The census of a query that provably matches nothing. */
const NOTHING_SEEN: Sighting = { seen: 0, newest: [], early: null, counted: Promise.resolve({ total: 0, oldestKey: null }) };

/** The total once the count is in; the window's own size when it was not full. */
const totalOf = async (census: Sighting) => (await census.counted).total;

const MAX_COMPLETIONS = 50;

/** Looks up what the unfinished last word can complete to, when that is a short list (see MatchGroup.completions). */
async function completePrefix(db: Kysely<Database>, words: QueryWord[]): Promise<void> {
  const last = words.at(-1);
  if (last === undefined || !last.prefix || last.folded.length < 2 || !/^[a-z]+$/.test(last.folded)) return;
  const rows = await db
    .selectFrom('search_terms')
    .select('term')
    .where('term', '>=', last.folded)
    .where('term', '<', `${last.folded}{`)
    .limit(MAX_COMPLETIONS)
    .execute();
  // The vocabulary holds words of three letters or more: a two-letter word completes to itself too.
  const completions = new Set([last.folded, ...rows.map((r) => r.term)]);
  if (rows.length < MAX_COMPLETIONS) last.completions = [...completions];
}

/**
 * The words typo tolerance could correct that the vocabulary does not know: the whole words in one
 * lookup, an unfinished one by its prefix. The vocabulary holds every a–z word of three letters or
 * more of every indexed article (indexer.ts), so a whole word it does not know is in no article.
 */
async function unknownWords(db: Kysely<Database>, words: QueryWord[]): Promise<QueryWord[]> {
  const checked = words.filter((w) => correctable(w.folded));
  const whole = [...new Set(checked.filter((w) => !w.prefix).map((w) => w.folded))];
  const known = new Set(whole.length === 0 ? [] : (await db.selectFrom('search_terms').select('term').where('term', 'in', whole).execute()).map((r) => r.term));
  const unknown: QueryWord[] = [];
  for (const word of checked) if (word.prefix ? !(await knownPrefix(db, word.folded)) : !known.has(word.folded)) unknown.push(word);
  return unknown;
}

/** Whether the vocabulary holds a word starting with `prefix` (a–z). */
async function knownPrefix(db: Kysely<Database>, prefix: string): Promise<boolean> {
  // '{' sorts right after 'z': the range holds every term that starts with the prefix.
  const found = await db.selectFrom('search_terms').select('term').where('term', '>=', prefix).where('term', '<', `${prefix}{`).limit(1).executeTakeFirst();
  return found !== undefined;
}

async function knownNeighbours(db: Kysely<Database>, word: QueryWord): Promise<string[]> {
  const candidates = oneEditAway(word.folded);
  if (candidates.length === 0) return [];
  const rows = await db.selectFrom('search_terms').select('term').where('term', 'in', candidates).execute();
  return rows.map((r) => r.term);
}

/**
 * Fills in one-typo alternatives for the words the index does not know. When most of the query
 * is unknown ("khủng long" in a paper that never wrote about dinosaurs) it is not a typo but a
 * topic we do not have: correcting every word would only find noise, so nothing is corrected.
 */
async function correctTypos(db: Kysely<Database>, words: QueryWord[], unknown: QueryWord[]): Promise<boolean> {
  if (unknown.length === 0 || unknown.length > Math.max(1, Math.floor(words.length / 2))) return false;
  const neighbours = await Promise.all(unknown.map((word) => knownNeighbours(db, word)));
  unknown.forEach((word, i) => (word.alternatives = neighbours[i] ?? []));
  return unknown.some((w) => w.alternatives.length > 0);
}

/** What a hit shows, plus the text it is ranked and cut from. */
type Row = Pick<SearchHit, 'id' | 'title' | 'slug' | 'status' | 'published_at' | 'section_path' | 'section_name'> & { lead: string; body: string };

async function loadRows(db: Kysely<Database>, ids: number[]): Promise<Map<number, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles as a')
    .innerJoin('sections as s', 's.id', 'a.section_id')
    .innerJoin('search_documents as d', 'd.article_id', 'a.id')
    .select(['a.id', 'd.title', 'a.slug', 'a.status', 'a.published_at', 's.path as section_path', 's.name as section_name', 'd.lead', 'd.body'])
    .where('a.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [Number(r.id), { ...r, id: Number(r.id) }]));
}

function toHit(row: Row, query: ParsedQuery, score: number, analysed: AnalysedText): SearchHit {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    published_at: row.published_at,
    section_path: row.section_path,
    section_name: row.section_name,
    titleSegments: highlightAll(analysed.title, query.words),
    snippet: snippet([analysed.lead, analysed.body], query.words),
    score,
  };
}

/** Vocabulary words among `words`; two-letter words are not in the vocabulary and pass (their pairs decide). */
async function knownTerms(db: Kysely<Database>, words: string[]): Promise<Set<string>> {
  const long = [...new Set(words.filter((w) => w.length >= 3))];
  const rows = long.length ? await db.selectFrom('search_terms').select('term').where('term', 'in', long).execute() : [];
  return new Set([...rows.map((r) => r.term), ...words.filter((w) => w.length < 3)]);
}

/**
 * A repaired query as the reader would write it: a repaired (folded) word takes the diacritics it
 * has in the best result ("chuan bị" → "chuẩn bị"), found among the matched words shown.
 */
function withMarks(query: string, hits: SearchHit[]): string {
  const shown = hits
    .slice(0, 3)
    .flatMap((h) => [...h.titleSegments, ...h.snippet])
    .filter((s) => s.mark);
  return query.replace(/(?<![\p{L}\p{M}])[a-z]+(?![\p{L}\p{M}])/gu, (word) => shown.find((s) => foldWord(s.text) === word)?.text.toLowerCase() ?? word);
}

/** Ids in turns from each ranking, each id once: every list's best come first. */
function interleave(lists: SearchHit[][]): SearchHit[] {
  const seen = new Set<number>();
  const out: SearchHit[] = [];
  for (let rank = 0; lists.some((list) => rank < list.length); rank++) {
    for (const list of lists) {
      const hit = list[rank];
      if (hit && !seen.has(hit.id)) {
        seen.add(hit.id);
        out.push(hit);
      }
    }
  }
  return out;
}

class Engine implements SearchEngine {
  private readonly backend: SearchBackend;
  private equivalentsCache: { at: number; value: Equivalents } | null = null;
  private readonly liveCounts = new Map<string, { at: number; count: number }>();

  constructor(
    private readonly db: Db,
    private readonly tuning: SearchTuning,
  ) {
    this.backend = backendFor(db.dialect);
  }

  indexArticle(id: number): Promise<void> {
    return indexArticleIn(this.db.kysely, id, this.db.dialect);
  }

  removeArticle(id: number): Promise<void> {
    return removeArticleIn(this.db.kysely, id, this.db.dialect);
  }

  /**
   * The query and its other forms (variants.ts: dictionary equivalents, number and road-marker
   * spellings) are searched side by side; when more than one finds articles with every word, their
   * rankings are interleaved, the query as typed first (after any found without typo tolerance),
   * so each form's best answers lead.
   */
  async search(raw: string, options: SearchOptions = {}): Promise<SearchResults> {
    const variants = options.asTyped ? [] : queryVariants(cleanQuery(raw), await this.equivalents());
    if (variants.length === 0) return this.searchConverted(raw, options, MAX_LIMIT);
    const limit = Math.max(1, Math.min(MAX_LIMIT, options.limit ?? 20));
    const offset = Math.max(0, options.offset ?? 0);
    const window = Math.min(this.tuning.countCap, offset + limit);
    const whole = { ...options, offset: 0, limit: window };
    // Another form only counts when it finds articles with every word (below): its near matches,
    // input-method conversion and real-word repairs would be thrown away, so they are not sought.
    // The forms are searched side by side: a backend with several connections answers them at once.
    const all = await Promise.all([this.searchConverted(raw, whole, window), ...variants.map((query) => this.searchAsTyped(query, whole, window, false))]);
    const typed = all[0]!;
    // A form found as written leads one found only through typo tolerance.
    const full = all.filter((r) => r.total > 0 && !r.partial).sort((a, b) => Number(a.corrected) - Number(b.corrected));
    const page = (hits: SearchHit[]) => hits.slice(offset, offset + limit);
    const [first] = full;
    if (first === undefined) return { ...typed, hits: page(typed.hits) };
    if (full.length === 1) return { ...first, query: typed.query, hits: page(first.hits) };
    const total = Math.min(
      this.tuning.countCap,
      full.reduce((sum, r) => sum + r.total, 0),
    );
    return {
      query: typed.query,
      total,
      hits: page(interleave(full.map((r) => r.hits))),
      corrected: full.some((r) => r.corrected),
      capped: total >= this.tuning.countCap,
      partial: false,
      rewritten: null,
    };
  }

  /** The newsroom's own equivalents (settings) with the built-in ones, re-read every few seconds. */
  private async equivalents(): Promise<Equivalents> {
    const now = Date.now();
    if (this.equivalentsCache && now - this.equivalentsCache.at < EQUIVALENTS_MAX_AGE_MS) return this.equivalentsCache.value;
    const row = await this.db.kysely.selectFrom('settings').select('value').where('key', '=', EQUIVALENTS_SETTING).executeTakeFirst();
    const value = new Equivalents([...parseEquivalents(BUILT_IN_EQUIVALENTS), ...parseEquivalents(row?.value ?? '')]);
    this.equivalentsCache = { at: now, value };
    return value;
  }

  forgetEquivalents(): void {
    this.equivalentsCache = null;
  }

  /**
   * A query that finds little or only partial matches may have been typed with the keyboard's
   * Vietnamese input off ("tieengs vieetj"): its conversion is searched too, and wins when it finds
   * articles with every word where the query as typed did not find as many.
   */
  private async searchConverted(raw: string, options: SearchOptions, maxLimit: number): Promise<SearchResults> {
    // The real-word repair reads only the query, so it is looked for while the query is searched.
    const [typed, repaired] = await Promise.all([this.searchAsTyped(raw, options, maxLimit, true), options.asTyped ? null : this.repairedQuery(raw)]);
    if (options.asTyped) return typed;
    const full = (r: SearchResults) => (r.partial ? 0 : r.total);
    const converted = typed.total >= TYPO_THRESHOLD && !typed.partial && !typed.corrected ? null : fromInputMethodText(cleanQuery(raw));
    if (converted !== null) {
      const rewritten = await this.searchAsTyped(converted, options, maxLimit, true);
      if (full(rewritten) > full(typed)) return { ...rewritten, query: typed.query, rewritten: rewritten.query };
    }
    if (repaired === null) return typed;
    const rewritten = await this.searchAsTyped(repaired, options, maxLimit, true);
    return full(rewritten) > 0 ? { ...rewritten, query: typed.query, rewritten: withMarks(repaired, rewritten.hits) } : typed;
  }

  /**
   * The query with typos that land on real words repaired ("chẩn bị" → "chuan bị"), or null. Only
   * a pair of words that no article holds is repaired, and only when a confusion of one of its
   * words (confusions.ts) makes a pair the archive holds many times: a rare name found as typed
   * is never "corrected" into a common word.
   */
  private async repairedQuery(raw: string): Promise<string | null> {
    const db = this.db.kysely;
    const { words } = parseQuery(raw);
    if (words.length < 2 || words.length > REPAIR_MAX_WORDS) return null;
    const folded = words.map((w) => w.folded);
    const pairOf = (a: string, b: string) => `${a}${PAIR_JOINER}${b}`;
    // Only whether an article holds the pair matters here: one is enough.
    const typed = await this.backend.pairCounts(
      db,
      // b is word i + 1, so word i exists.
      folded.slice(1).map((b, i) => pairOf(folded[i]!, b)),
      1,
    );
    const repairs = new Map<number, string>();
    for (const [i, count] of typed.entries()) {
      // One count per adjacent pair of words: words i and i + 1 are there.
      const a = folded[i];
      const b = folded[i + 1];
      if (count > 0 || repairs.has(i) || a === undefined || b === undefined) continue;
      const options = [
        ...confusions(a).map((word) => ({ at: i, word, pair: pairOf(word, b) })),
        ...confusions(b).map((word) => ({ at: i + 1, word, pair: pairOf(a, word) })),
      ];
      const known = await knownTerms(
        db,
        options.map((o) => o.word),
      );
      const usable = options.filter((o) => known.has(o.word));
      const counts = await this.backend.pairCounts(
        db,
        usable.map((o) => o.pair),
        PAIR_COUNT_CAP,
      );
      // `best` is always an index already visited.
      const best = counts.reduce((b, n, k) => (n > counts[b]! ? k : b), 0);
      const choice = usable[best];
      const bestCount = counts[best];
      if (choice !== undefined && bestCount !== undefined && bestCount >= REPAIR_MIN_PAIRS) repairs.set(choice.at, choice.word);
    }
    return repairs.size === 0 ? null : words.map((w, i) => repairs.get(i) ?? w.text).join(' ');
  }

  /** `nearMatches`: when no article has every word, whether to look for those covering most of the query. */
  private async searchAsTyped(raw: string, options: SearchOptions, maxLimit: number, nearMatches: boolean): Promise<SearchResults> {
    const query = parseQuery(raw);
    const empty: SearchResults = { query: query.display, total: 0, hits: [], corrected: false, capped: false, partial: false, rewritten: null };
    if (query.words.length === 0) return empty;
    const db = this.db.kysely;
    const filter: CandidateFilter = {
      scope: options.scope ?? 'live',
      now: (options.now ?? new Date()).toISOString(),
      sectionIds: options.sectionIds,
      from: options.from,
      to: options.to,
    };
    const limit = Math.max(1, Math.min(maxLimit, options.limit ?? 20));
    const offset = Math.max(0, options.offset ?? 0);

    const [unknown] = await Promise.all([unknownWords(db, query.words), completePrefix(db, query.words)]);
    const ranked = options.sort !== 'newest';
    // Every word must match, so a whole word no article holds leaves nothing to count: the typo search starts at once.
    let census = unknown.some((w) => !w.prefix) ? NOTHING_SEEN : await this.census(groupsOf(query.words), filter, ranked);
    let corrected = false;
    if (census.seen < TYPO_THRESHOLD && (await correctTypos(db, query.words, unknown))) {
      const widened = await this.census(groupsOf(query.words), filter, ranked);
      // A window of the widened query that is fuller than the whole first count settles it at once.
      corrected = widened.seen > census.seen || (await totalOf(widened)) > census.seen;
      census = widened;
    }
    if (census.seen === 0 && nearMatches && matchedWords(query.words).length > 1) return this.partialSearch(query, filter, limit, offset, corrected);
    const found = async (hits: SearchHit[]) => {
      const total = await totalOf(census);
      return { query: query.display, total, corrected, capped: total >= this.tuning.countCap, partial: false, rewritten: null, hits };
    };
    if (census.seen === 0 || (offset >= census.seen && offset >= (await totalOf(census)))) return found([]);
    const groups = groupsOf(query.words);

    if (options.sort === 'newest') {
      const ids = await this.backend.candidates(db, groups, filter, 'all', limit, offset);
      const rows = await loadRows(db, ids);
      return found(ids.flatMap((id) => this.hit(rows.get(id), query)));
    }

    // Ranked while the count goes on: only the total on the page waits for it.
    const pool = await this.rankedPool(groups, filter, query, census);
    const hits = pool.slice(offset, offset + limit).map((r) => toHit(r.row, query, r.score, r.analysed));
    if (hits.length < limit) {
      // Past the pool: the other matches, newest first.
      const poolIds = new Set(pool.map((r) => r.row.id));
      const skip = Math.max(0, offset - pool.length);
      const wanted = limit - hits.length;
      const newest = await this.backend.candidates(db, groups, filter, 'all', skip + wanted + poolIds.size, 0);
      const ids = newest.filter((id) => !poolIds.has(id)).slice(skip, skip + wanted);
      const rows = await loadRows(db, ids);
      hits.push(...ids.flatMap((id) => this.hit(rows.get(id), query)));
    }
    return found(hits);
  }

  /**
   * No article has every word: the pool is the newest matches of subsets of the words, rarest
   * first, ranked by how much of the query (weighted by rarity) each article covers, then by the
   * usual score. Its size is bounded by the number of subsets (partial.ts), so this stays cheap.
   */
  private async partialSearch(query: ParsedQuery, filter: CandidateFilter, limit: number, offset: number, corrected: boolean): Promise<SearchResults> {
    const db = this.db.kysely;
    // A typo's neighbours help a query that nearly matches; over a partial match they add noise.
    for (const word of query.words) word.alternatives = [];
    const words = matchedWords(query.words);
    const groups = groupsOf(query.words);
    const frequencies = await Promise.all(groups.map(async (g) => (await this.backend.count(db, [g], filter, this.tuning.countCap)).total));
    const articles = await this.liveCount(filter);
    const ids = new Set<number>();
    for (const subset of partialSubsets(frequencies, articles)) {
      // Indexes of `frequencies`, one per group.
      const chosen = subset.map((i) => groups[i]!);
      const asks = (['head', 'all'] as const).map((tier) => ({ tier, limit: this.tuning.tierLimit }));
      for (const id of (await this.backend.newestOfTiers(db, chosen, filter, asks)).flat()) ids.add(id);
    }
    const rows = await loadRows(db, [...ids]);
    const ranked = [...rows.values()]
      .map((row) => {
        const analysed = analyseText(row);
        const covered = coverage(
          words.map((w) => hasWordAsTyped(analysed, w)),
          frequencies,
          articles,
        );
        return { row, analysed, score: covered * COVERAGE_WEIGHT + scoreText(analysed, query.words) };
      })
      .filter((r) => r.score >= COVERAGE_WEIGHT * MIN_COVERAGE)
      .sort(byScoreThenNewest);
    const hits = ranked.slice(offset, offset + limit).map((r) => toHit(r.row, query, r.score, r.analysed));
    return { query: query.display, total: ranked.length, hits, corrected, capped: false, partial: ranked.length > 0, rewritten: null };
  }

  /** How many articles the filter admits, up to a bound: the "N" of the rarity weights. */
  private async liveCount(filter: CandidateFilter): Promise<number> {
    const key = JSON.stringify([filter.scope, filter.sectionIds ?? null, filter.from ?? null, filter.to ?? null]);
    const now = Date.now();
    const known = this.liveCounts.get(key);
    if (known && now - known.at < LIVE_COUNT_MAX_AGE_MS) return known.count;
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM (SELECT 1 FROM articles a WHERE ${filterSql(filter)} LIMIT ${LIVE_COUNT_BOUND}) AS live`.execute(this.db.kysely);
    const count = Number(rows[0]?.n ?? 0);
    if (this.liveCounts.size >= LIVE_COUNTS_KEPT) this.liveCounts.clear();
    this.liveCounts.set(key, { at: now, count });
    return count;
  }

  private hit(row: Row | undefined, query: ParsedQuery): SearchHit[] {
    if (!row) return [];
    const analysed = analyseText(row);
    return [toHit(row, query, scoreText(analysed, query.words), analysed)];
  }

  /**
   * How many match, and the newest of them. A query whose newest window is not full has its exact
   * total there; only the others are counted, up to the cap, while the tiers are asked and ranked:
   * only the page's total waits for the count. A backend that answers side by side is asked for
   * every tier at once; another once the window is known to be full (Sighting.early).
   */
  private async census(groups: MatchGroup[], filter: CandidateFilter, ranked: boolean): Promise<Sighting> {
    const db = this.db.kysely;
    const window = 2 * this.tuning.tierLimit;
    const counted = this.backend.count(db, groups, filter, this.tuning.countCap);
    // Awaited by whoever needs the total; until then a failure must not count as unhandled.
    counted.catch(() => undefined);
    // The window holds every match: the count is not needed, but is let finish before the answer.
    const whole = (newest: number[]): Sighting => ({
      seen: newest.length,
      newest,
      early: null,
      counted: counted.then(
        () => ({ total: newest.length, oldestKey: null }),
        () => ({ total: newest.length, oldestKey: null }),
      ),
    });
    if (ranked && this.backend.sideBySide) {
      const [all = [], ...tiers] = await this.backend.newestOfTiers(db, groups, filter, [{ tier: 'all', limit: window }, ...this.tierAsks(groups, 'every')]);
      return all.length < window ? whole(all) : { seen: all.length, newest: all, early: Promise.resolve(tiers.flat()), counted };
    }
    const newest = await this.backend.candidates(db, groups, filter, 'all', window, 0);
    if (newest.length < window) return whole(newest);
    const early = ranked ? this.tierCandidates(groups, filter, null, this.backend.needsHorizon ? 'unbounded' : 'every') : null;
    early?.catch(() => undefined);
    return { seen: newest.length, newest, early, counted };
  }

  /** The tiers besides 'all': every one, or those that need no horizon, or those that do; each for its newest tierLimit. */
  private tierAsks(groups: MatchGroup[], which: 'every' | 'unbounded' | 'bounded'): TierAsk[] {
    return tiersFor(groups)
      .filter((tier) => which === 'every' || BOUNDED.has(tier) === (which === 'bounded'))
      .map((tier) => ({ tier, limit: this.tuning.tierLimit }));
  }

  /** The newest matches of those tiers, past the horizon (the bounded tiers' oldest rank key) when one is given. */
  private async tierCandidates(
    groups: MatchGroup[],
    filter: CandidateFilter,
    horizon: number | null,
    which: 'every' | 'unbounded' | 'bounded',
  ): Promise<number[]> {
    const bounded = horizon !== null && which === 'bounded' ? { ...filter, minRankKey: horizon } : filter;
    return (await this.backend.newestOfTiers(this.db.kysely, groups, bounded, this.tierAsks(groups, which))).flat();
  }

  /** The union of every tier's newest matches, best first. */
  private async rankedPool(groups: MatchGroup[], filter: CandidateFilter, query: ParsedQuery, census: Sighting) {
    const ids = new Set<number>(census.newest);
    // Fewer matches than the census window: the pool already holds every one of them.
    if (census.early === null) return this.rank([...ids], query);
    for (const id of await census.early) ids.add(id);
    if (this.backend.needsHorizon) {
      // Past the cap, the whole-article exact tier looks no further back than the counting did.
      const counted = await census.counted;
      const horizon = counted.total >= this.tuning.countCap ? counted.oldestKey : null;
      for (const id of await this.tierCandidates(groups, filter, horizon, 'bounded')) ids.add(id);
    }
    return this.rank([...ids], query);
  }

  private async rank(ids: number[], query: ParsedQuery) {
    const db = this.db.kysely;
    const rows = await loadRows(db, ids);
    const required = matchedWords(query.words);
    return [...rows.values()]
      .map((row) => ({ row, analysed: analyseText(row) }))
      .filter((r) => hasEveryWord(r.analysed, required))
      .map(({ row, analysed }) => ({ row, analysed, score: scoreText(analysed, query.words) }))
      .sort(byScoreThenNewest);
  }

  async suggest(prefix: string, limit = 8): Promise<Suggestion[]> {
    const results = await this.search(prefix, { limit: Math.min(limit, 8) });
    return results.hits.map((h) => ({ id: h.id, title: h.title, url: articlePath(h.section_path, h.slug, h.id) }));
  }

  async ensureIndexed(onProgress?: (done: number, total: number) => void): Promise<boolean> {
    const db = this.db.kysely;
    const article = await db.selectFrom('articles').select('id').limit(1).executeTakeFirst();
    const indexed = await db.selectFrom('search_documents').select('article_id').limit(1).executeTakeFirst();
    if (!article || indexed) return false;
    await this.rebuild(onProgress);
    return true;
  }

  maintain(): Promise<boolean> {
    return this.backend.maintain(this.db.kysely);
  }

  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    const db = this.db.kysely;
    // Oldest first, as their rank keys go: PostgreSQL's table then holds the entries in that order,
    // so the newest articles, which most searches read, share few pages (README, search benchmark, "Fourth stop").
    const ids = (
      await db
        .selectFrom('articles')
        .select('id')
        .orderBy(sql`coalesce(published_at, created_at)`)
        .orderBy('id')
        .execute()
    ).map((r) => Number(r.id));
    const indexed = (await db.selectFrom('search_documents').select('article_id').execute()).map((r) => Number(r.article_id));
    const live = new Set(ids);
    for (const id of indexed) if (!live.has(id)) await this.removeArticle(id);
    for (let i = 0; i < ids.length; i += REBUILD_BATCH) {
      const batch = ids.slice(i, i + REBUILD_BATCH);
      // One transaction per batch: far faster in SQLite than a commit per article.
      await db.transaction().execute(async (trx) => {
        for (const id of batch) await indexArticleIn(trx, id, this.db.dialect);
      });
      onProgress?.(Math.min(ids.length, i + REBUILD_BATCH), ids.length);
    }
    await this.backend.settle(db);
    return ids.length;
  }
}

export function createSearchEngine(db: Db, tuning: Partial<SearchTuning> = {}): SearchEngine {
  return new Engine(db, { ...DEFAULT_TUNING, ...tuning });
}
