import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleBlocks, articleText, paragraphDiff, wordDiff } from './diff.js';

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
  assert.equal(
    parts
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
    'Tỉnh Sơn Lâm có 135 đại biểu',
  );
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
  assert.equal(
    parts
      .filter((p) => p.kind !== 'added' && p.kind !== 'coarse')
      .map((p) => p.text)
      .join(''),
    a,
  );
  assert.equal(
    parts
      .filter((p) => p.kind !== 'removed' && p.kind !== 'coarse')
      .map((p) => p.text)
      .join(''),
    b,
  );
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

test('articleBlocks: inline markup leaves no stray space before punctuation (Vietnamese cases)', () => {
  const cases: [string, string][] = [
    ['<p>Ông <strong>Hùng</strong>, 45 tuổi, kể lại.</p>', 'Ông Hùng, 45 tuổi, kể lại.'],
    ['<p>Theo <a href="https://baochinhphu.vn">Báo Chính phủ</a>.</p>', 'Theo Báo Chính phủ.'],
    ['<p>Bà <em>Lò Thị Mai</em>; ông <b>Vàng A Dính</b>: “Nước lên nhanh quá”!</p>', 'Bà Lò Thị Mai; ông Vàng A Dính: “Nước lên nhanh quá”!'],
    ['<p>(<i>ảnh</i>) tỉnh <u>Lai Châu</u>?</p>', '(ảnh) tỉnh Lai Châu?'],
    ['<p>H<sub>2</sub>O và 10<sup>3</sup> m<sup>3</sup>…</p>', 'H2O và 103 m3…'],
    ['<p>Đội <span class="credit">Hùng</span> ,thắng</p>', 'Đội Hùng ,thắng'],
  ];
  for (const [html, text] of cases) assert.deepEqual(articleBlocks(html), [text], html);
});

test('articleBlocks: one block per paragraph, list item, table row and picture; source line breaks are spaces', () => {
  const html =
    '<h2>Tin\nchính</h2><ul><li>Một</li><li>Hai</li></ul><table><tr><td>A</td><td>B</td></tr></table><hr><figure class="inline-image"><img src="/media/x.webp" alt="Bản &amp; suối"><figcaption>Chú thích</figcaption></figure><p><img src="https://e.vn/a/b.jpg?w=1"></p>';
  assert.deepEqual(articleBlocks(html), ['Tin chính', 'Một', 'Hai', 'A B', '[Ảnh: Bản & suối]', 'Chú thích', '[Ảnh: b.jpg]']);
});

test('articleBlocks stays linear on unclosed inline tags and pictures', () => {
  const started = performance.now();
  articleBlocks('<a'.repeat(100_000));
  articleBlocks('<img'.repeat(100_000));
  assert.ok(performance.now() - started < 2000);
});

test('paragraphDiff pairs a changed paragraph with the one it replaced and keeps the others whole', () => {
  const out = paragraphDiff(['Một.', 'Ông Hùng, 45 tuổi.', 'Ba.'], ['Một.', 'Ông Hùng, 46 tuổi.', 'Ba.', 'Bốn.']);
  assert.deepEqual(out[0], [{ kind: 'same', text: 'Một.' }]);
  assert.deepEqual(
    out[1]?.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()]),
    [
      ['removed', '45'],
      ['added', '46'],
    ],
  );
  assert.deepEqual(out.slice(2), [[{ kind: 'same', text: 'Ba.' }], [{ kind: 'added', text: 'Bốn.' }]]);
});

test('paragraphDiff of many changed paragraphs stays within its budget, showing the rest whole', () => {
  const text = (seed: number) => Array.from({ length: 400 }, (_, i) => Array.from({ length: 60 }, (__, k) => `từ${(i * k * seed) % 997}`).join(' '));
  const [a, b] = [text(3), text(5)];
  const started = performance.now();
  const out = paragraphDiff(a, b);
  const elapsed = performance.now() - started;
  const before = out
    .map((p) =>
      p
        .filter((part) => part.kind === 'same' || part.kind === 'removed')
        .map((part) => part.text)
        .join(''),
    )
    .filter(Boolean);
  assert.deepEqual(before, a);
  assert.ok(elapsed < 1000, `${elapsed} ms`);
});

test('wordDiff keeps a shared word whole when a sentence is added after or before it', () => {
  assert.deepEqual(wordDiff('Đoạn một.', 'Đoạn một. Thêm của thư ký.'), [
    { kind: 'same', text: 'Đoạn một.' },
    { kind: 'added', text: ' Thêm của thư ký.' },
  ]);
  assert.deepEqual(wordDiff('Đoạn một.', 'Mở đầu. Đoạn một.'), [
    { kind: 'added', text: 'Mở đầu. ' },
    { kind: 'same', text: 'Đoạn một.' },
  ]);
  assert.deepEqual(
    wordDiff('có 120 người', 'có 125 người').filter((p) => p.kind !== 'same'),
    [
      { kind: 'removed', text: '120' },
      { kind: 'added', text: '125' },
    ],
  );
});
