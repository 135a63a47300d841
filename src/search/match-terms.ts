import type { MatchGroup } from './types.js';

/**
 * An unfinished word longer than this whose completions the vocabulary lists (MatchGroup.completions)
 * is matched as those whole words, in both engines, so both find the same articles. Whole words
 * stream: SQLite's FTS5 merges a prefix longer than its prefix index (sqlite.ts) up front, and
 * PostgreSQL's GIN reads every posting list a prefix covers whole before it intersects them, where
 * whole words are skipped through (the bitmap of "thuy dien" takes 0.7 ms instead of 3.0).
 */
export const LISTED_PREFIX = 3;

export interface MatchTerm {
  term: string;
  prefix: boolean;
}

/**
 * What satisfies one query word: its forms, the first possibly as a prefix, or instead of that
 * prefix its listed completions. `wholeWords` is for an index without prefixes (SQLite's pairs):
 * there an unfinished word stands for its completions whatever its length, or for itself as a
 * whole word when it has too many to list.
 */
export function matchTerms(group: MatchGroup, wholeWords = false): MatchTerm[] {
  const [typed, ...alternatives] = group.forms;
  const complete = group.completions !== null && (wholeWords || typed.length > LISTED_PREFIX);
  const first = complete ? (group.completions ?? []).map((term) => ({ term, prefix: false })) : [{ term: typed, prefix: group.prefix && !wholeWords }];
  return [...first, ...alternatives.map((term) => ({ term, prefix: false }))];
}
