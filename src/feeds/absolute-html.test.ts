import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absolutizeHtml } from './absolute-html.js';

describe('absolutizeHtml', () => {
  it('makes site-relative src, href and srcset absolute and leaves other URLs alone', () => {
    const html =
      '<p><a href="/kinh-te">x</a> <a href="https://e.vn/a">y</a> <a href="mailto:a@b.vn">m</a></p>' +
      '<img src="/media/ab/1.webp" srcset="/media/ab/1-320.webp 320w, /media/ab/1-640.webp 640w" alt="">' +
      '<img src="//evil.example/x.png">';
    const out = absolutizeHtml(html, 'https://bao.vn');
    assert.match(out, /href="https:\/\/bao\.vn\/kinh-te"/);
    assert.match(out, /href="https:\/\/e\.vn\/a"/);
    assert.match(out, /href="mailto:a@b\.vn"/);
    assert.match(out, /src="https:\/\/bao\.vn\/media\/ab\/1\.webp"/);
    assert.match(out, /srcset="https:\/\/bao\.vn\/media\/ab\/1-320\.webp 320w, https:\/\/bao\.vn\/media\/ab\/1-640\.webp 640w"/);
    assert.match(out, /src="\/\/evil\.example\/x\.png"/);
  });
});
