import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeBody, mergeRows, topLevelBlocks } from './merge.js';

const saved =
  '<p>Một.</p><p>Ông Hùng, 45 tuổi.</p><figure class="inline-image"><img src="/m/a.webp" alt="A"><figcaption>Chú thích</figcaption></figure><ul><li>x</li></ul><p>Cuối.</p>';

test('topLevelBlocks cuts body HTML into its top-level blocks, nested ones kept whole', () => {
  assert.deepEqual(topLevelBlocks(saved), [
    '<p>Một.</p>',
    '<p>Ông Hùng, 45 tuổi.</p>',
    '<figure class="inline-image"><img src="/m/a.webp" alt="A"><figcaption>Chú thích</figcaption></figure>',
    '<ul><li>x</li></ul>',
    '<p>Cuối.</p>',
  ]);
  assert.deepEqual(topLevelBlocks('<p>a</p>\n<hr>\n<p>b</p>'), ['<p>a</p>', '<hr>', '<p>b</p>']);
  assert.deepEqual(topLevelBlocks(''), []);
});

test('mergeRows lines up the two bodies; each choice takes one side of one differing row', () => {
  const mine =
    '<p>Một.</p><p>Ông Hùng, 46 tuổi.</p><figure class="inline-image"><img src="/m/a.webp" alt="A"><figcaption>Chú thích</figcaption></figure><ul><li>x</li></ul><p>Cuối.</p><p>Thêm của tôi.</p>';
  const rows = mergeRows(saved, mine);
  assert.deepEqual(
    rows.filter((r) => r.kind === 'differ'),
    [
      { kind: 'differ', saved: '<p>Ông Hùng, 45 tuổi.</p>', mine: '<p>Ông Hùng, 46 tuổi.</p>' },
      { kind: 'differ', saved: '', mine: '<p>Thêm của tôi.</p>' },
    ],
  );
  assert.equal(
    mergeBody(rows, () => 'mine'),
    mine,
  );
  assert.equal(
    mergeBody(rows, () => 'saved'),
    saved,
  );
  assert.equal(
    mergeBody(rows, (n) => (n === 0 ? 'saved' : 'mine')),
    saved + '<p>Thêm của tôi.</p>',
  );
});

test('mergeRows: identical bodies have nothing to choose; spacing between blocks is not a difference', () => {
  assert.deepEqual(
    mergeRows(saved, saved).filter((r) => r.kind === 'differ'),
    [],
  );
  assert.deepEqual(
    mergeRows('<p>a</p><p>b</p>', '<p>a</p>\n<p>b</p>').filter((r) => r.kind === 'differ'),
    [],
  );
});

test('topLevelBlocks stays linear on hostile input', () => {
  const started = performance.now();
  topLevelBlocks('<p'.repeat(100_000));
  topLevelBlocks('<div>'.repeat(50_000));
  assert.ok(performance.now() - started < 2000);
});
