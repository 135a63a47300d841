import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setSetting } from '../src/content/settings.js';
import type { Article } from '../src/db/schema.js';
import { actorFor, assignSections, MANAGING_EDITOR_MAY_PUBLISH } from '../src/newsroom/actors.js';
import { addArticle, saveContent, type ArticleContent } from '../src/newsroom/articles.js';
import { onLiveChange, type LiveChange } from '../src/newsroom/live.js';
import type { Actor, NewsroomPolicy } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition, auditTrail } from '../src/newsroom/workflow.js';
import { latestContent, restoreRevisionLive, workingCopyStep } from '../src/newsroom/working-copy.js';
import { HttpError } from '../src/http-error.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { formOf, NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/**
 * Issue 12, points 1 and 2: edits of a live article stay in a working copy until someone who may
 * publish updates the article, and every path that changes what readers see holds the approval gate.
 */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const OFF: NewsroomPolicy = { managingEditorMayPublish: false };
const ON: NewsroomPolicy = { managingEditorMayPublish: true };
const HALF_TYPED = 'CHƯA XONG – đang kiểm tra lại số liệu';

type Who = 'reporter' | 'editor' | 'managing' | 'chief' | 'admin';
const ROLES = { reporter: 'reporter', editor: 'editor', managing: 'managing_editor', chief: 'editor_in_chief', admin: 'admin' } as const;

for (const dialect of dialects) {
  describe(`live articles and the approval gate (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const clients = {} as Record<Who, NewsroomClient>;
    const actors = {} as Record<Who, Actor>;
    const heard: LiveChange[] = [];
    const db = () => t.db.kysely;

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      for (const who of Object.keys(ROLES) as Who[]) {
        const user = await createUser(db(), { username: who, displayName: `Người ${who}`, role: ROLES[who], password: PASSWORD });
        if (who === 'editor') await assignSections(db(), user.id, [fixture.sections.news.id]);
        actors[who] = await actorFor(db(), user);
        clients[who] = new NewsroomClient(t.app);
        await clients[who].login(who, PASSWORD);
      }
      onLiveChange(
        db(),
        (change) => void heard.push(change),
        (error) => assert.fail(String(error)),
      );
    });
    after(() => t.close());

    let seq = 0;
    /** A published article in the news section, as the demo seeder and imports make them (no revision). */
    async function liveArticle(title = 'Chợ phiên Bắc Hà đông vui ngày cuối tuần'): Promise<Article> {
      seq++;
      return addArticle(db(), {
        title: `${title} ${seq}`,
        lead: 'Hàng trăm người dân các bản kéo về chợ từ sớm.',
        bodyHtml: '<p>Chợ họp từ 6 giờ sáng.</p>',
        sectionId: fixture.sections.news.id,
        status: 'published',
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        byline: 'Thu Hà',
        authorId: fixture.authorId,
        tags: ['Chợ phiên'],
      });
    }

    async function publicPage(article: Pick<Article, 'id'>) {
      return t.app
        .inject({ url: `/thoi-su/bai-${article.id}.html` })
        .then(async (r) => (r.statusCode === 301 ? t.app.inject({ url: String(r.headers.location) }) : r));
    }
    const row = (id: number) => db().selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const changed = (a: Article, title: string): ArticleContent =>
      articleContent(a.section_id, { title, slug: a.slug, lead: a.lead, bodyHtml: `<p>${HALF_TYPED}</p>`, tags: ['Chợ phiên'], byline: a.byline });

    test('autosave of a live article writes a working copy; readers see it only after "Cập nhật bài đã đăng"', async () => {
      const a = await liveArticle();
      heard.length = 0;
      await clients.managing.get(`/admin/bai-viet/${a.id}`);
      const autosaved = await clients.managing.autosave(a.id, { ...formOf(a, { title: `${a.title} (sửa)`, body_html: `<p>${HALF_TYPED}</p>` }), version: 1 });
      assert.equal(autosaved.statusCode, 200);
      assert.equal(autosaved.json().unpublished, true);
      const saved = await clients.managing.post(
        `/admin/bai-viet/${a.id}`,
        formOf(a, { version: '2', title: `${a.title} (sửa)`, body_html: `<p>${HALF_TYPED} nữa</p>` }),
      );
      assert.equal(saved.statusCode, 303);
      assert.match(String(saved.headers.location), /luu-ban-sua=1/);

      const reader = await publicPage(a);
      assert.equal(reader.statusCode, 200);
      assert.doesNotMatch(reader.body, /CHƯA XONG/);
      assert.match(reader.body, /Chợ họp từ 6 giờ sáng/);
      const stored = await row(a.id);
      assert.equal(stored.title, a.title);
      assert.equal(stored.updated_at, a.updated_at, 'the public modification time stays');
      assert.equal(stored.live_version, 1);
      assert.equal(stored.version, 3);
      assert.deepEqual(heard, []);

      const screen = await clients.managing.get(`/admin/bai-viet/${a.id}`);
      assert.match(screen.body, /Bài đang đăng trên trang báo/);
      assert.match(screen.body, /Có thay đổi chưa đăng/);
      assert.match(screen.body, /CHƯA XONG/, 'the editor shows the working copy');
      assert.match(screen.body, /Lưu bản sửa \(chưa đăng\)/);

      const diff = await clients.managing.get(`/admin/bai-viet/${a.id}/thay-doi`);
      assert.equal(diff.statusCode, 200);
      assert.match(diff.body, /<del>Chợ họp từ 6 giờ sáng\.<\/del>|<del>[^<]*Chợ họp/);
      assert.match(diff.body, /<ins>[^<]*CHƯA XONG/);
      assert.doesNotMatch(diff.body, /data-step="update_live"/, 'a managing editor who may not publish gets no update button');
      assert.match(diff.body, /data-step="submit_changes"/);

      const refused = await clients.managing.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'update_live', version: '3' });
      assert.equal(refused.statusCode, 403);
      assert.doesNotMatch((await publicPage(a)).body, /CHƯA XONG/);

      const submitted = await clients.managing.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'submit_changes', version: '3' });
      assert.equal(submitted.statusCode, 303);
      assert.ok((await row(a.id)).changes_submitted_at);

      const desk = await clients.chief.get('/admin');
      assert.match(desk.body, /Bài đã đăng có thay đổi chờ duyệt[\s\S]*Chợ phiên Bắc Hà/);
      assert.doesNotMatch((await clients.reporter.get('/admin')).body, /thay đổi chờ duyệt/);
      const chiefView = await clients.chief.get(`/admin/bai-viet/${a.id}/thay-doi`);
      assert.match(chiefView.body, /data-step="update_live"/);
      assert.match(chiefView.body, /đã gửi duyệt lúc/);
      const stale = await clients.chief.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'update_live', version: '2' });
      assert.equal(stale.statusCode, 409, 'nobody publishes a version they did not see');
      assert.doesNotMatch((await publicPage(a)).body, /CHƯA XONG/);
      const updated = await clients.chief.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'update_live', version: '3', note: 'Đã kiểm tra số liệu' });
      assert.equal(updated.statusCode, 303);

      assert.match((await publicPage(a)).body, /CHƯA XONG – đang kiểm tra lại số liệu nữa/);
      const live = await row(a.id);
      assert.equal(live.live_version, null);
      assert.equal(live.changes_submitted_at, null);
      assert.equal(live.title, `${a.title} (sửa)`);
      const trail = await auditTrail(db(), a.id);
      assert.deepEqual(
        trail.map((r) => [r.action, r.role, r.from_status, r.to_status]),
        [
          ['submit_changes', 'managing_editor', 'published', 'published'],
          ['update_live', 'editor_in_chief', 'published', 'published'],
        ],
      );
      assert.equal(trail.at(-1)?.note, 'Đã kiểm tra số liệu');
      assert.deepEqual(heard, [{ articleId: a.id, kind: 'updated' }]);
      const history = await clients.chief.get(`/admin/bai-viet/${a.id}/lich-su`);
      assert.match(history.body, /Cập nhật bài đã đăng/);
      assert.match(history.body, /Gửi duyệt thay đổi/);
    });

    test('bad steps on a working copy are refused with a reason and change nothing', async () => {
      const a = await liveArticle();
      await clients.chief.get(`/admin/bai-viet/${a.id}`);
      const nothing = await clients.chief.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'update_live', version: '1' });
      assert.equal(nothing.statusCode, 409);
      assert.match(nothing.body, /không có thay đổi nào chưa đăng/);
      assert.equal((await clients.chief.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'toString', version: '1' })).statusCode, 400);
      assert.equal((await clients.reporter.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'discard_changes', version: '1' })).statusCode, 403);
      assert.equal((await clients.chief.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'update_live', version: '1' }, false)).statusCode, 403, 'CSRF');
      assert.deepEqual(await auditTrail(db(), a.id), []);
      assert.deepEqual(await row(a.id), a);
    });

    test('dropping a working copy keeps what readers see and puts it back in the editor', async () => {
      const a = await liveArticle();
      await saveContent(db(), actors.managing, a.id, changed(a, 'Tiêu đề tạm'), { baseVersion: 1, policy: OFF });
      await clients.managing.get(`/admin/bai-viet/${a.id}/thay-doi`);
      const dropped = await clients.managing.post(`/admin/bai-viet/${a.id}/thay-doi`, { name: 'discard_changes', version: '2' });
      assert.equal(dropped.statusCode, 303);
      const after = await row(a.id);
      assert.equal(after.live_version, null);
      assert.equal(after.version, 3);
      assert.equal(after.title, a.title);
      assert.equal((await latestContent(db(), after)).title, a.title);
      assert.deepEqual(
        (await auditTrail(db(), a.id)).map((r) => r.action),
        ['discard_changes'],
      );
    });

    test('restoring a revision of a live article asks first, goes to the working copy, and goes live only by a publisher', async () => {
      const a = await liveArticle();
      // Version 2 is live (updated by the chief); version 1 is the original.
      await saveContent(db(), actors.chief, a.id, changed(a, 'Phiên bản hai'), { baseVersion: 1, policy: OFF });
      await workingCopyStep(db(), actors.chief, a.id, { step: 'update_live', baseVersion: 2 }, OFF);
      heard.length = 0;

      const confirm = await clients.managing.get(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Khôi phục phiên bản 1\?/);
      assert.match(confirm.body, /bản khôi phục được lưu thành bản sửa/);
      assert.doesNotMatch(confirm.body, /Khôi phục và cập nhật bài đã đăng ngay/);
      assert.match(confirm.body, /<del>Phiên bản hai<\/del>/);
      const sneaky = await clients.managing.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: '2', 'xac-nhan': '1', 'cap-nhat': '1' });
      assert.equal(sneaky.statusCode, 403);
      assert.equal((await row(a.id)).version, 2);

      const restored = await clients.managing.post(`/admin/bai-viet/${a.id}/lich-su/1/khoi-phuc`, { version: '2', 'xac-nhan': '1' });
      assert.equal(restored.statusCode, 303);
      assert.match((await clients.managing.get(String(restored.headers.location))).body, /Bạn đọc chưa thấy thay đổi này/);
      assert.equal((await row(a.id)).title, 'Phiên bản hai', 'readers still see version 2');
      assert.match((await publicPage(a)).body, /Phiên bản hai/);
      assert.deepEqual(heard, []);

      await assert.rejects(restoreRevisionLive(db(), actors.managing, a.id, 1, 3, OFF), (e: unknown) => e instanceof HttpError && e.statusCode === 403);
      await clients.chief.get(`/admin/bai-viet/${a.id}/lich-su/2/khoi-phuc`);
      const now = await clients.chief.post(`/admin/bai-viet/${a.id}/lich-su/2/khoi-phuc`, { version: '3', 'xac-nhan': '1', 'cap-nhat': '1' });
      assert.equal(now.statusCode, 303);
      assert.equal((await row(a.id)).title, 'Phiên bản hai');
      assert.equal((await row(a.id)).live_version, null);
      const actions = (await auditTrail(db(), a.id)).map((r) => `${r.action}:${r.role}`);
      assert.deepEqual(actions, [
        'update_live:editor_in_chief',
        'restore_revision:managing_editor',
        'restore_revision:editor_in_chief',
        'update_live:editor_in_chief',
      ]);
      assert.deepEqual(heard, [{ articleId: a.id, kind: 'updated' }]);
    });

    test('taking a live article down folds its working copy into it; going live again is heard', async () => {
      const a = await liveArticle();
      await saveContent(db(), actors.chief, a.id, changed(a, 'Bản sửa chưa đăng'), { baseVersion: 1, policy: OFF });
      heard.length = 0;
      await applyTransition(db(), actors.chief, a.id, { name: 'unpublish' }, OFF);
      const down = await row(a.id);
      assert.equal(down.status, 'unpublished');
      assert.equal(down.title, 'Bản sửa chưa đăng');
      assert.equal(down.live_version, null);
      await applyTransition(db(), actors.chief, a.id, { name: 'publish' }, OFF);
      assert.deepEqual(heard, [
        { articleId: a.id, kind: 'unpublished' },
        { articleId: a.id, kind: 'published' },
      ]);
    });

    test('a scheduled article is changed only by those who may publish', async () => {
      const a = await liveArticle();
      await db()
        .updateTable('articles')
        .set({ status: 'scheduled', published_at: new Date(Date.now() + 3_600_000).toISOString() })
        .where('id', '=', a.id)
        .execute();
      const scheduled = await row(a.id);
      await assert.rejects(
        saveContent(db(), actors.managing, a.id, changed(scheduled, 'Lén sửa'), { baseVersion: 1, policy: OFF }),
        (e: unknown) => e instanceof HttpError && e.statusCode === 403,
      );
      const page = await clients.managing.get(`/admin/bai-viet/${a.id}`);
      assert.doesNotMatch(page.body, /id="article-form"/);
      const saved = await saveContent(db(), actors.managing, a.id, changed(scheduled, 'Được sửa'), { baseVersion: 1, policy: ON });
      assert.equal(saved.title, 'Được sửa');
    });

    // The approval gate, per role and path. `managing+` is the managing editor with the site
    // setting managing_editor_may_publish on; the same table decides all of them.
    type Path = 'publish' | 'schedule' | 'update_live' | 'restore_live' | 'unpublish' | 'trash';
    const PATHS: Path[] = ['publish', 'schedule', 'update_live', 'restore_live', 'unpublish', 'trash'];
    const ACTORS = ['reporter', 'editor', 'managing', 'managing+', 'chief', 'admin'] as const;
    const MAY: Record<Path, (typeof ACTORS)[number][]> = {
      publish: ['managing+', 'chief'],
      schedule: ['managing+', 'chief'],
      update_live: ['managing+', 'chief'],
      restore_live: ['managing+', 'chief'],
      unpublish: ['managing+', 'chief'],
      trash: ['chief'],
    };

    async function prepare(path: Path): Promise<Article> {
      const a = await liveArticle('Đường lên Y Tý');
      if (path === 'publish' || path === 'schedule') {
        await db().updateTable('articles').set({ status: 'edited', published_at: null }).where('id', '=', a.id).execute();
      }
      if (path === 'update_live') await saveContent(db(), actors.chief, a.id, changed(a, 'Bản sửa'), { baseVersion: 1, policy: OFF });
      if (path === 'restore_live') {
        await saveContent(db(), actors.chief, a.id, changed(a, 'Bản hai'), { baseVersion: 1, policy: OFF });
        await workingCopyStep(db(), actors.chief, a.id, { step: 'update_live', baseVersion: 2 }, OFF);
      }
      return row(a.id);
    }

    function take(path: Path, actor: Actor, policy: NewsroomPolicy, a: Article) {
      switch (path) {
        case 'update_live':
          return workingCopyStep(db(), actor, a.id, { step: 'update_live', baseVersion: a.version }, policy);
        case 'restore_live':
          return restoreRevisionLive(db(), actor, a.id, 1, a.version, policy);
        default:
          return applyTransition(db(), actor, a.id, { name: path, publishAt: new Date(Date.now() + 3_600_000) }, policy);
      }
    }

    for (const path of PATHS) {
      for (const who of ACTORS) {
        const may = MAY[path].includes(who);
        test(`gate: ${who} ${may ? 'may' : 'may not'} ${path}`, async () => {
          const a = await prepare(path);
          const auditBefore = (await auditTrail(db(), a.id)).length;
          const actor = actors[who === 'managing+' ? 'managing' : who];
          const policy = who === 'managing+' ? ON : OFF;
          heard.length = 0;
          if (may) {
            await take(path, actor, policy, a);
            const trail = await auditTrail(db(), a.id);
            assert.ok(trail.length > auditBefore, 'an audit record');
            assert.equal(trail.at(-1)?.role, actor.role);
            if (path !== 'schedule') assert.equal(heard.length, 1, 'readers-visible change is announced once');
          } else {
            await assert.rejects(take(path, actor, policy, a), (e: unknown) => e instanceof HttpError && e.statusCode === 403);
            assert.deepEqual(await row(a.id), a, 'nothing changed');
            assert.equal((await auditTrail(db(), a.id)).length, auditBefore);
            assert.deepEqual(heard, []);
          }
        });
      }
    }

    test('gate over HTTP: the managing editor schedules only with the setting on', async () => {
      const a = await prepare('schedule');
      await clients.managing.get(`/admin/bai-viet/${a.id}`);
      const refused = await clients.managing.post(`/admin/bai-viet/${a.id}/chuyen`, { name: 'schedule', publish_at: '2099-01-02T08:30' });
      assert.equal(refused.statusCode, 403);
      assert.equal((await row(a.id)).status, 'edited');
      await setSetting(db(), MANAGING_EDITOR_MAY_PUBLISH, '1');
      try {
        const page = await clients.managing.get(`/admin/bai-viet/${a.id}`);
        assert.match(page.body, /data-transition="schedule"/);
        const allowed = await clients.managing.post(`/admin/bai-viet/${a.id}/chuyen`, { name: 'schedule', publish_at: '2099-01-02T08:30' });
        assert.equal(allowed.statusCode, 303);
        assert.equal((await row(a.id)).status, 'scheduled');
      } finally {
        await setSetting(db(), MANAGING_EDITOR_MAY_PUBLISH, '0');
      }
    });
  });
}
