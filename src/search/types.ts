import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Segment } from './snippet.js';

/** Who is searching: readers see live articles only, the newsroom sees every status. */
export type SearchScope = 'live' | 'all';
export type SearchSort = 'relevance' | 'newest';

export interface SearchOptions {
  scope?: SearchScope;
  sort?: SearchSort;
  /** Limit to these sections (a section and its subsections). */
  sectionIds?: number[];
  /** Published at or after this instant (ISO). */
  from?: string;
  /** Published before this instant (ISO). */
  to?: string;
  limit?: number;
  offset?: number;
  /** "Now" for liveness; tests pin it. */
  now?: Date;
  /** Search the words exactly as typed: no input-method conversion (the reader's "search as typed" link). */
  asTyped?: boolean;
}

export interface SearchHit {
  id: number;
  title: string;
  slug: string;
  status: string;
  published_at: string | null;
  section_path: string;
  section_name: string;
  titleSegments: Segment[];
  snippet: Segment[];
  score: number;
}

export interface SearchResults {
  /** The query as understood (cleaned), to show back. */
  query: string;
  total: number;
  hits: SearchHit[];
  /** Whether typo tolerance was needed to find these. */
  corrected: boolean;
  /**
   * No article has every word: these are the articles covering most of the query, rare words
   * weighing more than common ones ("giá cà phê năm nay bao nhiêu").
   */
  partial: boolean;
  /**
   * The query as searched when it differs from what was typed: keystrokes of a Vietnamese input
   * method left in the words ("tieengs vieetj" → "tiếng việt"). Null when searched as typed.
   */
  rewritten: string | null;
  /** `total` is a floor: counting stopped there (SearchTuning.countCap), the real number is larger. */
  capped: boolean;
}

export interface Suggestion {
  id: number;
  title: string;
  url: string;
}

export interface SearchEngine {
  indexArticle(id: number): Promise<void>;
  removeArticle(id: number): Promise<void>;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  suggest(prefix: string, limit?: number): Promise<Suggestion[]>;
  /**
   * Builds the index when there are articles but no index at all (a new index format's migration
   * empties it); returns whether it did.
   */
  ensureIndexed(onProgress?: (done: number, total: number) => void): Promise<boolean>;
  /** Drops the cached dictionary of equivalents, after the newsroom saved its own. */
  forgetEquivalents(): void;
  /** Re-indexes every article; returns how many. */
  rebuild(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** What the backend keeps beside the index, brought up to date as the archive grows (SearchBackend.maintain). */
  maintain(): Promise<boolean>;
}

/** One query word as the engines see it: any of the folded forms, the last possibly as a prefix. */
export interface MatchGroup {
  /** The word as typed (folded), then its typo alternatives. */
  forms: [string, ...string[]];
  prefix: boolean;
  /**
   * The words the unfinished last word completes to, when the vocabulary has few ("thon" → thon,
   * thong), else null. SQLite matches them as words, which streams, where a prefix longer than its
   * prefix index is merged up front; its pairs index, without prefixes, needs them as whole words.
   */
  completions: string[] | null;
  /** The exact (diacritics) key when the reader typed diacritics: a ranking hint for candidates. */
  exact: string | null;
}

export interface CandidateFilter {
  scope: SearchScope;
  now: string;
  sectionIds?: number[];
  from?: string;
  to?: string;
  /** Only articles at or above this rank key (see Census.oldestKey). */
  minRankKey?: number;
}

export interface IndexedDocument {
  id: number;
  /** Where the article sorts in the index (src/search/rank-key.ts). */
  rankKey: number;
  title: string;
  lead: string;
  body: string;
  keys: Record<'title' | 'lead' | 'body', { folded: string; exact: string }>;
  /** Adjacent folded word pairs within each field, "phat_trien trien_kinh", each once. */
  pairs: string;
  terms: string[];
}

/**
 * Where every query word must be found, from narrow to wide. Each gives its newest matches; the
 * union is what the application ranks, so a strong match (all words in the title, the reader's
 * diacritics, the phrase as typed) is a candidate even when thousands of weak ones are newer.
 */
export type CandidateTier = 'title' | 'title-exact' | 'title-phrase' | 'head' | 'exact' | 'phrase' | 'all';

/** A tier asked for its newest `limit` matches. */
export interface TierAsk {
  tier: CandidateTier;
  limit: number;
}

export interface Census {
  total: number;
  /**
   * The rank key of the oldest article counted: with `total` at the cap, how far back the newest
   * `cap` go, the horizon of the exact tier. Null from a backend that counts in no particular
   * order and needs no horizon (PostgreSQL's GIN index proves a rare word absent at once).
   */
  oldestKey: number | null;
}

/** What differs between dialects: writing the word index and finding candidates in it. */
export interface SearchBackend {
  /**
   * Whether the exact tier must stay within the count's horizon (Census.oldestKey), so waits for the
   * count: true where the index cannot prove a rare word absent without walking it (SQLite's FTS5).
   */
  readonly needsHorizon: boolean;
  /**
   * Whether the backend answers several queries side by side (PostgreSQL's pool of connections):
   * then the tiers are asked while the newest window is still being read, and thrown away when it
   * turns out to hold every match. SQLite answers one query at a time, so it waits.
   */
  readonly sideBySide: boolean;
  /** Replaces the article's entry; `previousKey` is where it sorted before, if it was indexed. */
  write(db: Kysely<Database>, doc: IndexedDocument, previousKey: number | null): Promise<void>;
  remove(db: Kysely<Database>, rankKey: number): Promise<void>;
  /** After a rebuild: brings the database's own view of the index up to date (statistics). */
  settle(db: Kysely<Database>): Promise<void>;
  /**
   * Keeps what the backend builds beside the index fit for an archive that grows (PostgreSQL's
   * recent indexes, over the newest `entries` entries); cheap when nothing is due. True when it
   * rebuilt something.
   */
  maintain(db: Kysely<Database>, entries?: number): Promise<boolean>;
  /** Counts the articles matching every word (folded), newest first, stopping at `cap`. */
  count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, cap: number): Promise<Census>;
  /**
   * Ids of the articles matching `tier`, newest first. The exact tier may hand out articles that
   * lack a word the reader typed without diacritics: the engine drops those.
   */
  candidates(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, tier: CandidateTier, limit: number, offset: number): Promise<number[]>;
  /**
   * The newest matches of several tiers of one query, in the order asked: what `candidates` gives
   * for each, from the start. A backend may share work between them (PostgreSQL estimates every
   * tier's matches in one statement). When 'all' is asked first and finds fewer than its limit,
   * the others may be left empty: 'all' then holds every article they could add that ranks (one
   * with every word), as the engine's census relies on.
   */
  newestOfTiers(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter, asks: TierAsk[]): Promise<number[][]>;
  /**
   * How many articles hold each adjacent folded word pair ("chuan_bi"), each counted up to `cap`:
   * the archive's statistics for repairing typos that land on real words (confusions.ts).
   */
  pairCounts(db: Kysely<Database>, pairs: string[], cap: number): Promise<number[]>;
}
