import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { contentChanged, PageTags } from '../src/cache/changes.js';
import { SETTING_KEYS } from '../src/content/site-settings.js';
import { getSetting } from '../src/content/settings.js';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import type { Article } from '../src/db/schema.js';
import { createTestApp, seedFixture, type Fixture, type TestApp, readerCookie } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { assertCsrfRefused, assertOnlyRoles, loginAllRoles, snapshot, type RoleClients, type RouteCase } from './helpers/role-clients.js';

const CURATE = '/admin/trang-chu';
const SETTINGS = '/admin/cai-dat';

/** The title in the home page's lead story, and the titles under "Tin nổi bật". */
function leadTitle(html: string): string | undefined {
  return /<article class="lead-story">[\s\S]*?<h2 class="lead-title"><a [^>]*>([^<]+)<\/a>/.exec(html)?.[1];
}

function featuredTitles(html: string): string[] {
  const block = /<section class="featured-stories"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...block.matchAll(/<h3[^>]*><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
}

for (const dialect of dialects) {
  describe(`home page curation (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let clients: RoleClients;

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 9);
      clients = await loginAllRoles(t);
    });
    after(() => t.close());

    const db = () => t.db.kysely;
    const home = async () => (await t.app.inject({ url: '/' })).body;
    const picks = () => db().selectFrom('home_picks').select(['kind', 'position', 'article_id']).orderBy('kind').orderBy('position').execute();
    const [newest, , third] = [0, 1, 2];

    test('without a choice the home page leads with the latest story', async () => {
      assert.equal(leadTitle(await home()), fx.articles[newest].title);
      assert.deepEqual(featuredTitles(await home()), []);
    });

    test('the managing editor picks a lead and ordered featured stories; the home page follows', async () => {
      const me = clients.managing_editor;
      const page = await me.get(CURATE);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`<option value="${fx.articles[third].id}">`), 'recent live stories are offered');

      assert.equal((await me.post(`${CURATE}/tin-chinh`, { chon: String(fx.articles[third].id), ma: '' })).statusCode, 303);
      assert.equal(leadTitle(await home()), fx.articles[third].title);

      // By id, which wins over the select; then by select.
      assert.equal((await me.post(`${CURATE}/noi-bat`, { chon: String(fx.articles[4].id), ma: String(fx.articles[5].id) })).statusCode, 303);
      assert.equal((await me.post(`${CURATE}/noi-bat`, { chon: String(fx.articles[4].id), ma: '' })).statusCode, 303);
      assert.deepEqual(featuredTitles(await home()), [fx.articles[5].title, fx.articles[4].title]);

      assert.equal((await me.post(`${CURATE}/noi-bat/${fx.articles[4].id}/thu-tu`, { huong: 'len' })).statusCode, 303);
      assert.deepEqual(featuredTitles(await home()), [fx.articles[4].title, fx.articles[5].title]);
      const body = await home();
      const latestBlock = /<section class="latest"[\s\S]*?<\/section>/.exec(body)?.[0] ?? '';
      assert.doesNotMatch(latestBlock, new RegExp(fx.articles[third].title), 'a picked story is not repeated in the latest list');
      assert.match(latestBlock, new RegExp(fx.articles[newest].title));

      assert.equal((await me.post(`${CURATE}/noi-bat/${fx.articles[5].id}/bo`)).statusCode, 303);
      assert.deepEqual(featuredTitles(await home()), [fx.articles[4].title]);
      // A featured story made the lead leaves the featured list.
      assert.equal((await me.post(`${CURATE}/tin-chinh`, { ma: String(fx.articles[4].id) })).statusCode, 303);
      assert.deepEqual(await picks(), [{ kind: 'lead', position: 0, article_id: fx.articles[4].id }]);
      assert.match((await me.get(`${CURATE}?xong=tin-chinh`)).body, /Đã đặt tin chính/);
    });

    test('a pick that stops being live is skipped and the home page falls back to the latest', async () => {
      const me = clients.managing_editor;
      assert.equal((await me.post(`${CURATE}/noi-bat`, { ma: String(fx.articles[6].id) })).statusCode, 303);
      await db().updateTable('articles').set({ status: 'unpublished' }).where('id', 'in', [fx.articles[4].id, fx.articles[6].id]).execute();
      // Written straight to the database, so the page cache is told here what the workflow would tell it.
      await contentChanged(db(), [PageTags.summary(fx.articles[4].id), PageTags.summary(fx.articles[6].id), PageTags.listAll]);
      const body = await home();
      assert.equal(leadTitle(body), fx.articles[newest].title);
      assert.deepEqual(featuredTitles(body), []);
      assert.match((await me.get(CURATE)).body, /không còn đăng, trang chủ đang bỏ qua bài này/);
      await db().updateTable('articles').set({ status: 'published' }).where('id', 'in', [fx.articles[4].id, fx.articles[6].id]).execute();
      await contentChanged(db(), [PageTags.summary(fx.articles[4].id), PageTags.summary(fx.articles[6].id), PageTags.listAll]);
      assert.equal(leadTitle(await home()), fx.articles[4].title);
      assert.equal((await me.post(`${CURATE}/tin-chinh/bo`)).statusCode, 303);
      assert.equal(leadTitle(await home()), fx.articles[newest].title);
    });

    test('bad choices are refused with a message and change nothing', async () => {
      const me = clients.editor_in_chief;
      const draft = await addArticle(db(), {
        title: 'Bản nháp',
        lead: 'x',
        bodyHtml: '<p>x</p>',
        sectionId: fx.sections.news.id,
        status: 'draft',
        publishedAt: null,
        byline: '',
        authorId: fx.authorId,
      });
      const future = await addArticle(db(), {
        title: 'Bài hẹn giờ',
        lead: 'x',
        bodyHtml: '<p>x</p>',
        sectionId: fx.sections.news.id,
        status: 'published',
        publishedAt: new Date(Date.now() + 3_600_000).toISOString(),
        byline: '',
        authorId: fx.authorId,
      });
      await me.get(CURATE);
      const cases: [string, Record<string, string>, RegExp][] = [
        [`${CURATE}/tin-chinh`, { chon: '', ma: '' }, /Hãy chọn một bài hoặc nhập mã số bài/],
        [`${CURATE}/tin-chinh`, { ma: 'abc' }, /Mã số bài phải là một số nguyên dương/],
        [`${CURATE}/tin-chinh`, { ma: String(draft.id) }, /chỉ chọn được bài đang đăng/],
        [`${CURATE}/noi-bat`, { ma: String(future.id) }, /chỉ chọn được bài đang đăng/],
        [`${CURATE}/noi-bat`, { ma: '999999' }, /chỉ chọn được bài đang đăng/],
        [`${CURATE}/noi-bat`, { ma: String(fx.articles[6].id) }, /đã có trong danh sách tin nổi bật/],
        [`${CURATE}/noi-bat/${fx.articles[1].id}/bo`, {}, /không có trong danh sách tin nổi bật/],
        [`${CURATE}/noi-bat/${fx.articles[6].id}/thu-tu`, { huong: 'ngang' }, /Yêu cầu không hợp lệ/],
      ];
      for (const [url, form, message] of cases) {
        const before = await snapshot(db());
        const response = await me.post(url, form);
        assert.equal(response.statusCode, 400, `${url} ${JSON.stringify(form)}`);
        assert.match(response.body, message);
        assert.equal(await snapshot(db()), before);
      }
      // Six featured at most.
      for (const i of [1, 2, 3, 5, 7]) assert.equal((await me.post(`${CURATE}/noi-bat`, { ma: String(fx.articles[i].id) })).statusCode, 303);
      const before = await snapshot(db());
      const seventh = await me.post(`${CURATE}/noi-bat`, { ma: String(fx.articles[8].id) });
      assert.equal(seventh.statusCode, 400);
      assert.match(seventh.body, /Đã đủ 6 tin nổi bật/);
      assert.equal(await snapshot(db()), before);
      assert.equal(featuredTitles(await home()).length, 6);
    });

    test('only the managing editor and the editor-in-chief curate; others get 403 and change nothing', async () => {
      await db().deleteFrom('home_picks').execute();
      const [a, b] = [fx.articles[1].id, fx.articles[2].id];
      const curators = ['managing_editor', 'editor_in_chief'] as const;
      const cases: RouteCase[] = [
        { method: 'GET', url: CURATE },
        { method: 'POST', url: `${CURATE}/tin-chinh`, form: { ma: String(a) } },
        { method: 'POST', url: `${CURATE}/tin-chinh/bo` },
        { method: 'POST', url: `${CURATE}/noi-bat`, form: { ma: String(a) } },
        { method: 'POST', url: `${CURATE}/noi-bat`, form: { ma: String(b) } },
        { method: 'POST', url: `${CURATE}/noi-bat/${b}/thu-tu`, form: { huong: 'len' } },
        { method: 'POST', url: `${CURATE}/noi-bat/${b}/bo` },
      ];
      for (const route of cases) await assertOnlyRoles(t, clients, route, [...curators]);
      assert.deepEqual(await picks(), [{ kind: 'featured', position: 0, article_id: a }]);
      await assertCsrfRefused(t, clients.managing_editor, `${CURATE}/tin-chinh`, { ma: String(a) });
    });
  });

  describe(`settings (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let clients: RoleClients;

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 2);
      clients = await loginAllRoles(t);
    });
    after(() => t.close());

    const db = () => t.db.kysely;
    const page = async (url: string) => (await t.app.inject({ url })).body;
    const articleUrl = () => articlePath('thoi-su', fx.articles[0].slug, fx.articles[0].id);
    const valid = (changes: Record<string, string> = {}): Record<string, string> => ({
      name: 'Báo Sơn Lâm',
      description: 'Tin tức tỉnh Sơn Lâm',
      logo: '',
      time_zone: 'Asia/Ho_Chi_Minh',
      comments_enabled: '1',
      ...changes,
    });

    test('the site name and description show at once in the header, the title and the newsroom', async () => {
      const admin = clients.admin;
      const form = await admin.get(SETTINGS);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /name="time_zone"/);
      const saved = await admin.post(SETTINGS, valid({ name: 'Báo Núi Rừng', description: 'Tiếng nói của bản làng' }));
      assert.equal(saved.statusCode, 303);
      assert.match((await admin.get(`${SETTINGS}?xong=1`)).body, /Đã lưu cài đặt/);
      const body = await page('/');
      assert.match(body, /<a class="logo" href="\/" rel="home">Báo Núi Rừng<\/a>/);
      assert.match(body, /<title>Báo Núi Rừng<\/title>/);
      assert.match(body, /Tiếng nói của bản làng/);
      assert.match(await page(articleUrl()), /- Báo Núi Rừng<\/title>/);
      assert.match((await admin.get('/admin')).body, /Tòa soạn Báo Núi Rừng/);
    });

    test('a logo replaces the name in the masthead, with the name as its text', async () => {
      const image = await db().selectFrom('images').select(['id', 'hash']).executeTakeFirstOrThrow();
      assert.equal((await clients.admin.post(SETTINGS, valid({ name: 'Báo Núi Rừng', logo: String(image.id) }))).statusCode, 303);
      const masthead = /<a class="logo"[^>]*>([\s\S]*?)<\/a>/.exec(await page('/'))?.[1] ?? '';
      assert.match(masthead, /<img class="logo-image" src="\/media\/[0-9a-f]{2}\/[0-9a-f]+-\d+\.webp" alt="Báo Núi Rừng" width="\d+" height="60"/);
      assert.match((await clients.admin.get(SETTINGS)).body, /Logo hiện tại/);
      assert.equal((await clients.admin.post(SETTINGS, valid({ name: 'Báo Núi Rừng', logo: '' }))).statusCode, 303);
      assert.match(await page('/'), /<a class="logo" href="\/" rel="home">Báo Núi Rừng<\/a>/);
    });

    test('the time zone applies to every date at once; the SITE_TIMEZONE default is not stored', async () => {
      assert.match(await page('/'), /\[GMT\+7\]/);
      assert.equal((await clients.admin.post(SETTINGS, valid({ time_zone: 'Asia/Tokyo' }))).statusCode, 303);
      assert.match(await page('/'), /\[GMT\+9\]/);
      assert.equal(t.app.config.timeZone, 'Asia/Tokyo');
      const published = new Date(fx.articles[0].published_at ?? '');
      const tokyoHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(published);
      assert.match(await page(articleUrl()), new RegExp(`${tokyoHour}'`), 'the article time is in the new zone');
      assert.equal((await clients.admin.post(SETTINGS, valid({ time_zone: 'Asia/Ho_Chi_Minh' }))).statusCode, 303);
      assert.match(await page('/'), /\[GMT\+7\]/);
      assert.equal(await getSetting(db(), SETTING_KEYS.timeZone), undefined);
    });

    test('bad settings bring the form back with messages and change nothing', async () => {
      const cases: [Record<string, string>, RegExp][] = [
        [{ name: '  ' }, /Cần có tên báo/],
        [{ name: 'x'.repeat(101) }, /Tên báo dài tối đa 100 ký tự/],
        [{ time_zone: 'Sao/Hoa' }, /Múi giờ &quot;Sao\/Hoa&quot; không hợp lệ|Múi giờ "Sao\/Hoa" không hợp lệ/],
        [{ time_zone: '+07:00' }, /không hợp lệ/],
        [{ logo: '999999' }, /Không có ảnh mã số/],
        [{ logo: 'logo.png' }, /Không có ảnh mã số/],
      ];
      for (const [changes, message] of cases) {
        const before = await snapshot(db());
        const response = await clients.admin.post(SETTINGS, valid(changes));
        assert.equal(response.statusCode, 400, JSON.stringify(changes));
        assert.match(response.body, message);
        assert.match(response.body, /Chưa lưu/);
        assert.equal(await snapshot(db()), before);
      }
      assert.match(await page('/'), /\[GMT\+7\]/);
    });

    test('comments off site-wide: no form on the article, and a posted comment is refused', async () => {
      assert.match(await page(articleUrl()), /action="\/binh-luan"/);
      assert.equal((await clients.admin.post(SETTINGS, valid({ comments_enabled: '' }))).statusCode, 303);
      const body = await page(articleUrl());
      assert.doesNotMatch(body, /action="\/binh-luan"/);
      assert.match(body, /Tòa soạn đang tạm ngừng nhận bình luận/);
      const posted = await t.app.inject({
        method: 'POST',
        url: '/binh-luan',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: await readerCookie(t.app) },
        payload: new URLSearchParams({
          article_id: String(fx.articles[0].id),
          name: 'Bạn đọc',
          email: '',
          body: 'Bài viết hay quá.',
          token: 'x',
          website: '',
        }).toString(),
      });
      assert.equal(posted.statusCode, 403);
      assert.match(posted.body, /Tòa soạn đang tạm ngừng nhận bình luận/);
      assert.equal((await db().selectFrom('comments').select('id').execute()).length, 0);
      assert.equal((await clients.admin.post(SETTINGS, valid())).statusCode, 303);
      assert.match(await page(articleUrl()), /action="\/binh-luan"/);
    });

    test('comments off for one article, by the managing editor or the editor-in-chief only', async () => {
      const id = fx.articles[0].id;
      const url = `/admin/bai-viet/${id}/binh-luan`;
      await assertOnlyRoles(t, clients, { method: 'POST', url, form: { bat: '0' } }, ['managing_editor', 'editor_in_chief']);
      const article = await db().selectFrom('articles').select('comments_enabled').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(article.comments_enabled, 0);
      assert.match(await page(articleUrl()), /Bài viết này đã tắt bình luận/);
      assert.doesNotMatch(await page(articleUrl()), /action="\/binh-luan"/);
      const other = await db().selectFrom('articles').select('comments_enabled').where('id', '=', fx.articles[1].id).executeTakeFirstOrThrow();
      assert.equal(other.comments_enabled, 1, 'only that article');

      const before = await snapshot(db());
      assert.equal((await clients.managing_editor.post(url, { bat: 'co' })).statusCode, 400);
      assert.equal((await clients.managing_editor.post('/admin/bai-viet/999999/binh-luan', { bat: '1' })).statusCode, 404);
      assert.equal(await snapshot(db()), before);
      const on = await clients.managing_editor.post(url, { bat: '1' });
      assert.equal(on.statusCode, 303);
      assert.equal(on.headers.location, `/admin/bai-viet/${id}?binh-luan=bat`);
      assert.match(await page(articleUrl()), /action="\/binh-luan"/);
      await assertCsrfRefused(t, clients.managing_editor, url, { bat: '0' });
      // The switch shows on the article screen only to those who may use it.
      const screen = `/admin/bai-viet/${id}`;
      assert.match((await clients.managing_editor.get(screen)).body, /Tắt bình luận bài này/);
      assert.doesNotMatch((await clients.editor_in_chief.get(screen)).body, /Bật bình luận bài này/);
      assert.match((await clients.editor_in_chief.get(screen)).body, new RegExp(`action="/admin/bai-viet/${id}/binh-luan"`));
    });

    test('whether the managing editor may publish follows the setting', async () => {
      const make = (title: string): Promise<Article> =>
        addArticle(db(), {
          title,
          lead: 'Tin ngắn.',
          bodyHtml: '<p>Nội dung.</p>',
          sectionId: fx.sections.news.id,
          status: 'edited',
          publishedAt: null,
          byline: 'Thu Hà',
          authorId: fx.authorId,
        });
      const me = clients.managing_editor;
      const first = await make('Bài chờ duyệt thứ nhất');
      await me.get(`/admin/bai-viet/${first.id}`);
      const refused = await me.post(`/admin/bai-viet/${first.id}/chuyen`, { name: 'publish' });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /Vai trò của bạn không được/);
      assert.equal((await db().selectFrom('articles').select('status').where('id', '=', first.id).executeTakeFirstOrThrow()).status, 'edited');

      assert.equal((await clients.admin.post(SETTINGS, valid({ managing_editor_may_publish: '1' }))).statusCode, 303);
      assert.match((await clients.admin.get(SETTINGS)).body, /name="managing_editor_may_publish" value="1" checked/);
      await me.get(`/admin/bai-viet/${first.id}`);
      const published = await me.post(`/admin/bai-viet/${first.id}/chuyen`, { name: 'publish' });
      assert.equal(published.statusCode, 303);
      assert.equal((await db().selectFrom('articles').select('status').where('id', '=', first.id).executeTakeFirstOrThrow()).status, 'published');

      assert.equal((await clients.admin.post(SETTINGS, valid())).statusCode, 303);
      const second = await make('Bài chờ duyệt thứ hai');
      await me.get(`/admin/bai-viet/${second.id}`);
      assert.equal((await me.post(`/admin/bai-viet/${second.id}/chuyen`, { name: 'publish' })).statusCode, 403);
    });

    test('settings reach another app node on the same database within seconds', async () => {
      const { buildApp } = await import('../src/app.js');
      const other = await buildApp(t.config, { db: t.db, logger: false });
      try {
        assert.equal((await clients.admin.post(SETTINGS, valid({ name: 'Báo Hai Nút' }))).statusCode, 303);
        // The other node's cache is fresh for a few seconds; a reload makes it see the save.
        await other.siteSettings.refresh();
        assert.match((await other.inject({ url: '/' })).body, /Báo Hai Nút/);
      } finally {
        await other.close();
      }
    });

    test('only the administrator reaches the settings; others get 403 and change nothing', async () => {
      await assertOnlyRoles(t, clients, { method: 'GET', url: SETTINGS }, ['admin']);
      await assertOnlyRoles(t, clients, { method: 'POST', url: SETTINGS, form: valid({ name: 'Báo Của Tôi' }) }, ['admin']);
      assert.equal(t.app.siteInfo.name, 'Báo Của Tôi');
      await assertCsrfRefused(t, clients.admin, SETTINGS, valid({ name: 'Không token' }));
    });
  });
}
