import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowedLinkHref, normalizeImageSrc, normalizeLinkInput } from './urls.js';

test('links: only http, https and mailto', () => {
  assert.equal(normalizeLinkInput('https://baosonlam.vn/a.html'), 'https://baosonlam.vn/a.html');
  assert.equal(normalizeLinkInput(' http://x.vn '), 'http://x.vn');
  assert.equal(normalizeLinkInput('mailto:toasoan@bao.vn'), 'mailto:toasoan@bao.vn');
  assert.equal(normalizeLinkInput('toasoan@bao.vn'), 'mailto:toasoan@bao.vn');
  assert.equal(normalizeLinkInput('baosonlam.vn/thoi-su'), 'https://baosonlam.vn/thoi-su');
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'ftp://x.vn',
    '//evil.vn',
    '/admin',
    'http://',
    'a b',
    '',
    'tel:123',
    'khongphaiurl',
  ]) {
    assert.equal(normalizeLinkInput(bad), null, bad);
  }
});

test('hrefs already in a document', () => {
  assert.ok(isAllowedLinkHref('https://a.vn'));
  assert.ok(isAllowedLinkHref('MAILTO:a@b.vn'));
  assert.ok(!isAllowedLinkHref('javascript:alert(1)'));
  assert.ok(!isAllowedLinkHref('#_ftn1'));
  assert.ok(!isAllowedLinkHref('file:///C:/a.doc'));
  assert.ok(!isAllowedLinkHref('https:'));
});

test('image sources: http(s) or a path on the site', () => {
  assert.equal(normalizeImageSrc('/media/ab/cd-640.jpg'), '/media/ab/cd-640.jpg');
  assert.equal(normalizeImageSrc('https://a.vn/b.jpg'), 'https://a.vn/b.jpg');
  for (const bad of ['//evil.vn/a.jpg', 'file:///C:/a.jpg', 'data:image/png;base64,AAAA', 'javascript:x', 'a.jpg', '']) {
    assert.equal(normalizeImageSrc(bad), null, bad);
  }
});
