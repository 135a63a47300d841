import { formatInteger } from './numbers.js';

/**
 * How long a text is, as a newsroom counts it. A Vietnamese word is written as syllables separated
 * by spaces ("nông nghiệp" is two), so "words" here are what spaces separate: runs of non-space
 * characters holding at least one letter or digit (a lone dash or bullet is not one). Characters are
 * every character of the text, spaces included, runs of spaces counted once.
 */

/** Syllables a reader of Vietnamese news gets through in a minute, read attentively. */
export const READING_SPEED = 230;

export interface TextStats {
  words: number;
  characters: number;
  /** Whole minutes, rounded up; 0 for an empty text. */
  readingMinutes: number;
}

export function textStats(text: string): TextStats {
  const collapsed = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const words = collapsed ? collapsed.split(' ').filter((token) => /[\p{L}\p{N}]/u.test(token)).length : 0;
  return { words, characters: [...collapsed].length, readingMinutes: words === 0 ? 0 : Math.ceil(words / READING_SPEED) };
}

/** "1.234 chữ · 5.678 ký tự · khoảng 6 phút đọc", Vietnamese thousands separators. */
export function describeTextStats(stats: TextStats): string {
  const n = formatInteger;
  const minutes = stats.readingMinutes === 0 ? 'chưa có chữ nào' : `khoảng ${n(stats.readingMinutes)} phút đọc`;
  return `${n(stats.words)} chữ · ${n(stats.characters)} ký tự · ${minutes}`;
}
