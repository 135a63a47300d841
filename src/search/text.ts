import { canonicalTone, fold } from '../vi/index.js';

/**
 * The two keys every word is compared by: `folded` (no case, no diacritics, đ→d) decides whether a
 * word matches at all; `exact` (lowercase, NFC, tone mark on the canonical vowel) decides whether
 * it matches with the reader's own diacritics, which ranks higher.
 */
export interface Token {
  folded: string;
  exact: string;
  /** Offsets in the NFC source string, for highlighting. */
  start: number;
  end: number;
}

/** Letters, marks and digits: everything else (FTS operators, quotes, emoji, controls) separates words. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Longer "words" are junk (base64, URLs); they are cut so no index key grows without bound. */
export const MAX_WORD_LENGTH = 40;
const ASCII_LOWER = /^[a-z0-9]+$/;

/**
 * Vietnamese is written in a few thousand distinct syllables, so the same words recur constantly:
 * keys are memoised. The cache is simply dropped when it grows past its cap (names, numbers).
 */
const CACHE_CAP = 50_000;
const foldCache = new Map<string, string>();
const exactCache = new Map<string, string>();

function memo(cache: Map<string, string>, word: string, compute: (w: string) => string): string {
  let key = cache.get(word);
  if (key === undefined) {
    if (cache.size >= CACHE_CAP) cache.clear();
    key = compute(word);
    cache.set(word, key);
  }
  return key;
}

export function foldWord(word: string): string {
  // Most words of a Vietnamese text without marks are already keys; skip the Unicode work for them.
  return ASCII_LOWER.test(word) ? word : memo(foldCache, word, fold);
}

export function exactWord(word: string): string {
  return ASCII_LOWER.test(word) ? word : memo(exactCache, word, (w) => canonicalTone(w).toLowerCase().normalize('NFC'));
}

/** Tokens of NFC text with their offsets; `exact` is filled only when asked, since it costs most. */
export function tokenize(nfcText: string, withExact = true): Token[] {
  const tokens: Token[] = [];
  for (const match of nfcText.matchAll(WORD)) {
    const word = match[0].slice(0, MAX_WORD_LENGTH);
    const start = match.index ?? 0;
    tokens.push({ folded: foldWord(word), exact: withExact ? exactWord(word) : '', start, end: start + match[0].length });
  }
  return tokens;
}

/** Joins the two words of an indexed pair into one token ("phat_trien"); a word character only in the pairs index. */
export const PAIR_JOINER = '_';

/** Space-joined keys of a text, as the engines index them. */
export function indexKeys(nfcText: string): { folded: string; exact: string } {
  const tokens = tokenize(nfcText);
  return { folded: tokens.map((t) => t.folded).join(' '), exact: tokens.map((t) => t.exact).join(' ') };
}
