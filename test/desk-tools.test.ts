import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { articlePath } from '../src/content/urls.js';
import type { UserRole } from '../src/db/schema.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { createDraft, type ArticleContent } from '../src/newsroom/articles.js';
import type { Actor } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { formOf, NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/**
 * The newsroom-desk issue, point 6, on the server: tag suggestions (folded, bounded, permission,
 * no leak of other desks' drafts), the preview (private, never cached, noindex), the slug of a live
 * article (old URL answers 301 to the new one once the change is published), SEO lengths.
 */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const POLICY = { managingEditorMayPublish: false };
type Who = 'reporter' | 'otherReporter' | 'editor' | 'chief' | 'admin';
const ROLES: Record<Who, UserRole> = { reporter: 'reporter', otherReporter: 'reporter', editor: 'editor', chief: 'editor_in_chief', admin: 'admin' };

for (const dialect of dialects) {
  describe(`desk tools (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const db = () => t.db.kysely;
    const actors = {} as Record<Who, Actor>;
    const clients = {} as Record<Who, NewsroomClient>;
    const content = (title: string, extra: Partial<ArticleContent> = {}): ArticleContent =>
      articleContent(fixture.sections.news.id, { title, byline: '', ...extra });

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 2, { tags: ['Nông nghiệp công nghệ cao', 'Nông thôn mới', 'Sơn La'] });
      for (const who of Object.keys(ROLES) as Who[]) {
        const user = await createUser(db(), { username: who.toLowerCase(), displayName: `Người ${who}`, role: ROLES[who], password: PASSWORD });
        if (who === 'editor') await assignSections(db(), user.id, [fixture.sections.news.id]);
        actors[who] = await actorFor(db(), user);
        clients[who] = new NewsroomClient(t.app);
        await clients[who].login(who.toLowerCase(), PASSWORD);
      }
    });
    after(() => t.close());

    const suggest = async (who: Who, q: string) => {
      const res = await clients[who].get(`/admin/chu-de/goi-y?q=${encodeURIComponent(q)}`);
      return {
        status: res.statusCode,
        headers: res.headers,
        body: res.statusCode === 200 ? (JSON.parse(res.body) as { suggestions: { name: string; articles: number }[]; known: boolean }) : null,
      };
    };

    test('tag suggestions match folded, at the start of any word, and say whether the typed tag exists', async () => {
      const nong = await suggest('reporter', 'nong');
      assert.equal(nong.status, 200);
      assert.equal(nong.headers['cache-control'], 'private, no-store');
      assert.deepEqual(nong.body?.suggestions.map((s) => s.name).sort(), ['Nông nghiệp công nghệ cao', 'Nông thôn mới']);
      assert.equal(nong.body?.suggestions[0].articles, 2);
      assert.equal(nong.body?.known, false, '"nong" alone is no tag');
      assert.deepEqual(
        (await suggest('reporter', 'NGHỆ CAO')).body?.suggestions.map((s) => s.name),
        ['Nông nghiệp công nghệ cao'],
        'inside the name, at a word start, any case',
      );
      assert.deepEqual((await suggest('reporter', 'Son la')).body, { suggestions: [{ name: 'Sơn La', articles: 2 }], known: true });
      assert.deepEqual((await suggest('reporter', 'ong')).body?.suggestions, [], 'not in the middle of a word');
      assert.deepEqual((await suggest('reporter', '!!!')).body, { suggestions: [], known: false });
    });

    test('tag suggestions are bounded and only for people who write', async () => {
      for (const name of Array.from({ length: 12 }, (_, i) => `Lúa giống ${i + 1}`))
        await createDraft(db(), actors.reporter, content(`Bài ${name}`, { tags: [name] }), POLICY);
      assert.equal((await suggest('reporter', 'lua')).body?.suggestions.length, 8, 'at most 8 suggestions');
      assert.equal((await suggest('reporter', 'x'.repeat(61))).status, 400, 'a long query is refused before any work');
      assert.equal((await clients.reporter.get('/admin/chu-de/goi-y')).statusCode, 400, 'q is required');
      assert.equal((await suggest('admin', 'lua')).status, 403, 'the administrator does not write articles');
      const anonymous = await t.app.inject({ method: 'GET', url: '/admin/chu-de/goi-y?q=lua' });
      assert.equal(anonymous.statusCode, 302, 'to the login page');
    });

    test('a tag only on another person’s draft is not suggested, and counts as new for them', async () => {
      await createDraft(db(), actors.otherReporter, content('Điều tra đường dây buôn gỗ', { tags: ['Chuyên án gỗ lậu Mường La'] }), POLICY);
      assert.deepEqual((await suggest('reporter', 'chuyen an')).body, { suggestions: [], known: false });
      assert.deepEqual(
        (await suggest('otherReporter', 'chuyen an')).body?.suggestions.map((s) => s.name),
        ['Chuyên án gỗ lậu Mường La'],
        'its author sees it',
      );
    });

    test('the editor draws the counts, the SEO counters and the tags with new ones marked', async () => {
      const draft = await createDraft(
        db(),
        actors.reporter,
        content('Vụ đông', { lead: 'Hai chữ', bodyHtml: '<p>Ba chữ nữa.</p>', tags: ['Sơn La', 'Vụ đông mới'], seoTitle: 'Vụ đông ở Sơn La' }),
        POLICY,
      );
      const page = (await clients.reporter.get(`/admin/bai-viet/${draft.id}`)).body;
      assert.match(page, /<span id="text-stats" data-text-stats>5 chữ · 19 ký tự · khoảng 1 phút đọc<\/span>/);
      assert.match(page, /id="f-seo-title-count"[^>]*>16\/60 ký tự \(tối đa 120\)\.<\/p>/);
      assert.match(page, /<li class="tag-chip">Sơn La<\/li><li class="tag-chip">Vụ đông mới<\/li>/, 'saved tags exist');
      // A refused save gives the person's own tags back; the one no tag matches yet is marked.
      const refused = await clients.reporter.post(`/admin/bai-viet/${draft.id}`, formOf(draft, { title: '', tags: 'son la, Giống lúa chịu hạn' }));
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /<li class="tag-chip">son la<\/li><li class="tag-chip">Giống lúa chịu hạn<span class="tag-new"> mới<\/span><\/li>/);
    });

    test('SEO lengths are enforced on the server with a clear message, nothing saved', async () => {
      const draft = await createDraft(db(), actors.reporter, content('Bài có SEO'), POLICY);
      await clients.reporter.get(`/admin/bai-viet/${draft.id}`);
      const res = await clients.reporter.post(`/admin/bai-viet/${draft.id}`, formOf(draft, { seo_title: 'x'.repeat(121), seo_description: 'y'.repeat(321) }));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Tiêu đề SEO dài quá 120 ký tự\./);
      assert.match(res.body, /Mô tả SEO dài quá 320 ký tự\./);
      assert.equal((await db().selectFrom('articles').select('version').where('id', '=', draft.id).executeTakeFirstOrThrow()).version, draft.version);
    });

    test('the preview is the reading site’s page for newsroom eyes only: private, no-store, noindex, framed by the newsroom alone, no view counted', async () => {
      const draft = await createDraft(
        db(),
        actors.reporter,
        content('Bản nháp chưa ai thấy', { tags: ['Sơn La', 'Chủ đề chưa có'], seoTitle: 'Tiêu đề cho Google' }),
        POLICY,
      );
      const res = await clients.reporter.get(`/admin/bai-viet/${draft.id}/xem-truoc/trang`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'private, no-store');
      assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow');
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'self'/);
      assert.match(res.body, /<meta name="robots" content="noindex"\/?>/);
      assert.match(res.body, /<title>Tiêu đề cho Google/);
      assert.match(res.body, /<h1 class="article-title">Bản nháp chưa ai thấy<\/h1>/);
      assert.match(res.body, /Chủ đề chưa có/);
      assert.doesNotMatch(res.body, /luot-xem/, 'no view counter');
      assert.doesNotMatch(res.body, /<form class="comment-form"/, 'no comment form that would post for real');
      const wrapper = await clients.reporter.get(`/admin/bai-viet/${draft.id}/xem-truoc?kho=dien-thoai`);
      assert.match(wrapper.body, /<iframe class="preview-frame preview-dien-thoai" src="\/admin\/bai-viet\/\d+\/xem-truoc\/trang"/);
      assert.match(String(wrapper.headers['content-security-policy']), /frame-ancestors 'none'/, 'the newsroom page itself is not framed');
      // Another reporter may not see this draft; nobody outside the newsroom sees anything.
      assert.equal((await clients.otherReporter.get(`/admin/bai-viet/${draft.id}/xem-truoc/trang`)).statusCode, 403);
      assert.equal((await t.app.inject({ method: 'GET', url: `/admin/bai-viet/${draft.id}/xem-truoc/trang` })).statusCode, 302);
      assert.equal((await clients.reporter.get('/admin/bai-viet/999999/xem-truoc/trang')).statusCode, 404);
    });

    test('a live article’s new slug: previewed from the working copy, published with the update, the old URL answers 301 to the new one', async () => {
      const article = fixture.articles[0];
      const oldUrl = articlePath(fixture.sections.news.path, article.slug, article.id);
      assert.equal((await t.app.inject({ method: 'GET', url: oldUrl })).statusCode, 200, 'cached now');
      await clients.chief.get(`/admin/bai-viet/${article.id}`);
      // Vietnamese is folded to the URL's ascii; the change waits in the working copy.
      const saved = await clients.chief.post(`/admin/bai-viet/${article.id}`, formOf(article, { slug: 'Đại hội xã Pá Vạc nhiệm kỳ mới', tags: 'Sơn La' }));
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
      assert.equal((await t.app.inject({ method: 'GET', url: oldUrl })).statusCode, 200, 'readers still see the published page');
      const preview = await clients.chief.get(`/admin/bai-viet/${article.id}/xem-truoc/trang`);
      assert.match(preview.body, /<link rel="canonical" href="[^"]*\/thoi-su\/dai-hoi-xa-pa-vac-nhiem-ky-moi-\d+\.html"/, 'the preview shows the working copy');
      const version = (await db().selectFrom('articles').select('version').where('id', '=', article.id).executeTakeFirstOrThrow()).version;
      const update = await clients.chief.post(`/admin/bai-viet/${article.id}/thay-doi`, { name: 'update_live', version: String(version) });
      assert.equal(update.statusCode, 303, update.body.slice(0, 300));
      const newUrl = articlePath(fixture.sections.news.path, 'dai-hoi-xa-pa-vac-nhiem-ky-moi', article.id);
      const moved = await t.app.inject({ method: 'GET', url: oldUrl });
      assert.equal(moved.statusCode, 301, 'the cached old page was purged');
      assert.equal(moved.headers.location, newUrl);
      assert.equal((await t.app.inject({ method: 'GET', url: newUrl })).statusCode, 200);
    });

    test('a slug another article uses is refused with a clear message, nothing saved', async () => {
      const draft = await createDraft(db(), actors.reporter, content('Bài trùng đường dẫn'), POLICY);
      await clients.reporter.get(`/admin/bai-viet/${draft.id}`);
      const res = await clients.reporter.post(`/admin/bai-viet/${draft.id}`, formOf(draft, { slug: fixture.articles[1].slug.toUpperCase() }));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Đường dẫn này đã được bài khác dùng\./);
      assert.equal((await db().selectFrom('articles').select('slug').where('id', '=', draft.id).executeTakeFirstOrThrow()).slug, draft.slug);
      const empty = await clients.reporter.post(`/admin/bai-viet/${draft.id}`, formOf(draft, { slug: '!!! ???' }));
      assert.equal(empty.statusCode, 400, 'a slug with nothing a URL keeps is refused, not silently ignored');
      assert.match(empty.body, /Đường dẫn cần có chữ hoặc số/);
      assert.equal((await db().selectFrom('articles').select('version').where('id', '=', draft.id).executeTakeFirstOrThrow()).version, draft.version);
    });

    test('the read-only view shows the featured picture, the URL and the SEO fields', async () => {
      const draft = await createDraft(
        db(),
        actors.reporter,
        content('Bài đã gửi', {
          featuredImageId: fixture.articles[0].featured_image_id,
          featuredCaption: 'Chú thích riêng',
          seoDescription: 'Mô tả cho Google',
        }),
        POLICY,
      );
      await applyTransition(db(), actors.reporter, draft.id, { name: 'submit' }, POLICY);
      const page = (await clients.reporter.get(`/admin/bai-viet/${draft.id}`)).body;
      assert.match(page, /<figure class="featured-read"><img src="\/media\/[^"]+\.webp" alt="Ruộng bậc thang"/);
      assert.match(page, /Chú thích riêng/);
      assert.match(page, /Mô tả cho Google \(16\/160 ký tự\)/);
      assert.match(page, /href="\/admin\/bai-viet\/\d+\/xem-truoc"/);
    });
  });
}
