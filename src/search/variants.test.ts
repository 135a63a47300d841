import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confusions } from './confusions.js';
import { BUILT_IN_EQUIVALENTS, equivalentsProblem, parseEquivalents } from './equivalents.js';
import { coverage, partialSubsets, rarity } from './partial.js';
import { Equivalents, queryVariants } from './variants.js';

const builtIn = new Equivalents(parseEquivalents(BUILT_IN_EQUIVALENTS));

test('abbreviations and their long forms rewrite each other, folded or marked', () => {
  assert.deepEqual(queryVariants('UBND tỉnh Sơn Lâm', builtIn), ['Ủy ban nhân dân tỉnh Sơn Lâm']);
  assert.deepEqual(queryVariants('uy ban nhan dan xa', builtIn), ['UBND xa']);
  assert.deepEqual(queryVariants('Thành phố Hồ Chí Minh', builtIn), ['TP.HCM', 'TPHCM'], 'forms the index reads alike are searched once');
  assert.deepEqual(queryVariants("người K'Ho", builtIn), ['người Cơ Ho', 'người Kơ Ho']);
});

test('a plain word in a marked query is the level tone, so it does not match a marked form', () => {
  assert.deepEqual(queryVariants('mong muốn', builtIn), []);
  assert.deepEqual(queryVariants('người Mông', builtIn), ["người H'Mông", 'người Hmông']);
});

test('numbers with and without separators, and road markers with and without a space', () => {
  assert.deepEqual(queryVariants('giá 25.000 đồng', builtIn), ['giá 25000 đồng']);
  assert.deepEqual(queryVariants('25 000', builtIn), ['25000']);
  assert.deepEqual(queryVariants('25000 đồng', builtIn), ['25.000 đồng']);
  assert.deepEqual(queryVariants('năm 2018', builtIn), [], 'a year is left alone');
  assert.deepEqual(queryVariants('3,5%', builtIn), [], 'a decimal is not a thousands group');
  assert.deepEqual(queryVariants('Km105+200', builtIn), ['Km 105+200']);
  assert.deepEqual(queryVariants('km 105', builtIn), ['km105']);
});

test('the newsroom list: lines of forms separated by "=", with a clear reason when one is not', () => {
  assert.deepEqual(parseEquivalents('BVĐK = Bệnh viện Đa khoa\n\n  x = \n'), [['BVĐK', 'Bệnh viện Đa khoa']]);
  assert.equal(equivalentsProblem('BVĐK = Bệnh viện Đa khoa\nPGĐ = Phó Giám đốc'), null);
  assert.match(equivalentsProblem('BVĐK = Bệnh viện Đa khoa\nPGĐ') ?? '', /Dòng 2/);
  assert.match(equivalentsProblem('a = b\n'.repeat(501)) ?? '', /quá 500 dòng/);
});

test('rarity weighs rare words over common ones, and unknown words as the rarest', () => {
  assert.ok(rarity(1, 1000) > rarity(500, 1000));
  assert.equal(rarity(0, 1000), rarity(1, 1000));
  assert.equal(coverage([true, false], [1, 1], 10), 0.5);
  assert.ok(coverage([true, false], [1, 900], 1000) > 0.9, 'the rare word carries the query');
  assert.equal(coverage([false, false], [0, 0], 10), 0);
});

test('partial subsets: rarest words first, bounded whatever the query', () => {
  // Word 2 is found nowhere, word 0 is the rarest.
  const subsets = partialSubsets([3, 50, 0, 900], 1000);
  assert.deepEqual(subsets[0], [0, 1, 3], 'every known word first');
  assert.ok(subsets.every((s) => !s.includes(2)));
  assert.ok(partialSubsets(Array(10).fill(5), 1000).length <= 15);
});

test('confusions: the spellings Vietnamese writers mix up, on folded syllables', () => {
  assert.ok(confusions('chan').includes('chuan'), 'chẩn → chuẩn');
  assert.ok(confusions('sep').includes('xep'), 'sếp → xếp');
  assert.ok(confusions('viet').includes('vien'), 'việt → viện');
  assert.ok(confusions('tre').includes('che'));
  assert.deepEqual(confusions('2018'), []);
});
