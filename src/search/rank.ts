import type { QueryWord } from './query.js';
import { exactWord, tokenize, type Token } from './text.js';

/**
 * Ranking shared by both engines, so results and quality do not depend on the database: the engine
 * finds candidates (every query word present, folded), this scores them. Priorities, strongest
 * first: the reader's own diacritics, the words adjacent as typed, title over lead over body;
 * equal scores fall back to recency in the caller.
 */

export interface SearchText {
  title: string;
  lead: string;
  body: string;
}

export type FieldName = keyof SearchText;

const FIELD_WEIGHT: Record<FieldName, number> = { title: 3, lead: 2, body: 1 };
/** A word matched without the reader's diacritics, as an unfinished prefix, or through a typo counts less. */
const FOLDED_ONLY = 0.5;
const PREFIX = 0.7;
const TYPO = 0.3;
/** Bonus for the whole query as an adjacent phrase somewhere, and per field it occurs in. */
const PHRASE = 6;
/** Bonus scaled by the share of the query's adjacent word pairs found adjacent somewhere. */
const PAIRS = 4;
/** Bonus scaled by the share of diacritic-bearing query words found with those exact diacritics. */
const EXACT = 8;
const TF_STEP = 0.1;
const TF_CAP = 5;

export interface FieldTokens {
  text: string;
  tokens: Token[];
}

export type AnalysedText = Record<FieldName, FieldTokens>;

export function analyseText(text: SearchText): AnalysedText {
  // Exact keys are computed lazily (see matchWeight): most tokens never match a query word.
  return {
    title: { text: text.title, tokens: tokenize(text.title, false) },
    lead: { text: text.lead, tokens: tokenize(text.lead, false) },
    body: { text: text.body, tokens: tokenize(text.body, false) },
  };
}

/** Weight in [0, 1] of a token as a match for a query word; 0 is no match. `exact` tells whether the diacritics agree. */
export function matchWeight(token: Token, source: string, word: QueryWord): { weight: number; exact: boolean } {
  const exactKey = () => {
    if (!token.exact) token.exact = exactWord(source.slice(token.start, token.end));
    return token.exact;
  };
  if (token.folded === word.folded) {
    if (!word.hasDiacritics) return { weight: 1, exact: false };
    const exact = exactKey() === word.exact;
    return { weight: exact ? 1 : FOLDED_ONLY, exact };
  }
  if (word.prefix && token.folded.startsWith(word.folded)) {
    if (!word.hasDiacritics) return { weight: PREFIX, exact: false };
    const exact = exactKey().startsWith(word.exact);
    return { weight: exact ? PREFIX : PREFIX * FOLDED_ONLY, exact };
  }
  if (word.alternatives.includes(token.folded)) return { weight: TYPO, exact: false };
  return { weight: 0, exact: false };
}

interface FieldMatch {
  best: number[];
  exact: boolean[];
  count: number;
  /** The whole query, adjacent and in order. */
  phrase: boolean;
  /** Which consecutive query word pairs occur adjacent and in order ("lễ hội", "Mường Lay"). */
  pairs: boolean[];
}

/** Could this folded token match any query word? A cheap test that skips most tokens of a body. */
function mayMatch(words: QueryWord[], forms: Set<string>, folded: string): boolean {
  if (forms.has(folded)) return true;
  for (const word of words) if (word.prefix && folded.startsWith(word.folded)) return true;
  return false;
}

function matchField(field: FieldTokens, words: QueryWord[]): FieldMatch {
  const best = words.map(() => 0);
  const exact = words.map(() => false);
  const hits: number[][] = field.tokens.map(() => []);
  const forms = new Set(words.flatMap((w) => [w.folded, ...w.alternatives]));
  let count = 0;
  field.tokens.forEach((token, t) => {
    if (!mayMatch(words, forms, token.folded)) return;
    words.forEach((word, w) => {
      const m = matchWeight(token, field.text, word);
      if (m.weight === 0) return;
      hits[t].push(w);
      count++;
      if (m.weight > best[w]) best[w] = m.weight;
      if (m.exact) exact[w] = true;
    });
  });
  let phrase = false;
  const pairs = words.slice(1).map(() => false);
  if (words.length > 1) {
    for (let start = 0; start < field.tokens.length; start++) {
      for (let w = 0; w + 1 < words.length; w++) {
        if (!pairs[w] && hits[start].includes(w) && hits[start + 1]?.includes(w + 1)) pairs[w] = true;
      }
      if (!phrase && start + words.length <= field.tokens.length) phrase = words.every((_, w) => hits[start + w].includes(w));
    }
  }
  return { best, exact, count, phrase, pairs };
}

export function scoreText(text: AnalysedText, words: QueryWord[]): number {
  if (words.length === 0) return 0;
  let score = 0;
  let phraseAnywhere = false;
  const exactAnywhere = words.map(() => false);
  const pairsAnywhere = words.slice(1).map(() => false);
  for (const name of ['title', 'lead', 'body'] as const) {
    const match = matchField(text[name], words);
    const weight = FIELD_WEIGHT[name];
    score += weight * match.best.reduce((a, b) => a + b, 0);
    if (match.phrase) {
      phraseAnywhere = true;
      score += weight * words.length;
    }
    match.pairs.forEach((p, i) => {
      if (!p) return;
      pairsAnywhere[i] = true;
      score += weight;
    });
    match.exact.forEach((e, w) => (exactAnywhere[w] ||= e));
    if (name === 'body') score += TF_STEP * Math.min(TF_CAP, match.count);
  }
  if (phraseAnywhere) score += PHRASE;
  // Part of the query adjacent ("lễ hội … Mường Lay") still beats the same words scattered.
  if (pairsAnywhere.length > 0) score += (PAIRS * pairsAnywhere.filter(Boolean).length) / pairsAnywhere.length;
  const marked = words.filter((w) => w.hasDiacritics);
  if (marked.length > 0) score += (EXACT * words.filter((w, i) => w.hasDiacritics && exactAnywhere[i]).length) / marked.length;
  return score;
}
