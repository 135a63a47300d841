import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleContent } from './articles.js';
import { contentDiff } from './content-diff.js';
import type { DiffParagraph } from './diff.js';

const base: ArticleContent = {
  title: 'Lũ quét ở Nậm Khắt',
  slug: 'lu-quet',
  lead: 'Nhiều nhà bị cuốn trôi.',
  bodyHtml: '<p>Ông <strong>Hùng</strong>, 45 tuổi, kể lại.</p><p>Đoạn hai.</p>',
  sectionId: 1,
  tags: ['Thiên tai'],
  byline: 'Mai',
  featuredImageId: 3,
  featuredCaption: '',
  featuredCredit: '',
  seoTitle: '',
  seoDescription: '',
};
const names = {
  sections: new Map([
    [1, 'Thời sự'],
    [2, 'Xã hội'],
  ]),
  images: new Map([[9, 'lu-quet.jpg – Nước lũ tràn qua bản']]),
};

/** xs[i], failing the test when there is none. */
function nth<T>(xs: readonly T[] | undefined, i: number): T {
  const x = xs?.[i];
  assert.ok(x !== undefined, `no item ${i}`);
  return x;
}

/** The text of one side of a paragraph: 'before' drops what was added, 'after' what was removed. */
function read(paragraph: DiffParagraph, which: 'before' | 'after'): string {
  return paragraph
    .filter((p) => p.kind === 'same' || p.kind === (which === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');
}

describe('contentDiff', () => {
  test('only the fields that changed: section by name, tags as a list, featured picture by name', () => {
    const after = { ...base, sectionId: 2, tags: ['Thiên tai', 'Cứu trợ'], featuredImageId: 9 };
    const fields = contentDiff(base, after, names);
    assert.deepEqual(
      fields.map((f) => f.label),
      ['Chuyên mục', 'Chủ đề', 'Ảnh đại diện'],
    );
    const [section, tags, picture] = fields.map((f) => f.paragraphs);
    assert.deepEqual(
      nth(section, 0)
        .filter((p) => p.kind !== 'same')
        .map((p) => [p.kind, p.text.trim()]),
      [
        ['removed', 'Thời sự'],
        ['added', 'Xã hội'],
      ],
    );
    assert.deepEqual(tags, [
      [
        { kind: 'same', text: 'Thiên tai' },
        { kind: 'same', text: ', ' },
        { kind: 'added', text: 'Cứu trợ' },
      ],
    ]);
    assert.equal(read(nth(picture, 0), 'before'), 'Ảnh số 3');
    assert.equal(read(nth(picture, 0), 'after'), 'Ảnh số 9: lu-quet.jpg – Nước lũ tràn qua bản');
  });

  test('title and lead are compared word by word', () => {
    const fields = contentDiff(base, { ...base, title: 'Lũ quét ở Nậm Khắt, Mù Cang Chải', lead: 'Nhiều nhà bị cuốn trôi trong đêm.' }, names);
    assert.deepEqual(
      fields.map((f) => f.field),
      ['title', 'lead'],
    );
    assert.equal(read(nth(nth(fields, 0).paragraphs, 0), 'after'), 'Lũ quét ở Nậm Khắt, Mù Cang Chải');
    assert.ok(nth(nth(fields, 1).paragraphs, 0).some((p) => p.kind === 'added' && p.text.includes('trong đêm')));
  });

  test('the body keeps its paragraphs: an unchanged one stays whole, a changed one is compared word by word', () => {
    const after = { ...base, bodyHtml: '<p>Ông <strong>Hùng</strong>, 46 tuổi, kể lại.</p><p>Đoạn hai.</p><p>Đoạn ba mới.</p>' };
    const [body] = contentDiff(base, after, names);
    assert.ok(body);
    assert.equal(body.paragraphs.length, 3);
    assert.equal(read(nth(body.paragraphs, 0), 'before'), 'Ông Hùng, 45 tuổi, kể lại.');
    assert.equal(read(nth(body.paragraphs, 0), 'after'), 'Ông Hùng, 46 tuổi, kể lại.');
    assert.deepEqual(body.paragraphs[1], [{ kind: 'same', text: 'Đoạn hai.' }]);
    assert.deepEqual(body.paragraphs[2], [{ kind: 'added', text: 'Đoạn ba mới.' }]);
  });

  test('a picture added to the body is a paragraph of its own, named by its alt text', () => {
    const figure = '<figure class="inline-image"><img src="/media/ab12-800.webp" alt="Cầu treo bị cuốn trôi"><figcaption>Ảnh: Mai Lò</figcaption></figure>';
    const [body] = contentDiff(base, { ...base, bodyHtml: base.bodyHtml + figure }, names);
    assert.ok(body);
    assert.deepEqual(body.paragraphs.slice(2), [[{ kind: 'added', text: '[Ảnh: Cầu treo bị cuốn trôi]' }], [{ kind: 'added', text: 'Ảnh: Mai Lò' }]]);
    const [swapped] = contentDiff({ ...base, bodyHtml: figure }, { ...base, bodyHtml: figure.replace('ab12-800.webp', 'cd34.webp" alt="') }, names);
    assert.ok(swapped, 'a picture swapped for another is a change');
  });

  test('a change only in markup is still shown', () => {
    const after = { ...base, bodyHtml: '<p>Ông <em>Hùng</em>, 45 tuổi, kể lại.</p><p>Đoạn hai.</p>' };
    assert.deepEqual(
      contentDiff(base, after, names).map((f) => f.field),
      ['bodyHtml'],
    );
    assert.deepEqual(contentDiff(base, { ...base }, names), []);
  });
});
