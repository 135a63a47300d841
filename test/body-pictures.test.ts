import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureHtml } from '../src/admin/pages/media-parts.js';
import { sanitizeBody } from '../src/content/sanitize.js';
import type { Image } from '../src/db/schema.js';
import { drawLibraryPictures, mediaIdsIn, type LibraryPicture } from '../src/media/body-pictures.js';
import { payloadLines } from './fixtures/index.js';

/**
 * A body figure that names a library picture (`<img data-media-id>`): what the sanitizer keeps of
 * it, and how the reading site draws it from the library's variants.
 */

const PAYLOADS = [...payloadLines('security/xss-quick.txt'), ...payloadLines('security/xss-polyglots.txt')];
const HASH = 'ab'.repeat(32);
const PICTURE: LibraryPicture = { id: 62, hash: HASH, variants: '320,640,1024,1400', width: 1400, height: 933 };
const DIR = `/media/ab/${HASH}`;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes of every `<img>` in sanitised HTML. */
function imageAttributes(html: string): Array<Record<string, string>> {
  return [...html.matchAll(/<img\b([^>]*)>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/\s([a-z][a-z0-9-]*)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

describe('a library picture in the body', () => {
  it('keeps its reference, its size in pixels and its own text through the sanitizer', () => {
    const clean = sanitizeBody(
      `<figure class="inline-image"><img src="${DIR}-1024.webp" alt="Biển mây" width="1400" height="933" data-media-id="62" loading="lazy" decoding="async"><figcaption>Mây <span class="credit">Ảnh: Thu Hà</span></figcaption></figure>`,
    );
    assert.equal(
      clean,
      `<figure class="inline-image"><img src="${DIR}-1024.webp" alt="Biển mây" width="1400" height="933" data-media-id="62" loading="lazy" decoding="async" /><figcaption>Mây <span class="credit">Ảnh: Thu Hà</span></figcaption></figure>`,
    );
  });

  it('strips hostile attributes: a reference or a size that is not a plain number, handlers, styles, other data', () => {
    const hostile = [
      'data-media-id="62 onerror=alert(1)"',
      'data-media-id="javascript:alert(1)"',
      'data-media-id="-1"',
      'data-media-id="0"',
      'data-media-id="1e3"',
      'data-media-id="62&quot; onerror=&quot;alert(1)"',
      'width="100%"',
      'height="1;x:expression(alert(1))"',
      'onerror="alert(1)"',
      'onload="alert(1)"',
      'style="background:url(javascript:alert(1))"',
      'data-src="javascript:alert(1)"',
      'srcdoc="<script>alert(1)</script>"',
    ];
    for (const attribute of hostile) {
      const clean = sanitizeBody(`<figure class="inline-image"><img src="${DIR}-640.webp" alt="a" ${attribute}></figure>`);
      const [img] = imageAttributes(clean);
      assert.ok(img, `${attribute}: the picture itself stays`);
      assert.deepEqual(Object.keys(img).sort(), ['alt', 'src'], `${attribute} is dropped: ${clean}`);
    }
    // Another class on the figure, or a reference on anything but an image, is not kept either.
    assert.equal(
      sanitizeBody('<figure class="inline-image evil" data-media-id="62"><span data-media-id="62">x</span></figure>'),
      '<figure class="inline-image"><span>x</span></figure>',
    );
  });

  it('keeps every hostile payload as inert text in the alt, caption and credit', () => {
    for (const payload of PAYLOADS) {
      const text = escapeAttribute(payload);
      const clean = sanitizeBody(
        `<figure class="inline-image"><img src="${DIR}-640.webp" alt="${text}" data-media-id="62"><figcaption>${text} <span class="credit">${text}</span></figcaption></figure>`,
      );
      const drawn = drawLibraryPictures(clean, new Map([[62, PICTURE]]));
      for (const html of [clean, drawn]) {
        assert.doesNotMatch(html, /<(script|iframe|svg|object|embed|style|math)\b/i, payload);
        const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/g)];
        assert.deepEqual([...new Set(tags.map((tag) => tag[1]))].sort(), ['figcaption', 'figure', 'img', 'span'], payload);
        assert.ok(
          tags.every((tag) => ![...tag[2].matchAll(/\s([a-z-]+)="/g)].some((a) => a[1].startsWith('on'))),
          `${payload}: no handler`,
        );
        for (const img of imageAttributes(html)) {
          assert.ok(
            Object.keys(img).every((name) => ['src', 'srcset', 'sizes', 'width', 'height', 'alt', 'loading', 'decoding', 'data-media-id'].includes(name)),
            `${payload}: ${JSON.stringify(img)}`,
          );
          assert.match(img.src ?? '', /^\/media\//, payload);
        }
      }
    }
  });
});

describe('the reading site draws a library picture from the library', () => {
  it('with the current variants, sizes, width and height; the article’s alt and the rest of the body as they were', () => {
    const body = sanitizeBody(
      `<p>Trước.</p><figure class="inline-image"><img src="/media/00/cu-640.webp" alt="Mây của bài" width="1" height="1" data-media-id="62" loading="lazy"><figcaption>Chú thích</figcaption></figure><p>Sau <img src="/media/00/x.webp" alt="ngoài thư viện"></p>`,
    );
    assert.deepEqual(mediaIdsIn(body), [62]);
    const drawn = drawLibraryPictures(body, new Map([[62, PICTURE]]));
    assert.equal(
      drawn,
      `<p>Trước.</p><figure class="inline-image"><img src="${DIR}-1024.webp" srcset="${DIR}-320.webp 320w, ${DIR}-640.webp 640w, ${DIR}-1024.webp 1024w, ${DIR}-1400.webp 1400w" sizes="(min-width: 760px) 720px, 100vw" width="1400" height="933" alt="Mây của bài" loading="lazy" data-media-id="62" /><figcaption>Chú thích</figcaption></figure><p>Sau <img src="/media/00/x.webp" alt="ngoài thư viện" /></p>`,
    );
    assert.equal(drawLibraryPictures(body, new Map()), body, 'a picture no longer in the library keeps what was stored');
  });

  it('the library page’s figure HTML is such a reference, and it survives the sanitizer as it is', () => {
    const image = { ...PICTURE, alt: 'Mây "trắng"', caption: 'Biển mây <b>', credit: 'Ảnh: A&B' } as Image;
    const figure = figureHtml(image);
    assert.match(figure, /data-media-id="62"/);
    assert.equal(sanitizeBody(figure), figure.replace('decoding="async">', 'decoding="async" />'));
  });
});
