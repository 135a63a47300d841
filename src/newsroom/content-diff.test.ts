import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleContent } from './articles.js';
import { contentDiff } from './content-diff.js';

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
const names = { sections: new Map([[1, 'Thời sự'], [2, 'Xã hội']]) };

describe('contentDiff', () => {
  test('only the fields that changed, section and picture named, tags as a list', () => {
    const after = { ...base, sectionId: 2, tags: ['Thiên tai', 'Cứu trợ'], featuredImageId: 9 };
    const fields = contentDiff(base, after, names);
    assert.deepEqual(fields.map((f) => f.label), ['Chuyên mục', 'Chủ đề', 'Ảnh đại diện']);
    const section = fields[0].parts;
    assert.deepEqual(section.filter((p) => p.kind === 'removed').map((p) => p.text.trim()), ['Thời sự']);
    assert.deepEqual(section.filter((p) => p.kind === 'added').map((p) => p.text.trim()), ['Xã hội']);
    assert.ok(fields[1].parts.some((p) => p.kind === 'added' && p.text.includes('Cứu trợ')));
  });

  test('the body keeps its paragraphs and inline markup adds no stray spaces', () => {
    const after = { ...base, bodyHtml: '<p>Ông <strong>Hùng</strong>, 46 tuổi, kể lại.</p><p>Đoạn hai.</p>' };
    const [body] = contentDiff(base, after, names);
    const text = body.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
    assert.equal(text, 'Ông Hùng, 45 tuổi, kể lại.\nĐoạn hai.');
    assert.doesNotMatch(body.parts.map((p) => p.text).join(''), /Hùng ,/);
  });

  test('a change only in markup is still shown', () => {
    const after = { ...base, bodyHtml: '<p>Ông <em>Hùng</em>, 45 tuổi, kể lại.</p><p>Đoạn hai.</p>' };
    assert.deepEqual(contentDiff(base, after, names).map((f) => f.field), ['bodyHtml']);
    assert.deepEqual(contentDiff(base, { ...base }, names), []);
  });
});
