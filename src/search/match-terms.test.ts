import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchTerms } from './match-terms.js';
import type { MatchGroup } from './types.js';

const group = (forms: [string, ...string[]], prefix: boolean, completions: string[] | null): MatchGroup => ({ forms, prefix, completions, exact: null });

test('an unfinished word of more than three letters with listed completions is matched as those words', () => {
  assert.deepEqual(matchTerms(group(['thuy'], true, ['thuy', 'thuyen'])), [
    { term: 'thuy', prefix: false },
    { term: 'thuyen', prefix: false },
  ]);
});

test('a short unfinished word, or one with too many completions to list, stays a prefix', () => {
  assert.deepEqual(matchTerms(group(['tho'], true, ['tho', 'thoi'])), [{ term: 'tho', prefix: true }]);
  assert.deepEqual(matchTerms(group(['thon'], true, null)), [{ term: 'thon', prefix: true }]);
});

test('typo alternatives follow as whole words', () => {
  assert.deepEqual(matchTerms(group(['vien', 'viet'], false, null)), [
    { term: 'vien', prefix: false },
    { term: 'viet', prefix: false },
  ]);
});

test('for an index without prefixes, completions stand for the word at any length, else the word itself', () => {
  assert.deepEqual(matchTerms(group(['tho'], true, ['tho', 'thoi']), true), [
    { term: 'tho', prefix: false },
    { term: 'thoi', prefix: false },
  ]);
  assert.deepEqual(matchTerms(group(['th'], true, null), true), [{ term: 'th', prefix: false }]);
});
