import assert from 'node:assert/strict';
import { test } from 'node:test';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import type { DiffParagraph } from '../../newsroom/diff.js';
import { DiffParagraphs } from './diff-view.js';

const same = (text: string): DiffParagraph => [{ kind: 'same', text }];

test('a diff shows each paragraph as one, changes as <ins>/<del>, and folds unchanged runs away from changes', () => {
  const paragraphs = [
    ...Array.from({ length: 5 }, (_, i) => same(`Đoạn ${i + 1}.`)),
    [
      { kind: 'same', text: 'Ông Hùng, ' },
      { kind: 'removed', text: '45' },
      { kind: 'added', text: '46' },
      { kind: 'same', text: ' tuổi.' },
    ] satisfies DiffParagraph,
    ...Array.from({ length: 5 }, (_, i) => same(`Đoạn ${i + 7}.`)),
    [{ kind: 'added', text: 'Đoạn mới & cuối.' }] satisfies DiffParagraph,
  ];
  const html = render(h(DiffParagraphs, { paragraphs }));
  assert.match(html, /<details class="diff-folded"><summary>4 đoạn không đổi<\/summary><p class="diff-p">Đoạn 1\.<\/p>/);
  assert.match(
    html,
    /<\/details><p class="diff-p">Đoạn 5\.<\/p><p class="diff-p diff-p-changed">Ông Hùng, <del>45<\/del><ins>46<\/ins> tuổi\.<\/p><p class="diff-p">Đoạn 7\.<\/p>/,
  );
  assert.match(html, /<summary>3 đoạn không đổi<\/summary>/);
  assert.match(html, /<p class="diff-p">Đoạn 11\.<\/p><p class="diff-p diff-p-added"><ins>Đoạn mới &amp; cuối\.<\/ins><\/p><\/div>$/);
});

test('folding stays linear on a body of many paragraphs', () => {
  const paragraphs = Array.from({ length: 20_000 }, (_, i) => (i % 1000 === 0 ? [{ kind: 'added' as const, text: `Mới ${i}.` }] : same(`Đoạn ${i}.`)));
  const started = performance.now();
  const html = render(h(DiffParagraphs, { paragraphs }));
  assert.equal(html.match(/<details/g)?.length, 20);
  assert.ok(performance.now() - started < 2000);
});
