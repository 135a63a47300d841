import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { approveComments, insertComment } from '../src/comments/comments.js';
import { moderateComments } from '../src/comments/moderation.js';
import { setLead } from '../src/content/curation.js';
import { updateSection } from '../src/content/section-admin.js';
import { saveSiteSettings } from '../src/content/site-settings.js';
import { articlePath, authorPath } from '../src/content/urls.js';
import type { Article } from '../src/db/schema.js';
import { actorFor } from '../src/newsroom/actors.js';
import { changeImageText } from '../src/newsroom/media-text.js';
import { addArticle, saveContent, type ArrivingArticle, type ArticleContent } from '../src/newsroom/articles.js';
import { workingCopyStep } from '../src/newsroom/working-copy.js';
import { updateAccount } from '../src/newsroom/user-admin.js';
import { createUser } from '../src/newsroom/users.js';
import { publishDue } from '../src/newsroom/workflow.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { loginAllRoles, type RoleClients } from './helpers/role-clients.js';

function contentOf(article: Article, tags: string[], changes: Partial<ArticleContent> = {}): ArticleContent {
  return {
    title: article.title,
    slug: article.slug,
    lead: article.lead,
    bodyHtml: article.body_html,
    sectionId: article.section_id,
    tags,
    byline: article.byline,
    featuredImageId: article.featured_image_id,
    featuredCaption: article.featured_caption,
    featuredCredit: article.featured_credit,
    seoTitle: article.seo_title,
    seoDescription: article.seo_description,
    ...changes,
  };
}

for (const dialect of dialects) {
  describe(`page cache (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let clients: RoleClients;
    const counters = () => ({ ...t.app.pageCache.cache.counters });
    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });
    const db = () => t.db.kysely;
    const pathOf = (a: Article) => articlePath(a.section_id === fx.sections.news.id ? 'thoi-su' : 'kinh-te/nong-nghiep', a.slug, a.id);

    /** Loads the page twice and checks the second answer came from the cache. */
    async function cached(url: string): Promise<string> {
      await get(url);
      const hits = counters().hits;
      const second = await get(url);
      assert.equal(second.statusCode, 200, url);
      assert.equal(counters().hits, hits + 1, `${url} is answered from the cache`);
      return second.body;
    }

    async function article(input: Partial<ArrivingArticle>): Promise<Article> {
      return addArticle(db(), {
        title: 'Bài mới',
        lead: 'Sapo.',
        bodyHtml: '<p>Nội dung.</p>',
        sectionId: fx.sections.news.id,
        status: 'edited',
        publishedAt: null,
        byline: 'Thu Hà',
        authorId: fx.authorId,
        tags: ['Đại hội Đảng'],
        ...input,
      });
    }

    async function step(a: Article, name: string): Promise<LightMyRequestResponse> {
      const response = await clients.editor_in_chief.post(`/admin/bai-viet/${a.id}/chuyen`, { name });
      assert.equal(response.statusCode, 303, `${name}: ${response.body.slice(0, 200)}`);
      return response;
    }

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 4);
      clients = await loginAllRoles(t);
      await t.app.ready();
    });
    after(() => t.close());

    describe('answers', () => {
      test('a stored page comes with an ETag, Vary and CDN headers, and 304 for a matching If-None-Match', async () => {
        const url = pathOf(fx.articles[0]);
        await cached(url);
        const page = await get(url);
        const etag = String(page.headers.etag);
        assert.match(etag, /^W\/"[\w-]+"$/);
        assert.match(String(page.headers.vary), /Accept-Encoding/);
        assert.match(String(page.headers['cache-control']), /^public, .*s-maxage=\d+/);
        const keys = String(page.headers['surrogate-key']).split(' ');
        for (const key of [`article:${fx.articles[0].id}`, `comments:${fx.articles[0].id}`, 'settings', 'sections', `list:section:${fx.sections.news.id}`]) {
          assert.ok(keys.includes(key), `Surrogate-Key has ${key}`);
        }
        assert.equal(page.headers['cache-tag'], keys.join(','));
        const again = await get(url, { 'if-none-match': etag });
        assert.equal(again.statusCode, 304);
        assert.equal(again.body, '');
        assert.equal(again.headers.etag, etag);
        assert.equal((await get(url, { 'if-none-match': '"something-else"' })).statusCode, 200);
      });

      test('pages are compressed with brotli or gzip as the client accepts, the same bytes once decoded', async () => {
        for (const url of ['/', '/thoi-su', pathOf(fx.articles[1]), '/tim-kiem?q=%C4%91%E1%BA%A1i+h%E1%BB%99i']) {
          const plain = await get(url);
          assert.equal(plain.headers['content-encoding'], undefined, url);
          const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
          assert.equal(br.headers['content-encoding'], 'br', url);
          assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
          const gz = await get(url, { 'accept-encoding': 'gzip' });
          assert.equal(gz.headers['content-encoding'], 'gzip', url);
          assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
          assert.ok(gz.rawPayload.length < plain.rawPayload.length / 2, `${url} shrinks`);
          assert.equal((await get(url, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding'], 'gzip');
        }
      });

      test('no public page sets a cookie, even for a logged-in editor; the newsroom is private', async () => {
        const cookie = [...clients.editor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
        for (const url of [
          '/',
          '/thoi-su',
          '/kinh-te/nong-nghiep',
          pathOf(fx.articles[0]),
          '/chu-de/dai-hoi-dang',
          authorPath(fx.authorSlug),
          '/tim-kiem?q=x',
          '/khong-co',
        ]) {
          for (const headers of [{}, { cookie }] as Record<string, string>[]) {
            const page = await get(url, headers);
            assert.equal(page.headers['set-cookie'], undefined, url);
          }
        }
        const admin = await clients.editor.get('/admin');
        assert.match(String(admin.headers['cache-control']), /no-store/);
      });

      test('tracking parameters share the page; unknown query strings stay within the byte bound', async () => {
        const url = pathOf(fx.articles[2]);
        await cached(url);
        const hits = counters().hits;
        await get(`${url}?utm_source=facebook&fbclid=abc`);
        assert.equal(counters().hits, hits + 1);
        for (let i = 0; i < 50; i++) await get(`/?x=${i}`);
        assert.ok(t.app.pageCache.cache.byteSize <= t.app.pageCache.cache.maxBytes);
      });
    });

    describe('every change purges the pages it appears on, before the request returns', () => {
      test('publish now, through the newsroom', async () => {
        const a = await article({ title: 'Khánh thành cầu Nậm Khao' });
        for (const url of ['/', '/thoi-su', '/chu-de/dai-hoi-dang', authorPath(fx.authorSlug)])
          assert.doesNotMatch(await cached(url), /Khánh thành cầu Nậm Khao/, url);
        await step(a, 'forward').catch(() => undefined);
        await step(a, 'publish');
        for (const url of ['/', '/thoi-su', '/chu-de/dai-hoi-dang', authorPath(fx.authorSlug)]) {
          assert.match((await get(url)).body, /Khánh thành cầu Nậm Khao/, url);
        }
        assert.match((await get('/tim-kiem?q=nam+khao')).body, /Khánh thành cầu <mark>/);
        assert.equal((await get(pathOf(a))).statusCode, 200);
      });

      test('unpublish, trash and restore', async () => {
        const a = await article({ title: 'Mùa lúa chín Mù Cang Chải', status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() });
        const url = pathOf(a);
        assert.match(await cached(url), /Mùa lúa chín/);
        assert.match(await cached('/'), /Mùa lúa chín/);
        await step(a, 'unpublish');
        assert.equal((await get(url)).statusCode, 404);
        assert.doesNotMatch((await get('/')).body, /Mùa lúa chín/);
        assert.doesNotMatch((await get('/thoi-su')).body, /Mùa lúa chín/);
        await step(a, 'publish');
        assert.match(await cached('/thoi-su'), /Mùa lúa chín/);
        await step(a, 'trash');
        assert.doesNotMatch((await get('/thoi-su')).body, /Mùa lúa chín/);
        assert.equal((await get(url)).statusCode, 404);
        await step(a, 'restore');
        assert.match((await get('/thoi-su')).body, /Mùa lúa chín/);
      });

      test('scheduled publishing by the scheduler', async () => {
        // Its time has come, but the scheduler has not run yet.
        await article({ title: 'Lễ hội hoa ban', status: 'scheduled', publishedAt: new Date(Date.now() - 1000).toISOString() });
        assert.doesNotMatch(await cached('/'), /Lễ hội hoa ban/, 'not live until the scheduler publishes it');
        assert.equal((await publishDue(db())).length, 1);
        assert.match((await get('/')).body, /Lễ hội hoa ban/);
      });

      test('an edit of a live article: its page and the lists showing its title; a body-only edit leaves the lists cached', async () => {
        const a = fx.articles[3];
        const url = pathOf(a);
        await cached(url);
        await cached('/');
        const editor = await actorFor(db(), await db().selectFrom('users').selectAll().where('username', '=', 'tongbientap').executeTakeFirstOrThrow());
        const current = await db().selectFrom('articles').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
        // A live article's edit is a working copy until someone who may publish updates the live page.
        const policy = { managingEditorMayPublish: false };
        const edited = await saveContent(
          db(),
          editor,
          a.id,
          contentOf(current, ['Đại hội Đảng', 'Nông thôn mới'], { bodyHtml: '<p>Đoạn văn đã sửa lỗi chính tả.</p>' }),
          { baseVersion: current.version, policy },
        );
        assert.doesNotMatch((await get(url)).body, /Đoạn văn đã sửa lỗi chính tả/, 'the working copy is not on the page');
        await workingCopyStep(db(), editor, a.id, { step: 'update_live', baseVersion: edited.version }, policy);
        assert.match((await get(url)).body, /Đoạn văn đã sửa lỗi chính tả/);
        const hits = counters().hits;
        await get('/');
        assert.equal(counters().hits, hits + 1, 'the home page does not show the body: still cached');
        const saved = await db().selectFrom('articles').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
        const retitled = await saveContent(db(), editor, a.id, contentOf(saved, ['Đại hội Đảng', 'Nông thôn mới'], { title: 'Tiêu đề đã sửa' }), {
          baseVersion: saved.version,
          policy,
        });
        await workingCopyStep(db(), editor, a.id, { step: 'update_live', baseVersion: retitled.version }, policy);
        assert.match((await get('/')).body, /Tiêu đề đã sửa/);
        assert.match((await get(url)).body, /Tiêu đề đã sửa/);
      });

      test('a new live article refreshes the lists it enters', async () => {
        for (const url of ['/', '/kinh-te', '/kinh-te/nong-nghiep']) await cached(url);
        await article({
          title: 'Giá chè tuyết tăng',
          sectionId: fx.sections.farming.id,
          status: 'published',
          publishedAt: new Date(Date.now() - 1000).toISOString(),
        });
        for (const url of ['/', '/kinh-te', '/kinh-te/nong-nghiep']) assert.match((await get(url)).body, /Giá chè tuyết tăng/, url);
      });

      test('a comment approved, then removed', async () => {
        const a = fx.articles[0];
        const url = pathOf(a);
        const comment = await insertComment(db(), {
          articleId: a.id,
          parentId: null,
          name: 'Bạn đọc',
          email: '',
          body: 'Bài viết rất hay, cảm ơn tòa soạn.',
          ipHash: 'x',
        });
        assert.doesNotMatch(await cached(url), /Bài viết rất hay/);
        const moderator = await db().selectFrom('users').select('id').where('role', '=', 'editor').executeTakeFirstOrThrow();
        assert.deepEqual(await moderateComments(db(), [comment.id], 'approve', moderator.id), { ok: true, changed: 1 });
        assert.match(await cached(url), /Bài viết rất hay/);
        await moderateComments(db(), [comment.id], 'spam', moderator.id);
        assert.doesNotMatch((await get(url)).body, /Bài viết rất hay/);
        await approveComments(db(), [comment.id]);
        assert.match((await get(url)).body, /Bài viết rất hay/);
      });

      test('the comment switch of one article', async () => {
        const a = fx.articles[1];
        const url = pathOf(a);
        assert.match(await cached(url), /Viết bình luận/);
        const response = await clients.editor_in_chief.post(`/admin/bai-viet/${a.id}/binh-luan`, { bat: '0' });
        assert.equal(response.statusCode, 303);
        assert.doesNotMatch((await get(url)).body, /<form[^>]*action="\/binh-luan"/);
      });

      test('home page picks', async () => {
        const oldest = fx.articles[3];
        await cached('/');
        const chief = await db().selectFrom('users').select('id').where('role', '=', 'managing_editor').executeTakeFirstOrThrow();
        await setLead(db(), chief.id, oldest.id);
        const lead = /<article class="lead-story">[\s\S]*?<\/article>/.exec((await get('/')).body)?.[0] ?? '';
        assert.match(lead, new RegExp(`-${oldest.id}\\.html`));
      });

      test('section and site settings', async () => {
        const url = pathOf(fx.articles[0]);
        await cached(url);
        await updateSection(db(), fx.sections.news.id, { name: 'Thời sự - Chính trị', slug: 'thoi-su', parentId: null, description: '', inMenu: true });
        assert.match((await get(url)).body, /Thời sự - Chính trị/);
        await cached(url);
        const defaults = t.app.siteSettings.defaults;
        await saveSiteSettings(
          db(),
          {
            name: 'Báo Tây Bắc',
            description: 'Tin tức',
            logoImageId: null,
            timeZone: defaults.timeZone,
            managingEditorMayPublish: false,
            commentsEnabled: true,
          },
          defaults,
        );
        assert.match((await get(url)).body, /<title>[^<]*Báo Tây Bắc<\/title>/);
        assert.match((await get('/')).body, /Báo Tây Bắc/);
      });

      test("a person's display name and a picture's alt text", async () => {
        const url = pathOf(fx.articles[0]);
        const authorUrl = authorPath(fx.authorSlug);
        await cached(url);
        await cached(authorUrl);
        const author = await db().selectFrom('users').selectAll().where('id', '=', fx.authorId).executeTakeFirstOrThrow();
        await updateAccount(db(), author, { displayName: 'Nguyễn Thị Thu Hà', email: '', role: author.role, sectionIds: [] });
        assert.match((await get(authorUrl)).body, /<h1[^>]*>Nguyễn Thị Thu Hà</);
        const image = await db().selectFrom('images').selectAll().executeTakeFirstOrThrow();
        const editor = await actorFor(db(), await db().selectFrom('users').selectAll().where('username', '=', 'tongbientap').executeTakeFirstOrThrow());
        assert.match(await cached('/thoi-su'), /alt="Ruộng bậc thang"/);
        await changeImageText(db(), editor, image, { alt: 'Ruộng bậc thang Pá Vạc', caption: image.caption, credit: image.credit });
        assert.match((await get('/thoi-su')).body, /alt="Ruộng bậc thang Pá Vạc"/);
        assert.match((await get(url)).body, /Ruộng bậc thang Pá Vạc/);
      });
    });
  });
}

describe('CDN purge hook', () => {
  test('is called with the keys of every change, as the in-process cache purges them', async () => {
    const received: string[][] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push((JSON.parse(body) as { keys: string[] }).keys);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const t = await createTestApp('sqlite', { cachePurgeUrl: `http://127.0.0.1:${port}/purge` });
    try {
      const fx = await seedFixture(t, 1);
      received.length = 0;
      const moderator = await createUser(t.db.kysely, { username: 'bt', displayName: 'Biên tập', role: 'editor' });
      const comment = await insertComment(t.db.kysely, { articleId: fx.articles[0].id, parentId: null, name: 'A', email: '', body: 'Hay.', ipHash: 'x' });
      await moderateComments(t.db.kysely, [comment.id], 'approve', moderator.id);
      assert.deepEqual(received, [[`comments:${fx.articles[0].id}`]], 'called before the change returned');
    } finally {
      await t.close();
      server.close();
    }
  });
});
