import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeTextStats, textStats } from './reading.js';

test('Vietnamese words are syllables between spaces; punctuation alone is not a word', () => {
  assert.deepEqual(textStats('Nông nghiệp – công nghệ cao, 10% sản lượng.'), { words: 8, characters: 43, readingMinutes: 1 });
  assert.deepEqual(textStats('  \n\t '), { words: 0, characters: 0, readingMinutes: 0 });
  // Decomposed input (Unicode tổ hợp) counts as the same characters as precomposed.
  assert.equal(textStats('Hoà bình'.normalize('NFD')).characters, 8);
  assert.equal(textStats('một  hai\n\nba').characters, 10, 'runs of spaces count once');
});

test('reading time rounds up at 230 syllables a minute', () => {
  assert.equal(textStats(Array(230).fill('chữ').join(' ')).readingMinutes, 1);
  assert.equal(textStats(Array(231).fill('chữ').join(' ')).readingMinutes, 2);
  assert.equal(describeTextStats(textStats(Array(1234).fill('lúa').join(' '))), '1.234 chữ · 4.935 ký tự · khoảng 6 phút đọc');
  assert.equal(describeTextStats(textStats('')), '0 chữ · 0 ký tự · chưa có chữ nào');
});
