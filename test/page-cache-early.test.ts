import assert from 'node:assert/strict';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PUBLIC_DIR } from '../src/assets.js';
import type { CacheState } from '../src/cache/plugin.js';
import { articlePath } from '../src/content/urls.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

/**
 * Stored pages are answered by the HTTP server before Fastify sees the request (src/cache/plugin.ts,
 * `EarlyAnswer`). `app.inject` never reaches the server, so these tests listen and use fetch: the
 * early answer must be the answer Fastify gives, headers and all.
 */

/** Headers of one answer, not of the page. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'connection', 'keep-alive', 'transfer-encoding']);
/** fetch asks for gzip and brotli unless told otherwise. */
const IDENTITY = { 'accept-encoding': 'identity' };

function pageHeaders(headers: Headers | Record<string, unknown>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers).map(([k, v]) => [k, String(v)]);
  return Object.fromEntries(entries.filter(([name]) => !PER_ANSWER.has(name.toLowerCase())).map(([k, v]) => [k.toLowerCase(), v]));
}

for (const dialect of dialects) {
  describe(`page cache answered before routing (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let base: string;
    const hits = () => t.app.pageCache.cache.counters.hits;
    const setState = (state: CacheState) => {
      (t.app.pageCache as { state: CacheState }).state = state;
    };

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 3);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    });
    after(() => t.close());

    test('a stored page is answered early with the headers and bytes Fastify gives it', async () => {
      const url = articlePath('thoi-su', fx.articles[0].slug, fx.articles[0].id);
      const rendered = await fetch(base + url, { headers: IDENTITY });
      assert.equal(rendered.status, 200);
      const body = await rendered.text();
      const before = hits();
      // The same page through Fastify's own path (inject never reaches the HTTP server).
      const throughFastify = await t.app.inject({ url });
      assert.equal(hits(), before + 1);
      const early = await fetch(base + url, { headers: IDENTITY });
      assert.equal(hits(), before + 2, 'answered from the cache');
      assert.equal(early.status, 200);
      assert.equal(await early.text(), body);
      assert.deepEqual(pageHeaders(early.headers), pageHeaders(throughFastify.headers));
      assert.match(early.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/);
      assert.equal(early.headers.get('vary'), 'Accept-Encoding');
      assert.match(early.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.ok((early.headers.get('surrogate-key') ?? '').split(' ').includes(`article:${fx.articles[0].id}`));
      const given = await fetch(base + url, { headers: { 'x-request-id': 'lb-123' } });
      assert.equal(given.headers.get('x-request-id'), 'lb-123');
    });

    test('304 for a matching ETag, compressed bodies as the client accepts, HEAD without a body, never a cookie', async () => {
      const url = '/thoi-su';
      await (await fetch(base + url)).text();
      const first = await fetch(base + url, { headers: { ...IDENTITY, cookie: 'toasoan_session=abc' } });
      const plain = await first.text();
      assert.equal(first.headers.get('set-cookie'), null);
      const etag = first.headers.get('etag') ?? '';
      const before = hits();
      const notModified = await fetch(base + url, { headers: { 'if-none-match': etag } });
      assert.equal(notModified.status, 304);
      assert.equal(notModified.headers.get('etag'), etag);
      assert.equal(notModified.headers.get('content-type'), null);
      assert.equal(await notModified.text(), '');
      assert.equal(hits(), before + 1);
      const other = await fetch(base + url, { headers: { 'if-none-match': '"another"' } });
      assert.equal(other.status, 200);
      await other.text();
      // fetch decodes by itself: ask through node:http's raw bytes instead.
      const raw = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      const early = await fetch(base + url, { headers: { 'accept-encoding': 'br' } });
      assert.equal(early.headers.get('content-encoding'), 'br');
      assert.equal(raw.headers['content-encoding'], 'br', JSON.stringify(raw.headers));
      assert.equal(early.headers.get('content-length'), String(raw.rawPayload.length));
      assert.equal(brotliDecompressSync(raw.rawPayload).toString(), plain);
      assert.equal(await early.text(), plain);
      const head = await fetch(base + url, { method: 'HEAD', headers: IDENTITY });
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('content-length'), String(Buffer.byteLength(plain)));
      assert.equal(await head.text(), '');
    });

    test('304, gzip and HEAD answered early carry the headers Fastify gives them', async () => {
      const url = articlePath('thoi-su', fx.articles[0].slug, fx.articles[0].id);
      const plain = await (await fetch(base + url, { headers: IDENTITY })).text();
      const full = await t.app.inject({ url });
      const etag = String(full.headers.etag);
      const before = hits();
      const notModified = await fetch(base + url, { headers: { 'if-none-match': etag } });
      const fastify304 = await t.app.inject({ url, headers: { 'if-none-match': etag } });
      assert.equal(notModified.status, 304);
      assert.equal(fastify304.statusCode, 304);
      const expected304 = pageHeaders(fastify304.headers);
      delete expected304['content-length'];
      assert.deepEqual(pageHeaders(notModified.headers), expected304);
      assert.equal(notModified.headers.get('content-security-policy'), full.headers['content-security-policy']);
      assert.match(notModified.headers.get('x-request-id') ?? '', /^[\w-]{8,}$/);
      // node:http keeps the bytes as sent (fetch would decode them and drop the length).
      const gzip = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get(base + url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.equal(gzip.headers['content-length'], String(gzip.body.length));
      assert.equal(gunzipSync(gzip.body).toString(), plain);
      const fastifyGzip = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
      assert.deepEqual(pageHeaders(gzip.headers), pageHeaders(fastifyGzip.headers));
      const head = await fetch(base + url, { method: 'HEAD', headers: IDENTITY });
      const got = await fetch(base + url, { headers: IDENTITY });
      assert.deepEqual(pageHeaders(head.headers), pageHeaders(got.headers));
      assert.equal(head.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(await got.text(), plain);
      assert.equal(hits(), before + 6, 'all of them answered from the cache');
    });

    test('files of text under /static/ are compressed as they are read, when the client accepts it', async () => {
      const css = readFileSync(path.join(PUBLIC_DIR, 'site.css'));
      assert.ok(css.length > 1024);
      const plain = await t.app.inject({ url: '/static/site.css' });
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.rawPayload, css);
      const br = await t.app.inject({ url: '/static/site.css', headers: { 'accept-encoding': 'gzip, br' } });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(String(br.headers.vary), /Accept-Encoding/);
      assert.deepEqual(brotliDecompressSync(br.rawPayload), css);
      const gz = await t.app.inject({ url: '/static/site.css', headers: { 'accept-encoding': 'gzip' } });
      assert.deepEqual(gunzipSync(gz.rawPayload), css);
      const notModified = await t.app.inject({ url: '/static/site.css', headers: { 'accept-encoding': 'br', 'if-none-match': String(plain.headers.etag) } });
      assert.equal(notModified.statusCode, 304);
      assert.equal(notModified.rawPayload.length, 0);
    });

    test('nothing is answered early while the cache is bypassed, draining, or for the newsroom', async () => {
      const url = '/';
      await (await fetch(base + url)).text();
      const before = hits();
      // As when Redis is lost (test/cluster-cache.test.ts): every page is rendered again.
      setState('bypassed');
      try {
        assert.equal((await fetch(base + url)).status, 200);
        assert.equal(hits(), before, 'rendered, not answered from the cache');
      } finally {
        setState('on');
      }
      t.app.lifecycle.draining = true;
      try {
        const closing = await fetch(base + url);
        assert.equal(closing.headers.get('connection'), 'close');
      } finally {
        t.app.lifecycle.draining = false;
      }
      const admin = await fetch(base + '/admin', { redirect: 'manual' });
      assert.match(admin.headers.get('cache-control') ?? '', /no-store/);
    });
  });
}
