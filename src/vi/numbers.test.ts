import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dongInWords, formatInteger, formatVnd, integerToWords } from './index.js';

test('amounts in words, as a statement writes them', () => {
  const cases: [number, string][] = [
    [0, 'Không đồng'],
    [15, 'Mười lăm đồng'],
    [105, 'Một trăm linh năm đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
    [1_200_000, 'Một triệu hai trăm nghìn đồng'],
  ];
  for (const [amount, words] of cases) assert.equal(dongInWords(amount), words, String(amount));
});

test('number words: tens, units and groups read the way Vietnamese reads them', () => {
  const cases: [number | bigint, string][] = [
    [1, 'một'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [50, 'năm mươi'],
    [101, 'một trăm linh một'],
    [110, 'một trăm mười'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_050, 'một nghìn không trăm năm mươi'],
    [234_000, 'hai trăm ba mươi tư nghìn'],
    [1_000_000, 'một triệu'],
    [2_000_001_000, 'hai tỷ không trăm linh một nghìn'],
    [1_000_000_000_000n, 'một nghìn tỷ'],
    [-15, 'âm mười lăm'],
  ];
  for (const [n, words] of cases) assert.equal(integerToWords(n), words, String(n));
  assert.equal(dongInWords(-150_000), 'Âm một trăm năm mươi nghìn đồng');
});

test('formatting with dots between thousands and the đồng sign', () => {
  assert.equal(formatVnd(1_200_000), '1.200.000 ₫');
  assert.equal(formatVnd(0), '0 ₫');
  assert.equal(formatVnd(999), '999 ₫');
  assert.equal(formatVnd(-150_000), '-150.000 ₫');
  assert.equal(formatInteger(2_000_000_000), '2.000.000.000');
  assert.throws(() => formatVnd(1.5), RangeError, 'a fraction of a đồng is refused, never rounded silently');
});
