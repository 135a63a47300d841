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
  /** Re-indexes every article; returns how many. */
  rebuild(onProgress?: (done: number, total: number) => void): Promise<number>;
}

/** One query word as the engines see it: any of the folded forms, the last possibly as a prefix. */
export interface MatchGroup {
  forms: string[];
  prefix: boolean;
  /** The exact (diacritics) key when the reader typed diacritics: a ranking hint for candidates. */
  exact: string | null;
}

export interface CandidateFilter {
  scope: SearchScope;
  now: string;
  sectionIds?: number[];
  from?: string;
  to?: string;
}

export interface IndexedDocument {
  id: number;
  title: string;
  lead: string;
  body: string;
  keys: Record<'title' | 'lead' | 'body', { folded: string; exact: string }>;
  terms: string[];
}

/** What differs between dialects: writing the word index and finding candidates in it. */
export interface SearchBackend {
  write(db: Kysely<Database>, doc: IndexedDocument): Promise<void>;
  remove(db: Kysely<Database>, id: number): Promise<void>;
  count(db: Kysely<Database>, groups: MatchGroup[], filter: CandidateFilter): Promise<number>;
  /** Ids of matching articles, best first by the engine's own rank (or newest first). */
  candidates(
    db: Kysely<Database>,
    groups: MatchGroup[],
    filter: CandidateFilter,
    order: SearchSort,
    limit: number,
    offset: number,
  ): Promise<number[]>;
}
