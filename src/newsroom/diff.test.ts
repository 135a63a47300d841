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

test('wordDiff keeps what both share and compares only the middle', () => {
  const shared = 'Đoạn chung ở đầu bài. '.repeat(5000);
  const parts = wordDiff(`${shared}có 120 đại biểu. ${shared}`, `${shared}có 135 đại biểu. ${shared}`);
  assert.deepEqual(
    parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text]),
    [
      ['removed', '120'],
      ['added', '135'],
    ],
  );
});

test('wordDiff of two unrelated long texts falls back within its budget and says so', () => {
  const text = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `từ${(i * seed * 7919) % 9973}`).join(' ');
  const [a, b] = [text(3), text(5)];
  const started = performance.now();
  const parts = wordDiff(a, b);
  const elapsed = performance.now() - started;
  const coarse = parts.find((p) => p.kind === 'coarse');
  assert.match(coarse?.text ?? '', /quá khác nhau để so sánh từng từ/);
  assert.equal(parts.filter((p) => p.kind !== 'added' && p.kind !== 'coarse').map((p) => p.text).join(''), a);
  assert.equal(parts.filter((p) => p.kind !== 'removed' && p.kind !== 'coarse').map((p) => p.text).join(''), b);
  assert.ok(elapsed < 2000, `${elapsed} ms`);
});

test('articleText stays linear on unclosed tags', () => {
  const started = performance.now();
  articleText('<'.repeat(200_000));
  articleText('<style'.repeat(50_000));
  articleText('<script>x'.repeat(30_000));
  assert.ok(performance.now() - started < 2000);
  assert.equal(articleText('<p>a</p><script>alert(1)</script><p>b</p><style>x{}</STYLE>c'), 'a\nb\nc');
});
