import type { Kysely } from 'kysely';
import { articlePath } from '../content/urls.js';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { backendFor, indexArticleIn, removeArticleIn } from './indexer.js';
import { parseQuery, type ParsedQuery, type QueryWord } from './query.js';
import { analyseText, scoreText } from './rank.js';
import { highlightAll, snippet } from './snippet.js';
import { oneEditAway } from './typo.js';
import type { CandidateFilter, MatchGroup, SearchBackend, SearchEngine, SearchHit, SearchOptions, SearchResults, Suggestion } from './types.js';

/**
 * The relevance order is re-ranked in the application over the engine's best RERANK_WINDOW
 * candidates (see rank.ts); results past the window keep the engine's order. The window is fixed,
 * not per page, so consecutive pages never overlap or skip.
 */
const RERANK_WINDOW = 40;
/** "Exact matching finds too little": below this many results, one-typo neighbours join in. */
const TYPO_THRESHOLD = 3;
const MAX_LIMIT = 100;
const REBUILD_BATCH = 200;

function groupsOf(words: QueryWord[]): MatchGroup[] {
  return words.map((w) => ({ forms: [w.folded, ...w.alternatives], prefix: w.prefix, exact: w.hasDiacritics ? w.exact : null }));
}

async function isKnown(db: Kysely<Database>, word: QueryWord): Promise<boolean> {
  // '{' sorts right after 'z': the range holds every term that starts with the (a–z) prefix.
  const query = word.prefix
    ? db.selectFrom('search_terms').select('term').where('term', '>=', word.folded).where('term', '<', `${word.folded}{`)
    : db.selectFrom('search_terms').select('term').where('term', '=', word.folded);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
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
async function correctTypos(db: Kysely<Database>, words: QueryWord[]): Promise<boolean> {
  const unknown: QueryWord[] = [];
  for (const word of words) if (oneEditAway(word.folded).length > 0 && !(await isKnown(db, word))) unknown.push(word);
  if (unknown.length === 0 || unknown.length > Math.max(1, Math.floor(words.length / 2))) return false;
  for (const word of unknown) word.alternatives = await knownNeighbours(db, word);
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

function toHit(row: Row, query: ParsedQuery, score: number, analysed = analyseText(row)): SearchHit {
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

class Engine implements SearchEngine {
  private readonly backend: SearchBackend;

  constructor(private readonly db: Db) {
    this.backend = backendFor(db.dialect);
  }

  indexArticle(id: number): Promise<void> {
    return indexArticleIn(this.db.kysely, id, this.db.dialect);
  }

  removeArticle(id: number): Promise<void> {
    return removeArticleIn(this.db.kysely, id, this.db.dialect);
  }

  async search(raw: string, options: SearchOptions = {}): Promise<SearchResults> {
    const query = parseQuery(raw);
    const empty: SearchResults = { query: query.display, total: 0, hits: [], corrected: false };
    if (query.words.length === 0) return empty;
    const db = this.db.kysely;
    const filter: CandidateFilter = {
      scope: options.scope ?? 'live',
      now: (options.now ?? new Date()).toISOString(),
      sectionIds: options.sectionIds,
      from: options.from,
      to: options.to,
    };
    const limit = Math.max(1, Math.min(MAX_LIMIT, options.limit ?? 20));
    const offset = Math.max(0, options.offset ?? 0);

    let total = await this.backend.count(db, groupsOf(query.words), filter);
    let corrected = false;
    if (total < TYPO_THRESHOLD) {
      if (await correctTypos(db, query.words)) {
        const widened = await this.backend.count(db, groupsOf(query.words), filter);
        corrected = widened > total;
        total = widened;
      }
    }
    if (total === 0 || offset >= total) return { ...empty, total, corrected };
    const groups = groupsOf(query.words);

    if (options.sort === 'newest' || offset >= RERANK_WINDOW) {
      const ids = await this.backend.candidates(db, groups, filter, options.sort ?? 'relevance', limit, offset);
      const rows = await loadRows(db, ids);
      const hits = ids.flatMap((id) => {
        const row = rows.get(id);
        if (!row) return [];
        const analysed = analyseText(row);
        return [toHit(row, query, scoreText(analysed, query.words), analysed)];
      });
      return { query: query.display, total, hits, corrected };
    }

    const ids = await this.backend.candidates(db, groups, filter, 'relevance', RERANK_WINDOW, 0);
    const rows = await loadRows(db, ids);
    const ranked = ids
      .flatMap((id) => {
        const row = rows.get(id);
        if (!row) return [];
        const analysed = analyseText(row);
        return [{ row, analysed, score: scoreText(analysed, query.words) }];
      })
      // Recency breaks ties, then the id, so the order is total and stable.
      .sort((a, b) => b.score - a.score || (b.row.published_at ?? '').localeCompare(a.row.published_at ?? '') || b.row.id - a.row.id);
    const pageRows = ranked.slice(offset, offset + limit);
    const hits = pageRows.map((r) => toHit(r.row, query, r.score, r.analysed));
    // A page that straddles the window's end continues in engine order.
    if (hits.length < limit && offset + limit > RERANK_WINDOW && ranked.length === RERANK_WINDOW) {
      const more = await this.search(raw, { ...options, offset: RERANK_WINDOW, limit: offset + limit - RERANK_WINDOW });
      hits.push(...more.hits);
    }
    return { query: query.display, total, hits, corrected };
  }

  async suggest(prefix: string, limit = 8): Promise<Suggestion[]> {
    const results = await this.search(prefix, { limit: Math.min(limit, 8) });
    return results.hits.map((h) => ({ id: h.id, title: h.title, url: articlePath(h.section_path, h.slug, h.id) }));
  }

  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    const db = this.db.kysely;
    const ids = (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => Number(r.id));
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
    return ids.length;
  }
}

export function createSearchEngine(db: Db): SearchEngine {
  return new Engine(db);
}
