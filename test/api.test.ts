import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { addArticle } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { seedSyndication, type SyndicationData } from './helpers/syndication.js';

type Json = Record<string, unknown>;
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const formats = formatsModule as unknown as AddFormats | { default: AddFormats };
const addFormats: AddFormats = typeof formats === 'function' ? formats : formats.default;

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, { content?: { 'application/json': { schema: object } } }> } }>;
}

/** Checks a real answer against the response schema the document gives for its path and status. */
function conforms(doc: OpenApiDoc, path: string, res: LightMyRequestResponse) {
  const schema = doc.paths[path]?.get.responses[String(res.statusCode)]?.content?.['application/json'].schema;
  assert.ok(schema, `${path} documents status ${res.statusCode}`);
  const ajv = addFormats(new Ajv2020({ strict: false }));
  const validate = ajv.compile(schema);
  assert.ok(validate(res.json()), `${path} ${res.statusCode}: ${JSON.stringify(validate.errors)}`);
}

for (const dialect of dialects) {
  describe(`content API (${dialect})`, () => {
    let t: TestApp;
    let data: SyndicationData;
    let doc: OpenApiDoc;
    before(async () => {
      t = await createTestApp(dialect);
      data = await seedSyndication(t, 5);
      doc = (await t.app.inject('/api/v1/openapi.json')).json() as OpenApiDoc;
    });
    after(() => t.close());

    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
    const liveIds = () => [data.rich, ...data.articles].map((a) => a.id);

    it('/api/v1/openapi.json is a valid OpenAPI 3.1 document describing every endpoint and its parameters', async () => {
      const validator = new Validator();
      const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
      assert.ok(result.valid, JSON.stringify(result.errors));
      assert.equal(doc.openapi, '3.1.0');
      for (const path of [
        '/api/v1/articles',
        '/api/v1/articles/{id}',
        '/api/v1/sections',
        '/api/v1/tags',
        '/api/v1/authors',
        '/api/v1/search',
        '/api/v1/search/suggest',
      ]) {
        assert.ok(doc.paths[path], path);
      }
      assert.deepEqual(doc.paths['/api/v1/articles'].get.parameters.map((p) => p.name).sort(), [
        'author',
        'cursor',
        'limit',
        'published_after',
        'section',
        'tag',
        'updated_after',
      ]);
    });

    it('real answers match their documented schemas', async () => {
      const first = await get('/api/v1/articles');
      conforms(doc, '/api/v1/articles', first);
      conforms(doc, '/api/v1/articles/{id}', await get(`/api/v1/articles/${data.rich.id}`));
      conforms(doc, '/api/v1/articles/{id}', await get('/api/v1/articles/999999'));
      conforms(doc, '/api/v1/articles', await get('/api/v1/articles?limit=0'));
      conforms(doc, '/api/v1/sections', await get('/api/v1/sections'));
      conforms(doc, '/api/v1/tags', await get('/api/v1/tags'));
      conforms(doc, '/api/v1/authors', await get('/api/v1/authors'));
      conforms(doc, '/api/v1/search', await get('/api/v1/search?q=dai%20hoi'));
      conforms(doc, '/api/v1/search', await get('/api/v1/search?q=dai&trang=0'));
      conforms(doc, '/api/v1/search/suggest', await get('/api/v1/search/suggest?q=dai'));
    });

    it('lists live articles only, newest first, with absolute URLs, section, tags, authors and images', async () => {
      const res = await get('/api/v1/articles?limit=100');
      assert.equal(res.statusCode, 200);
      const list = res.json() as { data: Json[]; next_cursor: string | null };
      assert.deepEqual(
        list.data.map((a) => a.id),
        liveIds(),
      );
      assert.equal(list.next_cursor, null);
      const rich = list.data[0] as { url: string; section: Json; tags: Json[]; authors: Json[]; image: { url: string; variants: Json[] } };
      assert.match(rich.url, /^http:\/\/bao\.test\/kinh-te\/nong-nghiep\/.+\.html$/);
      assert.deepEqual(rich.section, {
        id: data.sections.farming.id,
        name: 'Nông nghiệp',
        path: 'kinh-te/nong-nghiep',
        url: 'http://bao.test/kinh-te/nong-nghiep',
      });
      assert.deepEqual(
        rich.tags.map((x) => x.slug),
        ['che-shan-tuyet', 'nong-thon-moi'],
      );
      assert.equal(rich.authors[0].url, `http://bao.test/tac-gia/${data.authorSlug}`);
      assert.match(rich.image.url, /^http:\/\/bao\.test\/media\//);
      assert.ok(rich.image.variants.length >= 2);
      for (const hidden of data.hidden) {
        const one = await get(`/api/v1/articles/${hidden.id}`);
        assert.equal(one.statusCode, 404, hidden.title);
        assert.equal((one.json() as Json).code, 'not_found');
      }
    });

    it('one article has its body with absolute URLs', async () => {
      const article = (await get(`/api/v1/articles/${data.rich.id}`)).json() as { title: string; body_html: string };
      assert.equal(article.title, data.rich.title);
      assert.match(article.body_html, /href="http:\/\/bao\.test\/kinh-te"/);
      assert.match(article.body_html, /src="http:\/\/bao\.test\/media\//);
    });

    it('filters by section (with subsections), tag, author and times', async () => {
      const ids = async (query: string) => ((await get(`/api/v1/articles?${query}`)).json() as { data: { id: number }[] }).data.map((a) => a.id);
      assert.equal((await ids('section=kinh-te')).length, 3);
      assert.deepEqual(await ids('section=kinh-te/nong-nghiep'), await ids('section=kinh-te'));
      assert.deepEqual(await ids('tag=che-shan-tuyet'), [data.rich.id]);
      assert.equal((await ids(`author=${data.authorSlug}`)).length, 6);
      const cut = data.articles[1].published_at ?? '';
      assert.deepEqual(await ids(`published_after=${encodeURIComponent(cut)}`), [data.rich.id, data.articles[0].id]);
      assert.deepEqual(await ids(`updated_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`), []);
    });

    it('pages by cursor without skipping or repeating while stories are published and taken down', async () => {
      const before = liveIds();
      const page = async (cursor: string | null) =>
        (await get(`/api/v1/articles?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json() as {
          data: { id: number }[];
          next_cursor: string | null;
        };
      const seen: number[] = [];
      let current = await page(null);
      seen.push(...current.data.map((a) => a.id));
      // Publishing between pages: new stories are newer than every cursor position.
      const fresh = await addArticle(t.db.kysely, {
        title: 'Tin giữa hai trang',
        lead: 'x',
        bodyHtml: '<p>x</p>',
        sectionId: data.sections.news.id,
        status: 'published',
        publishedAt: new Date().toISOString(),
        byline: '',
        authorId: null,
      });
      while (current.next_cursor) {
        current = await page(current.next_cursor);
        seen.push(...current.data.map((a) => a.id));
      }
      assert.deepEqual(seen, before, 'every article once, in order');
      assert.equal((await page(null)).data[0].id, fresh.id, 'the new story leads the first page');
      await t.db.kysely.deleteFrom('articles').where('id', '=', fresh.id).execute();
    });

    it('refuses bad parameters with a 400 naming them, never a 500', async () => {
      const other = ((await get('/api/v1/articles?limit=1&tag=nong-thon-moi')).json() as { next_cursor: string }).next_cursor;
      const cases: [string, string][] = [
        ['/api/v1/articles?mua=he', 'mua'],
        ['/api/v1/articles?published_after=h%C3%B4m-qua', 'published_after'],
        ['/api/v1/articles?updated_after=2024-02-30T00:00:00Z', 'updated_after'],
        ['/api/v1/articles?limit=100000', 'limit'],
        ['/api/v1/articles?limit=abc', 'limit'],
        ['/api/v1/articles?limit=1&limit=2', 'limit'],
        ['/api/v1/articles?cursor=abc', 'cursor'],
        [`/api/v1/articles?cursor=${encodeURIComponent(other)}`, 'cursor'],
        [`/api/v1/articles?section=kinh-te&cursor=${encodeURIComponent(other)}`, 'cursor'],
        [`/api/v1/articles?tag=nong-thon-moi&cursor=${encodeURIComponent(other.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))}`, 'cursor'],
        ['/api/v1/articles?section=khong-co', 'section'],
        ['/api/v1/articles?tag=khong-co', 'tag'],
        ['/api/v1/articles?author=khong-co', 'author'],
        ['/api/v1/articles/abc', 'id'],
        ['/api/v1/articles/0', 'id'],
        ['/api/v1/tags?limit=5000', 'limit'],
        ['/api/v1/tags?cursor=xyz', 'cursor'],
        ['/api/v1/search?q=a&x=1', 'x'],
        ['/api/v1/search?q=a&to=h%C3%B4m%20qua', 'to'],
        ['/api/v1/search?q=a&from=2024-02-30', 'from'],
        ['/api/v1/search?q=a&from=2024-03-02&to=2024-03-01', 'from'],
        ['/api/v1/search?q=a&section=khong-co', 'section'],
        ['/api/v1/search?q=a&trang=0', 'trang'],
      ];
      for (const [url, parameter] of cases) {
        const res = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(res.headers['content-type'] as string, /^application\/json/);
        const body = res.json() as { error: string; code: string; parameter: string };
        assert.equal(body.parameter, parameter, url);
        assert.equal(body.code, 'invalid_parameter');
        assert.match(body.error, /không hợp lệ|không tồn tại|phải trước/, url);
      }
      // The cursor of the same query still works.
      assert.equal((await get(`/api/v1/articles?limit=1&tag=nong-thon-moi&cursor=${encodeURIComponent(other)}`)).statusCode, 200);
      const missing = await get('/api/v1/khong-co');
      assert.equal(missing.statusCode, 404);
      assert.equal((missing.json() as Json).code, 'not_found');
    });

    it('sections as a tree, tags with counts and a cursor, authors', async () => {
      const tree = (await get('/api/v1/sections')).json() as { data: { path: string; children: { path: string }[] }[] };
      assert.deepEqual(
        tree.data.map((s) => [s.path, s.children.map((c) => c.path)]),
        [
          ['thoi-su', []],
          ['kinh-te', ['kinh-te/nong-nghiep']],
        ],
      );
      const firstTags = (await get('/api/v1/tags?limit=2')).json() as { data: { slug: string; article_count: number }[]; next_cursor: string };
      const rest = (await get(`/api/v1/tags?limit=2&cursor=${encodeURIComponent(firstTags.next_cursor)}`)).json() as {
        data: { slug: string; article_count: number }[];
        next_cursor: string | null;
      };
      const tags = [...firstTags.data, ...rest.data];
      assert.deepEqual(
        tags.map((x) => [x.slug, x.article_count]),
        [
          ['che-shan-tuyet', 1],
          ['dai-hoi-dang', 5],
          ['nong-thon-moi', 6],
        ],
      );
      assert.equal(rest.next_cursor, null);
      const authors = (await get('/api/v1/authors')).json() as { data: { slug: string; article_count: number; url: string }[] };
      assert.deepEqual(
        authors.data.map((a) => [a.slug, a.article_count]),
        [[data.authorSlug, 6]],
      );
    });

    it('answers If-None-Match with 304 until the content changes', async () => {
      const first = await get('/api/v1/articles');
      const etag = first.headers.etag as string;
      assert.ok(etag);
      assert.match(first.headers['cache-control'] as string, /max-age=60/);
      const again = await get('/api/v1/articles', { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const chief = await createUser(t.db.kysely, { username: 'tongbientap', displayName: 'Tổng Biên Tập', role: 'editor_in_chief' });
      const actor = { id: chief.id, role: chief.role, sectionIds: [] };
      await applyTransition(t.db.kysely, actor, data.articles[0].id, { name: 'unpublish' }, { managingEditorMayPublish: false });
      assert.equal((await get('/api/v1/articles', { 'if-none-match': etag })).statusCode, 200);
      await applyTransition(t.db.kysely, actor, data.articles[0].id, { name: 'publish' }, { managingEditorMayPublish: false });
    });

    it('allows any origin by default and answers preflight requests', async () => {
      const res = await get('/api/v1/sections', { origin: 'https://app.example' });
      assert.equal(res.headers['access-control-allow-origin'], '*');
      const preflight = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/articles',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
      });
      assert.equal(preflight.statusCode, 204);
      assert.match(preflight.headers['access-control-allow-methods'] as string, /GET/);
      assert.match(preflight.headers['access-control-allow-headers'] as string, /If-None-Match/);
    });

    it('has a readable reference page', async () => {
      const res = await get('/api/v1/docs');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="vi">/);
      assert.match(res.body, /GET \/api\/v1\/articles\/\{id\}/);
      assert.match(res.body, /published_after/);
    });
  });
}

describe('content API limits and CORS settings', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp('sqlite', { apiRateLimit: 5, apiCorsOrigins: ['https://app.bao.vn'] });
  });
  after(() => t.close());

  it('refuses the sixth request a minute from one address with 429 and Retry-After, not others', async () => {
    const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url: '/api/v1/sections', remoteAddress });
    for (let i = 0; i < 5; i++) assert.equal((await from('203.0.113.7')).statusCode, 200);
    const refused = await from('203.0.113.7');
    assert.equal(refused.statusCode, 429);
    const retry = Number(refused.headers['retry-after']);
    assert.ok(retry >= 1 && retry <= 60);
    assert.equal((refused.json() as Json).code, 'rate_limited');
    assert.equal((await from('203.0.113.8')).statusCode, 200);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/search/suggest?q=a', remoteAddress: '203.0.113.7' })).statusCode,
      200,
      'the search box helper is not limited',
    );
  });

  it('names only configured origins', async () => {
    const allowed = await t.app.inject({ method: 'GET', url: '/api/v1/sections', headers: { origin: 'https://app.bao.vn' }, remoteAddress: '198.51.100.1' });
    assert.equal(allowed.headers['access-control-allow-origin'], 'https://app.bao.vn');
    assert.match(String(allowed.headers.vary), /Origin/);
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/sections', headers: { origin: 'https://evil.example' }, remoteAddress: '198.51.100.2' });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
  });
});
