import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Article, ArticleStatus, UserRole } from '../src/db/schema.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { addArticle, addArticles, ContentError, createDraft, type ArrivingArticle, type ArticleContent } from '../src/newsroom/articles.js';
import { mayView, type Actor } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { TRANSITIONS, type TransitionName } from '../src/newsroom/workflow.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities, formOf, NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const HOUR = 60 * 60 * 1000;
const WHO = ['reporter', 'otherReporter', 'editor', 'outsideEditor', 'managing', 'chief', 'admin'] as const;
type Who = (typeof WHO)[number];
const ROLE: Record<Who, UserRole> = {
  reporter: 'reporter',
  otherReporter: 'reporter',
  editor: 'editor',
  outsideEditor: 'editor',
  managing: 'managing_editor',
  chief: 'editor_in_chief',
  admin: 'admin',
};

/** Who may see and who may change a reporter's article in the editor's section, by status. */
const EXPECTED: Partial<Record<ArticleStatus, { view: Who[]; edit: Who[] }>> = {
  draft: { view: ['reporter'], edit: ['reporter'] },
  submitted: { view: ['reporter', 'editor', 'managing', 'chief'], edit: ['editor', 'managing', 'chief'] },
  published: { view: ['reporter', 'editor', 'managing', 'chief'], edit: ['managing', 'chief'] },
  returned: { view: ['reporter', 'editor', 'managing', 'chief'], edit: ['reporter', 'managing', 'chief'] },
};

const ALLOWED_STEPS: Record<TransitionName, Who[]> = {
  submit: ['reporter'],
  forward: ['editor', 'managing', 'chief'],
  return: ['editor', 'managing', 'chief'],
  // Scheduling is publishing: the managing editor only with managing_editor_may_publish.
  schedule: ['chief'],
  unschedule: ['chief'],
  publish: ['chief'],
  unpublish: ['chief'],
  trash: ['chief'],
  restore: ['chief'],
};
const LEGAL_FROM: Record<TransitionName, ArticleStatus> = {
  submit: 'draft',
  forward: 'submitted',
  return: 'submitted',
  schedule: 'edited',
  unschedule: 'scheduled',
  publish: 'edited',
  unpublish: 'published',
  trash: 'published',
  restore: 'trash',
};

for (const dialect of dialects) {
  describe(`newsroom routes (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const clients = {} as Record<Who, NewsroomClient>;
    const actors = {} as Record<Who, Actor>;
    let auditAtStart: unknown[] = [];

    const db = () => t.db.kysely;
    const content = (title = 'Xã Pá Vạc hoàn thành đường bê tông'): ArticleContent =>
      articleContent(fixture.sections.news.id, {
        title,
        lead: 'Con đường dài 4 km nối bản Cò Ký với trung tâm xã.',
        bodyHtml: '<p>Người dân góp công, góp đất làm đường.</p>',
        tags: ['Giao thông'],
      });

    /** A reporter's article in the editor's section, put straight into a status. */
    async function article(status: ArticleStatus = 'draft', title?: string): Promise<Article> {
      const draft = await createDraft(db(), actors.reporter, content(title), { managingEditorMayPublish: false });
      const extra = status === 'trash' ? { trashed_at: new Date().toISOString(), status_before_trash: 'edited' as const } : {};
      const publishedAt =
        status === 'published' || status === 'scheduled' ? new Date(Date.now() + (status === 'scheduled' ? HOUR : -HOUR)).toISOString() : null;
      return db()
        .updateTable('articles')
        .set({ status, published_at: publishedAt, ...extra })
        .where('id', '=', draft.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    }

    /** Everything a refused request must leave alone. */
    async function state(id: number) {
      const row = await db()
        .selectFrom('articles')
        .select(['status', 'version', 'title', 'updated_at', 'published_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const revisions = await db().selectFrom('article_revisions').select('id').where('article_id', '=', id).execute();
      const audit = await db().selectFrom('audit_log').selectAll().where('article_id', '=', id).orderBy('id').execute();
      return { row, revisions: revisions.length, audit };
    }

    async function articleCount(): Promise<number> {
      const { n } = await db()
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n);
    }

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      for (const who of WHO) {
        const user = await createUser(db(), { username: who.toLowerCase(), displayName: `Người ${who}`, role: ROLE[who], password: PASSWORD });
        if (who === 'editor') await assignSections(db(), user.id, [fixture.sections.news.id]);
        if (who === 'outsideEditor') await assignSections(db(), user.id, [fixture.sections.farming.id]);
        actors[who] = await actorFor(db(), user);
        clients[who] = new NewsroomClient(t.app);
        await clients[who].login(who.toLowerCase(), PASSWORD);
      }
      // Some history before anything else happens: it must be intact at the end.
      const first = await article('submitted', 'Bài có lịch sử');
      await clients.editor.post(`/admin/bai-viet/${first.id}/chuyen`, { name: 'forward' });
      auditAtStart = await db().selectFrom('audit_log').selectAll().orderBy('id').execute();
      assert.ok(auditAtStart.length >= 2);
    });
    after(() => t.close());

    test('anonymous: pages send to the login, posts get 401, nothing changes', async () => {
      const a = await article('submitted');
      const before = await state(a.id);
      const anon = new NewsroomClient(t.app);
      const urls = [
        '/admin',
        '/admin/bai-viet',
        '/admin/bai-viet/moi',
        `/admin/bai-viet/${a.id}`,
        `/admin/bai-viet/${a.id}/lich-su`,
        `/admin/bai-viet/${a.id}/lich-su/so-sanh?tu=1&den=1`,
      ];
      for (const url of urls) {
        const response = await anon.get(url);
        assert.equal(response.statusCode, 302, url);
        assert.match(String(response.headers.location), /^\/admin\/dang-nhap\?tiep=/);
      }
      await anon.get('/admin/dang-nhap');
      const posts = ['/admin/bai-viet', `/admin/bai-viet/${a.id}`, `/admin/bai-viet/${a.id}/chuyen`, `/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`];
      const count = await articleCount();
      for (const url of posts) assert.equal((await anon.post(url, { ...formOf(a, { title: 'Kẻ lạ' }), name: 'forward' })).statusCode, 401, url);
      assert.equal((await anon.autosave(a.id, formOf(a, { title: 'Kẻ lạ' }))).statusCode, 401);
      assert.deepEqual(await state(a.id), before);
      assert.equal(await articleCount(), count);
    });

    test('dashboard: every role gets its own desk; the administrator the system counts', async () => {
      for (const who of WHO) {
        const response = await clients[who].get('/admin');
        assert.equal(response.statusCode, 200, who);
        if (who === 'admin') {
          assert.match(response.body, /Bảng điều khiển hệ thống/);
          assert.doesNotMatch(response.body, /Bản nháp của tôi/);
        } else {
          assert.match(response.body, /Bản nháp của tôi/);
          assert.match(response.body, /Bị trả lại cho tôi/);
          assert.match(response.body, /Mới đăng gần đây/);
          assert.equal(/Chờ tôi xử lý/.test(response.body), who !== 'reporter' && who !== 'otherReporter', who);
        }
      }
    });

    test("dashboard: what waits depends on the role (and the editor's sections)", async () => {
      const submitted = await article('submitted', 'Chờ biên tập Mường Tè');
      const edited = await article('edited', 'Chờ duyệt Sìn Hồ');
      const scheduled = await article('scheduled', 'Hẹn giờ Phong Thổ');
      const waits = async (who: Who) => {
        const body = (await clients[who].get('/admin')).body;
        const section = body.slice(body.indexOf('Chờ tôi xử lý'), body.indexOf('Bị trả lại cho tôi'));
        return [submitted, edited, scheduled].filter((a) => section.includes(`/admin/bai-viet/${a.id}"`)).map((a) => a.status);
      };
      assert.deepEqual(await waits('editor'), ['submitted']);
      assert.deepEqual(await waits('outsideEditor'), []);
      assert.deepEqual(await waits('managing'), ['submitted', 'edited']);
      assert.deepEqual(await waits('chief'), ['edited', 'scheduled']);
      const drafts = (await clients.reporter.get('/admin')).body;
      const mine = await article('draft', 'Bản nháp riêng Tam Đường');
      assert.doesNotMatch(drafts, new RegExp(`/admin/bai-viet/${mine.id}"`));
      assert.match((await clients.reporter.get('/admin')).body, /Bản nháp riêng Tam Đường/);
      assert.doesNotMatch((await clients.otherReporter.get('/admin')).body, /Bản nháp riêng Tam Đường/);
    });

    test('the list shows exactly the articles mayView allows, with filters and 30 a page', async () => {
      for (const status of ['draft', 'submitted', 'edited', 'published', 'returned', 'trash'] as ArticleStatus[]) await article(status, `Danh sách ${status}`);
      await db().updateTable('articles').set({ section_id: fixture.sections.farming.id }).where('title', '=', 'Danh sách submitted').execute();
      const all = await db().selectFrom('articles').select(['id', 'author_id', 'section_id', 'status']).execute();
      for (const who of WHO) {
        if (who === 'admin') {
          assert.equal((await clients.admin.get('/admin/bai-viet')).statusCode, 403);
          continue;
        }
        const seen: number[] = [];
        for (let page = 1; page < 50; page++) {
          const body: string = (await clients[who].get(`/admin/bai-viet?trang=${page}`)).body;
          const ids: number[] = [...body.matchAll(/href="\/admin\/bai-viet\/(\d+)"/g)].map((m) => Number(m[1]));
          assert.ok(ids.length <= 30);
          seen.push(...ids);
          if (!body.includes('Trang sau')) break;
          assert.equal(ids.length, 30);
        }
        const expected = all.filter((a) => mayView(actors[who], { authorId: a.author_id, sectionId: a.section_id, status: a.status })).map((a) => a.id);
        assert.deepEqual(
          seen.sort((x, y) => x - y),
          expected.sort((x, y) => x - y),
          who,
        );
      }
      const filtered = (await clients.chief.get(`/admin/bai-viet?trang-thai=returned&chuyen-muc=${fixture.sections.news.id}`)).body;
      assert.match(filtered, /Danh sách returned/);
      assert.doesNotMatch(filtered, /Danh sách published/);
      assert.match(filtered, /Trả lại/);
      const farming = (await clients.chief.get(`/admin/bai-viet?chuyen-muc=${fixture.sections.farming.id}`)).body;
      assert.match(farming, /Danh sách submitted/);
      assert.doesNotMatch(farming, /Danh sách returned/);
    });

    test('new article: editorial roles create a draft and land in the editor; the administrator may not', async () => {
      for (const who of WHO) {
        const client = clients[who];
        const page = await client.get('/admin/bai-viet/moi');
        const count = await articleCount();
        const response = await client.post('/admin/bai-viet', {
          title: `Bài mới của ${who}`,
          slug: '',
          lead: 'Sapo.',
          body_html: '<p>Nội dung <script>alert(1)</script></p>',
          section_id: String(fixture.sections.news.id),
          tags: 'Giao thông, Nông thôn mới',
          byline: '',
        });
        if (who === 'admin') {
          assert.equal(page.statusCode, 403);
          assert.equal(response.statusCode, 403);
          assert.equal(await articleCount(), count);
          continue;
        }
        assert.equal(page.statusCode, 200, who);
        assert.match(page.body, new RegExp(`name="byline" type="text" value="Người ${who}"`));
        assert.equal(response.statusCode, 303, who);
        const id = Number(/^\/admin\/bai-viet\/(\d+)/.exec(String(response.headers.location))?.[1]);
        const row = await db().selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        assert.equal(row.status, 'draft');
        assert.equal(row.author_id, actors[who].id);
        assert.doesNotMatch(row.body_html, /script/);
        assert.equal(row.slug.startsWith(`bai-moi-cua-${who.toLowerCase()}`), true);
        const editor = await client.get(String(response.headers.location));
        assert.equal(editor.statusCode, 200);
        assert.match(
          editor.body,
          new RegExp(`<form id="article-form" method="post" action="/admin/bai-viet/${id}"[^>]* data-autosave-url="/admin/bai-viet/${id}/autosave"`),
        );
        assert.match(editor.body, /<input type="hidden" name="version" value="1"\/>/);
        assert.match(editor.body, /<textarea id="body-html" name="body_html"[^>]* data-editor/);
        assert.match(editor.body, /<p id="autosave-status" role="status"/);
        assert.match(editor.body, /value="Giao thông, Nông thôn mới"/);
      }
    });

    for (const status of Object.keys(EXPECTED) as ArticleStatus[]) {
      const expected = EXPECTED[status]!;
      for (const who of WHO) {
        const mayV = expected.view.includes(who);
        const mayE = expected.edit.includes(who);
        test(`${who} on a ${status} article: ${mayV ? 'sees' : 'may not see'} it, ${mayE ? 'may' : 'may not'} edit`, async () => {
          const client = clients[who];
          const a = await article(status);
          const before = await state(a.id);
          for (const url of [`/admin/bai-viet/${a.id}`, `/admin/bai-viet/${a.id}/lich-su`, `/admin/bai-viet/${a.id}/lich-su/so-sanh?tu=1&den=1`]) {
            const response = await client.get(url);
            assert.equal(response.statusCode, mayV ? 200 : 403, url);
            if (!mayV) assert.doesNotMatch(response.body, new RegExp(a.title));
          }
          const page = await client.get(`/admin/bai-viet/${a.id}`);
          assert.equal(page.body.includes('id="article-form"'), mayE, 'editor form only for those who may edit');
          if (mayV && !mayE) assert.match(page.body, /Bạn chỉ được xem bài này/);

          const saved = await client.post(`/admin/bai-viet/${a.id}`, formOf(a, { title: `Sửa bởi ${who}` }));
          assert.equal(saved.statusCode, mayE ? 303 : 403, 'save');
          const autosaved = await client.autosave(a.id, { ...formOf(a, { title: `Tự lưu bởi ${who}` }), version: mayE ? 2 : 1 });
          assert.equal(autosaved.statusCode, mayE ? 200 : 403, 'autosave');
          const unconfirmed = await client.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: mayE ? '3' : '1' });
          assert.equal(unconfirmed.statusCode, mayE ? 200 : 403, 'restore asks first');
          if (mayE) assert.match(unconfirmed.body, /Khôi phục phiên bản 1\?/);
          const restored = await client.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: mayE ? '3' : '1', 'xac-nhan': '1' });
          assert.equal(restored.statusCode, mayE ? 303 : 403, 'restore');

          const after = await state(a.id);
          if (mayE) {
            assert.deepEqual(autosaved.json(), { version: 3, savedAt: autosaved.json().savedAt, unpublished: status === 'published' });
            assert.equal(after.row.version, 4);
            assert.equal(after.row.title, a.title);
            assert.equal(after.revisions, 4);
            assert.equal(after.audit.length, before.audit.length + 1);
            assert.equal(after.audit.at(-1)?.action, 'restore_revision');
          } else {
            assert.deepEqual(after, before);
          }
        });
      }
    }

    for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
      for (const who of WHO) {
        const may = ALLOWED_STEPS[name].includes(who);
        test(`over HTTP, ${who} ${may ? 'may' : 'may not'} ${name}`, async () => {
          const a = await article(LEGAL_FROM[name]);
          const before = await state(a.id);
          const response = await clients[who].post(`/admin/bai-viet/${a.id}/chuyen`, { name, note: 'Cần bổ sung số liệu.', publish_at: '2099-01-02T08:30' });
          const after = await state(a.id);
          if (may) {
            assert.equal(response.statusCode, 303);
            assert.equal(after.row.status, TRANSITIONS[name].to ?? 'edited');
            assert.equal(after.audit.length, before.audit.length + 1);
            assert.equal(after.audit.at(-1)?.action, name);
            if (name === 'schedule') assert.equal(after.row.published_at, '2099-01-02T01:30:00.000Z');
            const page = await clients[who].get(String(response.headers.location));
            assert.match(page.body, new RegExp(`Đã thực hiện: ${TRANSITIONS[name].label}`));
          } else {
            assert.equal(response.statusCode, 403);
            assert.deepEqual(after, before);
          }
        });
      }
    }

    test('the page offers only the steps this person may take now', async () => {
      const submitted = await article('submitted');
      const forms = async (who: Who, id: number) =>
        [...(await clients[who].get(`/admin/bai-viet/${id}`)).body.matchAll(/data-transition="(\w+)"/g)].map((m) => m[1]);
      assert.deepEqual(await forms('editor', submitted.id), ['forward', 'return']);
      assert.deepEqual(await forms('reporter', submitted.id), []);
      assert.deepEqual(await forms('chief', submitted.id), ['forward', 'return', 'trash']);
      const edited = await article('edited');
      assert.deepEqual(await forms('managing', edited.id), ['return']);
      const page = (await clients.chief.get(`/admin/bai-viet/${edited.id}`)).body;
      assert.match(page, /<textarea id="return-note" name="note"/);
      // Text in the Vietnamese form, not datetime-local (drawn in the browser's own locale).
      assert.match(
        page,
        /<input id="publish-at" name="publish_at" type="text" inputmode="numeric" autocomplete="off" pattern="[^"]+" placeholder="dd\/mm\/yyyy HH:mm"/,
      );
      assert.match(page, /Duyệt và đăng/);
      const draft = await article('draft');
      assert.deepEqual(await forms('reporter', draft.id), ['submit']);
    });

    test('refused steps show the article with the reason and the right status, changing nothing', async () => {
      const a = await article('edited');
      const before = await state(a.id);
      const cases: [Record<string, string>, number, RegExp][] = [
        [{ name: 'schedule', publish_at: '2001-01-01T08:00' }, 400, /Giờ đăng phải ở tương lai/],
        [{ name: 'schedule', publish_at: 'ngày mai' }, 400, /Giờ đăng không hợp lệ: hãy ghi theo dạng ngày\/tháng\/năm giờ:phút, 24 giờ/],
        [{ name: 'schedule', publish_at: '31/02/2099 08:00' }, 400, /Giờ đăng không hợp lệ/],
        [{ name: 'schedule', publish_at: '02/01/2099 8:30 PM' }, 400, /Giờ đăng không hợp lệ/],
        [{ name: 'return', note: '   ' }, 400, /Cần ghi lý do/],
        [{ name: 'forward' }, 409, /Không thể &quot;Chuyển duyệt&quot;|Không thể "Chuyển duyệt"/],
        [{ name: 'xoa-nhat-ky' }, 400, /Thao tác không hợp lệ/],
        [{ name: 'toString' }, 400, /Thao tác không hợp lệ/],
        [{ name: 'constructor' }, 400, /Thao tác không hợp lệ/],
      ];
      for (const [form, status, message] of cases) {
        const response = await clients.chief.post(`/admin/bai-viet/${a.id}/chuyen`, form);
        assert.equal(response.statusCode, status, JSON.stringify(form));
        assert.match(response.body, message);
        assert.match(response.body, /Chờ duyệt/);
      }
      assert.deepEqual(await state(a.id), before);
    });

    test('CSRF missing or wrong: 403 and nothing changes', async () => {
      const a = await article('draft');
      const before = await state(a.id);
      const count = await articleCount();
      const reporter = clients.reporter;
      await reporter.get(`/admin/bai-viet/${a.id}`);
      for (const csrf of [false, 'sai-ma-xac-thuc'] as const) {
        assert.equal((await reporter.post(`/admin/bai-viet/${a.id}`, formOf(a, { title: 'Giả mạo' }), csrf)).statusCode, 403);
        assert.equal((await reporter.post('/admin/bai-viet', formOf(a, { title: 'Giả mạo' }), csrf)).statusCode, 403);
        assert.equal((await reporter.post(`/admin/bai-viet/${a.id}/chuyen`, { name: 'submit' }, csrf)).statusCode, 403);
        assert.equal((await reporter.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: '1' }, csrf)).statusCode, 403);
        assert.equal((await reporter.autosave(a.id, formOf(a, { title: 'Giả mạo' }), csrf)).statusCode, 403);
      }
      // Another person's token does not fit this browser's CSRF cookie.
      await clients.editor.get('/admin');
      assert.equal((await reporter.post(`/admin/bai-viet/${a.id}`, formOf(a, { title: 'Giả mạo' }), clients.editor.token)).statusCode, 403);
      assert.deepEqual(await state(a.id), before);
      assert.equal(await articleCount(), count);
    });

    test("bad input: 400, the form back with field messages and the person's text, nothing saved", async () => {
      const a = await article('draft');
      const before = await state(a.id);
      const body = '<p>Đoạn văn của tôi về <b>mùa lúa</b> ở Mù Cang Chải.</p>';
      const response = await clients.reporter.post(
        `/admin/bai-viet/${a.id}`,
        formOf(a, { title: '   ', lead: 'Sapo tôi vừa viết', body_html: body, featured_image_id: 'abc' }),
      );
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Bài viết cần có tiêu đề/);
      assert.match(response.body, /Mã ảnh phải là một số/);
      assert.match(response.body, /Sapo tôi vừa viết/);
      assert.ok(decodeEntities(response.body).includes(body));
      assert.match(response.body, /name="version" value="1"/);
      const missing = await clients.reporter.post(
        `/admin/bai-viet/${a.id}`,
        formOf(a, { section_id: '999', featured_image_id: '4242', slug: 'x'.repeat(200) }),
      );
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Chuyên mục không tồn tại/);
      assert.match(missing.body, /Ảnh đại diện không tồn tại/);
      const json = await clients.reporter.autosave(a.id, { ...formOf(a, { title: '' }), version: 1 });
      assert.equal(json.statusCode, 400);
      assert.equal(json.json().fields.title, 'Bài viết cần có tiêu đề.');
      const count = await articleCount();
      const created = await clients.reporter.post('/admin/bai-viet', { title: 'Bài chưa có chuyên mục', body_html: body, section_id: '' });
      assert.equal(created.statusCode, 400);
      assert.match(created.body, /Hãy chọn chuyên mục/);
      assert.match(created.body, /Bài chưa có chuyên mục/);
      assert.equal(await articleCount(), count);
      assert.deepEqual(await state(a.id), before);
    });

    test('two people save the same version: the second gets 409, its text kept and the diff, then saves', async () => {
      const a = await article('draft');
      const tab1 = new NewsroomClient(t.app);
      const tab2 = new NewsroomClient(t.app);
      await tab1.login('reporter', PASSWORD);
      await tab2.login('reporter', PASSWORD);
      for (const tab of [tab1, tab2]) assert.match((await tab.get(`/admin/bai-viet/${a.id}`)).body, /name="version" value="1"/);
      const first = await tab1.post(
        `/admin/bai-viet/${a.id}`,
        formOf(a, { title: 'Tiêu đề của máy một', body_html: '<p>Người dân góp công làm đường liên xã.</p>' }),
      );
      assert.equal(first.statusCode, 303);
      const mine = formOf(a, { title: 'Tiêu đề của máy hai', body_html: '<p>Người dân góp công, góp đất và góp tiền.</p>' });
      const second = await tab2.post(`/admin/bai-viet/${a.id}`, mine);
      assert.equal(second.statusCode, 409);
      assert.match(second.body, /đã được người khác lưu/);
      assert.match(second.body, /<input id="f-title" name="title" type="text" value="Tiêu đề của máy hai"/);
      assert.ok(decodeEntities(second.body).includes('<p>Người dân góp công, góp đất và góp tiền.</p>'));
      assert.match(second.body, /name="version" value="2"/);
      assert.match(second.body, /name="chon-title" value="ban-luu"/);
      assert.match(second.body, /<del>một<\/del>/);
      assert.match(second.body, /<ins>hai<\/ins>/);
      assert.equal((await state(a.id)).row.title, 'Tiêu đề của máy một');
      const conflictJson = await tab2.autosave(a.id, { ...mine, version: 1 });
      assert.equal(conflictJson.statusCode, 409);
      assert.equal(conflictJson.json().version, 2);
      const again = await tab2.post(`/admin/bai-viet/${a.id}`, { ...mine, version: '2' });
      assert.equal(again.statusCode, 303);
      const row = await state(a.id);
      assert.equal(row.row.title, 'Tiêu đề của máy hai');
      assert.equal(row.row.version, 3);
    });

    test("a save after the article left the person's desk is refused, and their text handed back", async () => {
      const a = await article('draft');
      await clients.reporter.get(`/admin/bai-viet/${a.id}`);
      await clients.reporter.post(`/admin/bai-viet/${a.id}/chuyen`, { name: 'submit' });
      const before = await state(a.id);
      const response = await clients.reporter.post(`/admin/bai-viet/${a.id}`, formOf(a, { title: 'Câu chữ tôi vừa gõ thêm' }));
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /chưa được lưu/);
      assert.match(response.body, /value="Câu chữ tôi vừa gõ thêm"/);
      assert.deepEqual(await state(a.id), before);
    });

    test('a returned article shows the note to the reporter', async () => {
      const a = await article('submitted', 'Bài bị trả về Bát Xát');
      const note = 'Thiếu ý kiến của người dân <b>bản Cò Ký</b>.';
      assert.equal((await clients.editor.post(`/admin/bai-viet/${a.id}/chuyen`, { name: 'return', note })).statusCode, 303);
      const dashboard = (await clients.reporter.get('/admin')).body;
      const section = dashboard.slice(dashboard.indexOf('Bị trả lại cho tôi'), dashboard.indexOf('Mới đăng gần đây'));
      assert.match(section, /Bài bị trả về Bát Xát/);
      assert.match(section, /Thiếu ý kiến của người dân &lt;b>bản Cò Ký&lt;\/b>\./);
      assert.match(section, /Người editor/);
      const page = await clients.reporter.get(`/admin/bai-viet/${a.id}`);
      assert.match(page.body, /id="article-form"/);
      assert.match(page.body, /Bài bị trả lại/);
      assert.match(page.body, /Thiếu ý kiến của người dân/);
      assert.match(page.body, /data-transition="submit"/);
    });

    test('history shows the audit trail and revisions; compare marks words; restore is a new version and an audit row', async () => {
      const a = await article('draft', 'Lúa chín vàng ở Y Tý');
      const reporter = clients.reporter;
      await reporter.get(`/admin/bai-viet/${a.id}`);
      await reporter.post(`/admin/bai-viet/${a.id}`, formOf(a, { title: 'Lúa chín rộ ở Y Tý', body_html: '<p>Người dân xuống đồng gặt lúa sớm.</p>' }));
      await reporter.post(`/admin/bai-viet/${a.id}/chuyen`, { name: 'submit' });
      const history = await reporter.get(`/admin/bai-viet/${a.id}/lich-su`);
      assert.equal(history.statusCode, 200);
      assert.match(history.body, /Tạo bài/);
      assert.match(history.body, /Gửi biên tập/);
      assert.match(history.body, /Phóng viên/);
      assert.match(history.body, /Bản nháp → Chờ biên tập/);
      // A Vietnamese weekday: "Thứ hai" … "Thứ bảy", or "Chủ nhật" (the test runs on Sundays too).
      assert.match(history.body, /(Thứ [^,]+|Chủ nhật), \d\d\/\d\d\/\d{4} - \d\d:\d\d'/);
      assert.match(history.body, /2 \(hiện tại\)/);
      assert.match(history.body, /lich-su\/so-sanh\?tu=1&amp;den=2/);
      assert.doesNotMatch(history.body, /khoi-phuc/, 'a reporter may not restore a submitted article');
      const compare = await reporter.get(`/admin/bai-viet/${a.id}/lich-su/so-sanh?tu=1&den=2`);
      assert.equal(compare.statusCode, 200);
      assert.match(compare.body, /<del>vàng<\/del>/);
      assert.match(compare.body, /<ins>rộ<\/ins>/);
      assert.match(compare.body, /<ins>[^<]*gặt lúa/);
      assert.equal((await reporter.get(`/admin/bai-viet/${a.id}/lich-su/so-sanh?tu=1&den=9`)).statusCode, 404);
      assert.equal((await reporter.get(`/admin/bai-viet/${a.id}/lich-su/so-sanh?tu=x`)).statusCode, 400);

      const editorHistory = (await clients.editor.get(`/admin/bai-viet/${a.id}/lich-su`)).body;
      assert.match(editorHistory, /lich-su\/1\/khoi-phuc/);
      const stale = await clients.editor.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: '1', 'xac-nhan': '1' });
      assert.equal(stale.statusCode, 409);
      const restored = await clients.editor.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: '2', 'xac-nhan': '1' });
      assert.equal(restored.statusCode, 303);
      const after = await state(a.id);
      assert.equal(after.row.version, 3);
      assert.equal(after.row.title, 'Lúa chín vàng ở Y Tý');
      assert.equal(after.audit.at(-1)?.action, 'restore_revision');
      assert.match((await clients.editor.get(String(restored.headers.location))).body, /Đã khôi phục phiên bản 1/);
    });

    test('saves and steps keep the search index up to date', async () => {
      const a = await article('draft');
      await clients.reporter.get(`/admin/bai-viet/${a.id}`);
      await clients.reporter.post(`/admin/bai-viet/${a.id}`, formOf(a, { title: 'Hội xuân Khau Vai độc đáo' }));
      const results = await t.app.searchEngine.search('Khau Vai', { scope: 'all' });
      assert.ok(results.hits.some((hit) => hit.id === a.id));
    });

    test('newsroom search finds articles of every status, folded, but only those the person may see', async () => {
      const draft = await article('draft', 'Lễ hội Gầu Tào ở bản Sà Phìn');
      const submitted = await article('submitted', 'Chợ phiên Gầu Tào vùng cao');
      const trashed = await article('trash', 'Gầu Tào trong thùng rác');
      const ids = (body: string) => [...body.matchAll(/href="\/admin\/bai-viet\/(\d+)"/g)].map((m) => Number(m[1]));
      const reporter = (await clients.reporter.get('/admin/bai-viet?q=gau+tao')).body;
      assert.deepEqual(new Set(ids(reporter)), new Set([draft.id, submitted.id, trashed.id]));
      assert.match(reporter, /value="gau tao"/);
      const chief = ids((await clients.chief.get('/admin/bai-viet?q=G%E1%BA%A7u+T%C3%A0o')).body);
      assert.ok(chief.includes(submitted.id) && chief.includes(trashed.id));
      assert.ok(!chief.includes(draft.id), "another reporter's draft stays private");
      const onlySubmitted = ids((await clients.chief.get('/admin/bai-viet?q=gau+tao&trang-thai=submitted')).body);
      assert.deepEqual(onlySubmitted, [submitted.id]);
      assert.match((await clients.reporter.get('/admin/bai-viet?q=khong+co+bai+nao+nhu+vay')).body, /Không có bài nào/);
    });

    test('no route under /admin changes audit records', async () => {
      const a = await article('submitted');
      const [record] = (await state(a.id)).audit;
      const chief = clients.chief;
      await chief.get('/admin');
      const urls = [
        `/admin/bai-viet/${a.id}/lich-su`,
        `/admin/bai-viet/${a.id}/lich-su/${record.id}`,
        `/admin/bai-viet/${a.id}/lich-su/${record.id}/xoa`,
        `/admin/bai-viet/${a.id}/nhat-ky`,
        `/admin/bai-viet/${a.id}/nhat-ky/${record.id}`,
        `/admin/bai-viet/${a.id}/audit/${record.id}`,
        `/admin/nhat-ky/${record.id}`,
        `/admin/audit`,
        `/admin/audit/${record.id}`,
        `/admin/audit-log/${record.id}`,
      ];
      for (const url of urls) {
        for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
          const response = await chief.request(method, url, { form: { _csrf: chief.token, note: 'sửa', to_status: 'published' } });
          assert.equal(response.statusCode, 404, `${method} ${url}`);
        }
      }
      assert.deepEqual((await state(a.id)).audit, [record]);
    });

    test("articles added whole: checked like the editor's, all or none, searchable at once, their source in the history", async () => {
      const whole = (title: string): ArrivingArticle => ({
        title,
        lead: 'Sapo.',
        bodyHtml: '<p onclick="x()">Phiên chợ vùng cao<script>alert(1)</script></p>',
        sectionId: fixture.sections.news.id,
        status: 'published',
        publishedAt: new Date(Date.now() - HOUR).toISOString(),
        byline: '',
        authorId: null,
      });
      const count = async () => (await db().selectFrom('articles').select('id').execute()).length;
      const before = await count();
      await assert.rejects(
        addArticles(db(), [whole('Chợ phiên Bắc Hà'), whole('')], { source: 'Báo mẫu' }),
        (e: unknown) => e instanceof ContentError && e.errors.title !== undefined,
      );
      assert.equal(await count(), before, 'a bad article refuses the whole batch');

      const added = await addArticle(db(), whole('Chợ phiên Bắc Hà'), { source: 'Báo mẫu' });
      assert.equal(added.body_html, '<p>Phiên chợ vùng cao</p>', "the editor's sanitiser ran");
      assert.equal(added.slug, 'cho-phien-bac-ha');
      assert.deepEqual(
        (await t.app.searchEngine.search('chợ phiên bắc hà')).hits.map((h) => h.id),
        [added.id],
      );
      const history = await clients.chief.get(`/admin/bai-viet/${added.id}/lich-su`);
      assert.equal(history.statusCode, 200);
      assert.match(history.body, /Nhập bài/);
      assert.match(history.body, /Báo mẫu/);
    });

    test('the audit records written at the start are unchanged after the whole suite', async () => {
      const now = await db().selectFrom('audit_log').selectAll().orderBy('id').execute();
      assert.deepEqual(now.slice(0, auditAtStart.length), auditAtStart);
      assert.ok(now.length > auditAtStart.length);
    });
  });
}
