import { isDecimalAt } from './field-text.js';
import { exactWord, foldWord, MAX_WORD_LENGTH } from './text.js';

/**
 * A reader's query after normalising: only word characters survive, so nothing typed can reach an
 * engine as syntax (FTS operators, quotes, SQL, NUL bytes, emoji are all separators).
 */
export interface QueryWord {
  /** As typed (NFC), for display. */
  text: string;
  folded: string;
  exact: string;
  /** The reader typed diacritics in this word, so matching them exactly is a signal. */
  hasDiacritics: boolean;
  /**
   * A plain word in a query that carries diacritics elsewhere: the reader who marks some words
   * leaves the level tone plain ("Nguyễn Văn Hung" is Hung before Hùng or Hưng). Ranking only.
   */
  levelTone: boolean;
  /** The word is one side of a decimal number as typed ("3,5%"): a number in its own right is not. */
  inDecimal: boolean;
  /** The last word may be unfinished: "nông th" finds "nông thôn". */
  prefix: boolean;
  /** Folded words one typo away that exist in the index; filled only when exact matching finds too little. */
  alternatives: string[];
  /** Known words the last word completes to, when the engine looked them up (see MatchGroup). */
  completions: string[] | null;
}

export interface ParsedQuery {
  words: QueryWord[];
  /** The query as shown back to the reader (cleaned, capped). */
  display: string;
}

/** Longer input is cut: no reader types 200 characters into a search box on purpose. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 10;

const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/** What the page shows back as "you searched for": controls removed, whitespace collapsed, capped. */
export function cleanQuery(raw: string): string {
  const nfc = raw.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(nfc).slice(0, MAX_QUERY_CHARS).join('').trim();
}

export function parseQuery(raw: string): ParsedQuery {
  const display = cleanQuery(raw);
  // A "word" of only combining marks folds to nothing: it is dropped, never sent as an empty term.
  const matches = [...display.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].filter((m) => foldWord(m[0].slice(0, MAX_WORD_LENGTH)) !== '');
  const words = matches.slice(0, MAX_QUERY_WORDS).map((match, i, all): QueryWord => {
    const text = match[0];
    const word = text.slice(0, MAX_WORD_LENGTH);
    const folded = foldWord(word);
    const exact = exactWord(word);
    const start = match.index ?? 0;
    const inDecimal = isDecimalAt(display, start, start + text.length);
    return {
      text,
      folded,
      exact,
      hasDiacritics: exact !== folded,
      levelTone: false,
      inDecimal,
      prefix: i === all.length - 1,
      alternatives: [],
      completions: null,
    };
  });
  if (words.some((w) => w.hasDiacritics)) for (const w of words) w.levelTone = !w.hasDiacritics && /^[a-z]+$/.test(w.folded);
  return { words, display };
}
