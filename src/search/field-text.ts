import { fold } from '../vi/index.js';
import { exactWord, foldWord, MAX_WORD_LENGTH } from './text.js';

/** Letters, marks and digits, as text.ts's WORD: the same words as the index, or keys would disagree. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * What each UTF-16 code unit of the Latin and Vietnamese range becomes in a folded word, worked
 * out once per unit with vi's own `fold`: a separator, nothing (a combining mark inside a word),
 * one code unit (ế → e, Đ → d), or COMPLEX (a fold of several units, or a case that depends on
 * the word, like final sigma), for which the word is folded whole.
 */
const TABLE_SIZE = 0x2000;
const UNKNOWN = -3;
const COMPLEX = -2;
const SEPARATOR = -1;
const DROP = 0;
const foldTable = new Int32Array(TABLE_SIZE).fill(UNKNOWN);
const CAPITAL_SIGMA = 0x3a3;
const wordBeyondTable = new Map<number, boolean>();

/** `code` is below TABLE_SIZE (the one caller checks). */
function foldedUnit(code: number): number {
  let folded = foldTable[code]!;
  if (folded === UNKNOWN) {
    const char = String.fromCharCode(code);
    const key = WORD_CHAR.test(char) ? fold(char) : null;
    folded = key === null ? SEPARATOR : key === '' ? DROP : key.length === 1 && code !== CAPITAL_SIGMA ? key.charCodeAt(0) : COMPLEX;
    foldTable[code] = folded;
  }
  return folded;
}

function isWordBeyondTable(codePoint: number): boolean {
  let word = wordBeyondTable.get(codePoint);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(codePoint));
    wordBeyondTable.set(codePoint, word);
  }
  return word;
}

// One buffer for every field: folded text is written here, then decoded in one native call.
let buffer = new Uint16Array(4096);
const SPACE = 0x20;
const decoder = new TextDecoder('utf-16le');

/**
 * One field of an article (title, lead or body) as the ranking reads it: its words, folded and
 * joined by single spaces, with their offsets. One pass over the text folds it through the table
 * above into a buffer, decoded in one native call; query words are then found with indexOf rather
 * than by comparing every word, and only matched words are ever cut out as strings. Ranking reads
 * dozens of bodies per query: folding them word by word cost five times more. Exact keys are
 * worked out only for the words that need them (matched words, when the reader typed diacritics).
 */
const isDigit = (text: string, at: number) => at >= 0 && at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;

/** Whether the digits at [start, end) of `text` are one side of a decimal comma: "3,5" is not "5". */
export function isDecimalAt(text: string, start: number, end: number): boolean {
  if (!isDigit(text, start)) return false;
  return (text[start - 1] === ',' && isDigit(text, start - 2)) || (text[end] === ',' && isDigit(text, end + 1));
}

const noWord = (i: number) => new RangeError(`no word ${i} in this field`);

export class FieldText {
  /** The folded words, each followed by one space but the last. */
  private readonly folded: string;
  /** Per word: where it starts in `folded`, and where it starts and ends in `text`. */
  private readonly foldedStarts: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly exactKeys = new Map<number, string>();

  constructor(readonly text: string) {
    if (buffer.length < text.length + 1) buffer = new Uint16Array(text.length * 2);
    const wholeWords: number[] = [];
    let length = 0;
    let inWord = false;
    let complex = false;
    let wordStart = 0;
    const endWord = (end: number) => {
      if (complex || end - wordStart > MAX_WORD_LENGTH) wholeWords.push(this.starts.length - 1);
      this.ends.push(end);
      inWord = false;
    };
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      const codePoint = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code;
      const folded = codePoint < TABLE_SIZE ? foldedUnit(codePoint) : isWordBeyondTable(codePoint) ? COMPLEX : SEPARATOR;
      if (folded === SEPARATOR) {
        if (inWord) endWord(i);
      } else {
        if (!inWord) {
          if (this.starts.length > 0) buffer[length++] = SPACE;
          this.starts.push(i);
          wordStart = i;
          this.foldedStarts.push(length);
          inWord = true;
          complex = false;
        }
        if (folded === COMPLEX) complex = true;
        else if (folded !== DROP) buffer[length++] = folded;
      }
      i += codePoint > 0xffff ? 2 : 1;
    }
    if (inWord) endWord(text.length);
    this.folded = decoder.decode(buffer.subarray(0, length));
    if (wholeWords.length > 0) this.folded = this.refold(wholeWords);
  }

  /**
   * Words the table cannot fold alone (and over-long ones, which the index cuts first: text.ts)
   * are folded whole, and the folded text rebuilt around them. Rare: Vietnamese never needs it.
   */
  private refold(wholeWords: number[]): string {
    const words = this.folded.split(' ');
    for (const w of wholeWords) words[w] = foldWord(this.indexedText(w));
    let at = 0;
    words.forEach((word, w) => {
      this.foldedStarts[w] = at;
      at += word.length + 1;
    });
    return words.join(' ');
  }

  get length(): number {
    return this.starts.length;
  }

  /** The folded key of word `i`. */
  word(i: number): string {
    const end = i + 1 < this.foldedStarts.length ? this.foldedStarts[i + 1]! - 1 : this.folded.length;
    return this.folded.slice(this.foldedStarts[i], end);
  }

  /** The words whose folded key is `form` (or, for a prefix, starts with it), in order. */
  occurrences(form: string, prefix: boolean): number[] {
    const found: number[] = [];
    const text = this.folded;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (at > 0 && text.charCodeAt(at - 1) !== SPACE) continue;
      const end = at + form.length;
      if (!prefix && end < text.length && text.charCodeAt(end) !== SPACE) continue;
      found.push(this.wordAt(at));
    }
    return found;
  }

  /** The word starting at offset `at` of the folded text. */
  private wordAt(at: number): number {
    let lo = 0;
    let hi = this.foldedStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.foldedStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Lowercase, tone-canonical key of word `i`: whether the reader's diacritics match. */
  exact(i: number): string {
    let key = this.exactKeys.get(i);
    if (key === undefined) {
      key = exactWord(this.indexedText(i));
      this.exactKeys.set(i, key);
    }
    return key;
  }

  /** Whether word `i` is one side of a decimal number written with a comma ("3,5"). */
  inDecimal(i: number): boolean {
    const start = this.starts[i];
    const end = this.ends[i];
    if (start === undefined || end === undefined) throw noWord(i);
    return isDecimalAt(this.text, start, end);
  }

  /** Character offsets of word `i` in the text, for highlighting. */
  span(i: number): [number, number] {
    const start = this.starts[i];
    const end = this.ends[i];
    if (start === undefined || end === undefined) throw noWord(i);
    return [start, end];
  }

  /** Word `i` of the text, cut where the index cuts over-long words (text.ts). */
  private indexedText(i: number): string {
    const start = this.starts[i];
    const end = this.ends[i];
    if (start === undefined || end === undefined) throw noWord(i);
    return this.text.slice(start, Math.min(end, start + MAX_WORD_LENGTH));
  }
}
