import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyProblem, nestingDepth, sanitizeBody } from './sanitize.js';

test('nestingDepth reads implied ends as a browser does, and stops past the limit', () => {
  assert.equal(nestingDepth('<p>a<p>b<p>c'), 1);
  assert.equal(nestingDepth('<ul><li>a<li>b<li><ul><li>c</ul></ul>'), 4);
  assert.equal(nestingDepth('<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>'), 6);
  assert.equal(nestingDepth('<p>a<br>b<img src="x"><hr/></p>'), 1);
  assert.equal(nestingDepth('<b>'.repeat(500), 100), 101);
  assert.equal(nestingDepth('<<<<b'.repeat(1000)), 0);
});

test('bodies too long or too deep are refused before sanitising, in Vietnamese', () => {
  assert.match(bodyProblem('<b>'.repeat(170_000)) ?? '', /quá dài/);
  assert.match(bodyProblem('<b>'.repeat(1000)) ?? '', /lồng nhau quá sâu/);
  assert.match(bodyProblem('<table><tr><td>'.repeat(200)) ?? '', /lồng nhau quá sâu/);
  assert.equal(bodyProblem('<p>Đoạn <strong>một</strong></p>'.repeat(1000)), null);
  assert.throws(() => sanitizeBody('<i>'.repeat(300)), /lồng nhau quá sâu/);
});

test("image sources are our media files or absolute web addresses, never the site's other paths", () => {
  const html = (src: string, srcset = '') => sanitizeBody(`<p><img src="${src}"${srcset ? ` srcset="${srcset}"` : ''} alt="a"></p>`);
  assert.doesNotMatch(html('/luot-xem/12.gif'), /<img/);
  assert.doesNotMatch(html('luot-xem/12.gif'), /<img/);
  assert.doesNotMatch(html('/admin/dang-xuat'), /<img/);
  assert.doesNotMatch(html('/media/../admin'), /<img/);
  assert.doesNotMatch(html('//evil.example/x.png'), /<img/);
  assert.match(html('/media/ab/abcdef-640.webp'), /src="\/media\/ab\/abcdef-640.webp"/);
  assert.match(html('https://anh.example/x.jpg'), /src="https:\/\/anh.example\/x.jpg"/);
  const kept = html('/media/ab/a-640.webp', '/media/ab/a-320.webp 320w, /luot-xem/1.gif 640w');
  assert.match(kept, /srcset="\/media\/ab\/a-320.webp 320w"/);
  assert.doesNotMatch(kept, /luot-xem/);
});
