import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiate } from './compression.js';
import { PageCache, storedBytes, type StoredPage } from './page-cache.js';
import { cacheKey } from './plugin.js';

function page(tags: string[], bytes = 1000, freshUntil = Date.now() + 60_000): StoredPage {
  const body = Buffer.alloc(bytes, 'x');
  return {
    etag: 'W/"x"',
    type: 'text/html',
    identity: body,
    gzip: body.subarray(0, 10),
    br: body.subarray(0, 10),
    tags,
    surrogateKey: tags.join(' '),
    cacheTag: tags.join(','),
    freshUntil,
  };
}

test('stays within its byte bound, evicting the least recently used, and its tag index with it', () => {
  const cache = new PageCache(100_000);
  for (let i = 0; i < 1000; i++) {
    cache.store(`/?q=${i}`, page([`summary:${i}`]), cache.currentGeneration);
    assert.ok(cache.byteSize <= cache.maxBytes);
  }
  assert.ok(cache.size < 100);
  assert.ok(cache.counters.evictions > 900);
  assert.equal(cache.purge(['summary:1']), 0, 'the evicted page left the tag index too');
  assert.ok(cache.get('/?q=999'));
});

test('counts every byte a page keeps, and keeps no view into a shared allocation pool', () => {
  const cache = new PageCache(1_000_000);
  // As zlib's results under 4 KB: slices of Node's shared 8 KB pool.
  const br = Buffer.from('b'.repeat(3000));
  const gzip = Buffer.from('g'.repeat(3500));
  assert.ok(br.buffer.byteLength > br.length, 'the test needs a pooled buffer');
  const rawHeaders = ['content-security-policy', 'x'.repeat(2000), 'content-type', 'text/html'];
  const stored = { ...page(['article:1']), br, gzip, rawHeaders };
  cache.store('/a', stored, cache.currentGeneration);
  const kept = cache.get('/a')?.page;
  assert.ok(kept);
  for (const body of [kept.identity, kept.gzip, kept.br]) assert.equal(body.buffer.byteLength, body.length, 'owns exactly its bytes');
  assert.deepEqual(kept.br, br);
  assert.deepEqual(kept.gzip, gzip);
  assert.equal(cache.byteSize, storedBytes('/a', stored));
  assert.ok(cache.byteSize > 1000 + 3000 + 3500 + 2000, 'bodies and headers counted');
  cache.store('/a', stored, cache.currentGeneration);
  assert.equal(cache.byteSize, storedBytes('/a', stored), 'storing a page again replaces it');
});

test('purges exactly the pages carrying a tag; a global tag purges all', () => {
  const cache = new PageCache(1_000_000);
  cache.store('/a', page(['article:1', 'settings']), cache.currentGeneration);
  cache.store('/b', page(['article:2', 'summary:1', 'settings']), cache.currentGeneration);
  cache.store('/c', page(['article:3', 'settings']), cache.currentGeneration);
  assert.equal(cache.purge(['summary:1']), 1);
  assert.ok(cache.get('/a') && cache.get('/c'));
  assert.equal(cache.get('/b'), undefined);
  cache.purge(['settings']);
  assert.equal(cache.size, 0);
});

test('a render that began before a purge is not stored', () => {
  const cache = new PageCache(1_000_000);
  const started = cache.currentGeneration;
  cache.purge(['article:9']);
  assert.equal(cache.store('/a', page(['article:1']), started), false);
  assert.equal(cache.get('/a'), undefined);
});

test('an expired page is rendered again by one request while the others get the copy', () => {
  const cache = new PageCache(1_000_000);
  cache.store('/', page(['home'], 100, Date.now() - 1), cache.currentGeneration);
  assert.equal(cache.get('/'), undefined, 'the first caller renders it again');
  assert.equal(cache.get('/')?.stale, true, 'the next ones get the previous copy meanwhile');
});

test('cache keys drop tracking parameters; encodings honour q=0', () => {
  assert.equal(cacheKey('/thoi-su?utm_source=fb&trang=2&fbclid=x'), '/thoi-su?trang=2');
  assert.equal(cacheKey('/?utm_medium=a'), '/');
  assert.equal(cacheKey(`/?q=${'x'.repeat(3000)}`), null);
  assert.equal(negotiate('gzip, deflate, br'), 'br');
  assert.equal(negotiate('br;q=0, gzip'), 'gzip');
  assert.equal(negotiate('identity'), null);
  assert.equal(negotiate(undefined), null);
});
