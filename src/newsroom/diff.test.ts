import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleText, wordDiff } from './diff.js';

test('articleText keeps paragraphs as lines and decodes entities', () => {
  assert.equal(articleText('<p>Đại hội &amp; bầu cử</p><blockquote><p>Câu nói</p></blockquote>'), 'Đại hội & bầu cử\nCâu nói');
});

test('wordDiff marks changed Vietnamese words only', () => {
  const parts = wordDiff('Tỉnh Sơn Lâm có 120 đại biểu', 'Tỉnh Sơn Lâm có 135 đại biểu');
  assert.deepEqual(
    parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text]),
    [
      ['removed', '120'],
      ['added', '135'],
    ],
  );
  assert.equal(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''), 'Tỉnh Sơn Lâm có 135 đại biểu');
});
