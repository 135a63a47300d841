import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoize } from './memo.js';

test('memoize computes once per key and forgets the least recently used past its bound', () => {
  let calls = 0;
  const upper = memoize(
    (s: string) => (calls++, s.toUpperCase()),
    (s) => s,
    2,
  );
  assert.equal(upper('a'), 'A');
  assert.equal(upper('a'), 'A');
  assert.equal(calls, 1);
  upper('b');
  upper('a'); // a is now the most recent
  upper('c'); // b goes
  assert.equal(calls, 3);
  upper('a');
  assert.equal(calls, 3, 'a was kept');
  upper('b');
  assert.equal(calls, 4, 'b was forgotten');
});
