import { FieldText } from './field-text.js';
import type { QueryWord } from './query.js';

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
export type AnalysedText = Record<FieldName, FieldText>;

const FIELD_WEIGHT: Record<FieldName, number> = { title: 3, lead: 2, body: 1 };
/** A word matched without the reader's diacritics, as an unfinished prefix, or through a typo counts less. */
const FOLDED_ONLY = 0.5;
/** A number found as one side of a decimal ("5" in "3,5%"), or the other way round: another number. */
const OTHER_NUMBER = 0.2;
/** A word left plain in a marked query, found with a tone: still the word, most likely, but second to the level tone. */
const OTHER_TONE = 0.8;
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

export function analyseText(text: SearchText): AnalysedText {
  return { title: new FieldText(text.title), lead: new FieldText(text.lead), body: new FieldText(text.body) };
}

/** Weight of an unfinished last word that matches the start of a word with the reader's diacritics. */
const EXACT_PREFIX = 0.6;

interface WordMatch {
  /** In [0, 1]; 0 is no match. */
  weight: number;
  /** How well the reader's diacritics agree: 1 the whole word, EXACT_PREFIX its start, 0 not at all. */
  exact: number;
}

/** How word `i` of a field, found by the query word's own folded form, matches it. */
function matchWord(field: FieldText, i: number, word: QueryWord): WordMatch {
  const whole = field.word(i) === word.folded;
  if (/^[0-9]/.test(word.folded) && field.inDecimal(i) !== word.inDecimal) return { weight: OTHER_NUMBER, exact: 0 };
  if (word.levelTone && whole) return { weight: field.exact(i) === word.exact ? 1 : OTHER_TONE, exact: 0 };
  if (!word.hasDiacritics) return { weight: whole ? 1 : PREFIX, exact: 0 };
  const key = field.exact(i);
  if (whole) return key === word.exact ? { weight: 1, exact: 1 } : { weight: FOLDED_ONLY, exact: 0 };
  return key.startsWith(word.exact) ? { weight: PREFIX, exact: EXACT_PREFIX } : { weight: PREFIX * FOLDED_ONLY, exact: 0 };
}

export interface FieldMatch {
  /** Per field word, a bit per query word it matches (queries have at most 10 words). */
  masks: Uint16Array;
  best: number[];
  /** Per query word, the best agreement of diacritics found (see WordMatch.exact). */
  exact: number[];
  count: number;
  /**
   * The whole query adjacent and in order: at its best place, the weight of its weakest word (a
   * phrase is only as exact as its least exact word: "bán đồ cũ" is not "bản đồ cũ"), or 0.
   */
  phrase: number;
  /** Per consecutive pair of query words ("lễ hội", "Mường Lay"), the same for the pair. */
  pairs: number[];
}

export function matchField(field: FieldText, words: QueryWord[]): FieldMatch {
  const n = words.length;
  const best = words.map(() => 0);
  const exact = words.map(() => 0);
  const masks = new Uint16Array(field.length);
  // weights[i * n + w]: how well field word i matches query word w; read for phrases and pairs.
  const weights = new Float32Array(field.length * n);
  // i is a word of the field (from occurrences), w a query word: every index below is in range.
  const record = (i: number, w: number, m: WordMatch) => {
    if (m.weight <= weights[i * n + w]!) return;
    masks[i]! |= 1 << w;
    weights[i * n + w] = m.weight;
    best[w] = Math.max(best[w]!, m.weight);
    exact[w] = Math.max(exact[w]!, m.exact);
  };
  words.forEach((word, w) => {
    for (const i of field.occurrences(word.folded, word.prefix)) record(i, w, matchWord(field, i, word));
    for (const alternative of word.alternatives) for (const i of field.occurrences(alternative, false)) record(i, w, { weight: TYPO, exact: 0 });
  });
  let count = 0;
  const matched: number[] = [];
  masks.forEach((mask, i) => {
    if (mask === 0) return;
    matched.push(i);
    for (let m = mask; m; m &= m - 1) count++;
  });
  const pairs = words.slice(1).map(() => 0);
  let phrase = 0;
  if (n > 1) {
    const weight = (i: number, w: number) => (i < field.length ? weights[i * n + w]! : 0);
    for (const start of matched) {
      for (let w = 0; w + 1 < n; w++) pairs[w] = Math.max(pairs[w]!, Math.min(weight(start, w), weight(start + 1, w + 1)));
      phrase = Math.max(phrase, Math.min(...words.map((_, w) => weight(start + w, w))));
    }
  }
  return { masks, best, exact, count, phrase, pairs };
}

/** Whether every query word occurs somewhere in the text, as the index would match it (folded, prefix, typo). */
export function hasEveryWord(text: AnalysedText, words: QueryWord[]): boolean {
  const fields = [text.title, text.lead, text.body];
  return words.every((w) => fields.some((f) => f.occurrences(w.folded, w.prefix).length > 0 || w.alternatives.some((a) => f.occurrences(a, false).length > 0)));
}

/**
 * Whether the word occurs as the reader typed it: folded, and with the reader's diacritics where
 * they typed some. A partial match is lenient about which words are there, so it is strict about
 * each word it counts: "bạo" is not "bảo", "chúa" not "chưa".
 */
export function hasWordAsTyped(text: AnalysedText, word: QueryWord): boolean {
  const asTyped = (f: FieldText, i: number) => !word.hasDiacritics || (word.prefix ? f.exact(i).startsWith(word.exact) : f.exact(i) === word.exact);
  return [text.title, text.lead, text.body].some((f) => f.occurrences(word.folded, word.prefix).some((i) => asTyped(f, i)));
}

export function scoreText(text: AnalysedText, words: QueryWord[]): number {
  if (words.length === 0) return 0;
  let score = 0;
  let phraseAnywhere = 0;
  // One per query word, and one per adjacent pair, as in every FieldMatch.
  const exactAnywhere = words.map(() => 0);
  const pairsAnywhere = words.slice(1).map(() => 0);
  for (const name of ['title', 'lead', 'body'] as const) {
    const match = matchField(text[name], words);
    const weight = FIELD_WEIGHT[name];
    score += weight * match.best.reduce((a, b) => a + b, 0);
    // A phrase or pair made of words matched without their diacritics ("giá cả" for "giá cá") counts less.
    score += weight * words.length * match.phrase;
    phraseAnywhere = Math.max(phraseAnywhere, match.phrase);
    match.pairs.forEach((p, i) => {
      score += weight * p;
      pairsAnywhere[i] = Math.max(pairsAnywhere[i]!, p);
    });
    match.exact.forEach((e, w) => (exactAnywhere[w] = Math.max(exactAnywhere[w]!, e)));
    if (name === 'body') score += TF_STEP * Math.min(TF_CAP, match.count);
  }
  score += PHRASE * phraseAnywhere;
  // Part of the query adjacent ("lễ hội … Mường Lay") still beats the same words scattered.
  if (pairsAnywhere.length > 0) score += (PAIRS * pairsAnywhere.reduce((a, b) => a + b, 0)) / pairsAnywhere.length;
  const marked = words.filter((w) => w.hasDiacritics);
  if (marked.length > 0) score += (EXACT * words.reduce((sum, w, i) => sum + (w.hasDiacritics ? exactAnywhere[i]! : 0), 0)) / marked.length;
  return score;
}
