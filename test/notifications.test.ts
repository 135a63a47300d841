import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { issueFormToken } from '../src/comments/form-token.js';
import { moderateComments } from '../src/comments/moderation.js';
import type { UserRole } from '../src/db/schema.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { addArticle, createDraft, saveContent } from '../src/newsroom/articles.js';
import type { Actor } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition, publishDue } from '../src/newsroom/workflow.js';
import { workingCopyStep } from '../src/newsroom/working-copy.js';
import { createTestApp, readerCookie, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/** Issue 12, point 7: in-app notifications, with a count in the menu and a list. */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const POLICY = { managingEditorMayPublish: false };
type Who = 'reporter' | 'farmingEditor' | 'economyEditor' | 'newsEditor' | 'managing' | 'chief';
const ROLES: Record<Who, UserRole> = {
  reporter: 'reporter',
  farmingEditor: 'editor',
  economyEditor: 'editor',
  newsEditor: 'editor',
  managing: 'managing_editor',
  chief: 'editor_in_chief',
};

for (const dialect of dialects) {
  describe(`notifications (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const db = () => t.db.kysely;
    const actors = {} as Record<Who, Actor>;
    const clients = {} as Record<Who, NewsroomClient>;

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      for (const who of Object.keys(ROLES) as Who[]) {
        const user = await createUser(db(), { username: who.toLowerCase(), displayName: `Người ${who}`, role: ROLES[who], password: PASSWORD });
        const section = { farmingEditor: fixture.sections.farming, economyEditor: fixture.sections.economy, newsEditor: fixture.sections.news }[
          who as 'farmingEditor'
        ];
        if (section) await assignSections(db(), user.id, [section.id]);
        actors[who] = await actorFor(db(), user);
        clients[who] = new NewsroomClient(t.app);
        await clients[who].login(who.toLowerCase(), PASSWORD);
      }
    });
    after(() => t.close());

    const kinds = async (who: Who) =>
      (
        await db()
          .selectFrom('notifications')
          .select(['kind', 'article_id'])
          .where('user_id', '=', actors[who].id)
          .where('read_at', 'is', null)
          .orderBy('id')
          .execute()
      ).map((r) => `${r.kind}:${r.article_id}`);
    const menuCount = async (who: Who) => /<span class="nav-count"[^>]*> ?(\d+)<\/span>/.exec((await clients[who].get('/admin')).body)?.[1] ?? '0';

    test('submit, return, forward and publish tell the people each step concerns, never the one who took it', async () => {
      const draft = await createDraft(
        db(),
        actors.reporter,
        articleContent(fixture.sections.farming.id, { title: 'Giá phân bón giảm', lead: '', bodyHtml: '<p>Giảm 10%.</p>', byline: '' }),
        POLICY,
      );
      await applyTransition(db(), actors.reporter, draft.id, { name: 'submit' }, POLICY);
      assert.deepEqual(await kinds('farmingEditor'), [`waiting:${draft.id}`]);
      assert.deepEqual(await kinds('economyEditor'), [`waiting:${draft.id}`], 'the parent section’s editor too');
      assert.deepEqual(await kinds('newsEditor'), []);
      assert.deepEqual(await kinds('managing'), [`waiting:${draft.id}`]);
      assert.deepEqual(await kinds('reporter'), []);
      assert.equal(await menuCount('farmingEditor'), '1');

      await applyTransition(db(), actors.farmingEditor, draft.id, { name: 'return', note: 'Thiếu nguồn số liệu.' }, POLICY);
      assert.deepEqual(await kinds('reporter'), [`returned:${draft.id}`]);
      assert.equal(await menuCount('reporter'), '1');
      const list = (await clients.reporter.get('/admin/thong-bao')).body;
      assert.match(list, /Người farmingEditor đã trả lại bài của bạn: <strong>Giá phân bón giảm<\/strong>/);
      assert.match(list, /Thiếu nguồn số liệu\./);
      const id = (await db().selectFrom('notifications').select('id').where('user_id', '=', actors.reporter.id).executeTakeFirstOrThrow()).id;

      const stranger = await clients.chief.get(`/admin/thong-bao/${id}`);
      assert.equal(stranger.headers.location, '/admin/thong-bao', 'someone else’s notification is neither opened nor marked');
      assert.deepEqual(await kinds('reporter'), [`returned:${draft.id}`]);
      const opened = await clients.reporter.get(`/admin/thong-bao/${id}`);
      assert.equal(opened.statusCode, 303);
      assert.equal(opened.headers.location, `/admin/bai-viet/${draft.id}`);
      assert.equal(await menuCount('reporter'), '0');

      await applyTransition(db(), actors.reporter, draft.id, { name: 'submit' }, POLICY);
      await applyTransition(db(), actors.managing, draft.id, { name: 'forward' }, POLICY);
      assert.ok((await kinds('chief')).includes(`waiting:${draft.id}`));
      await applyTransition(db(), actors.chief, draft.id, { name: 'publish' }, POLICY);
      assert.deepEqual(await kinds('reporter'), [`published:${draft.id}`]);

      await clients.farmingEditor.get('/admin/thong-bao');
      assert.equal((await clients.farmingEditor.post('/admin/thong-bao/da-doc')).statusCode, 303);
      assert.deepEqual(await kinds('farmingEditor'), []);
      assert.equal((await clients.farmingEditor.post('/admin/thong-bao/da-doc', {}, false)).statusCode, 403, 'CSRF');
    });

    test('the scheduler tells the author; live changes sent for approval tell those who may publish', async () => {
      const article = await addArticle(db(), {
        title: 'Lễ hội xuống đồng',
        lead: '',
        bodyHtml: '<p>Lễ hội.</p>',
        sectionId: fixture.sections.news.id,
        status: 'scheduled',
        publishedAt: new Date(Date.now() - 1000).toISOString(),
        byline: '',
        authorId: actors.reporter.id,
        tags: [],
      });
      await db().updateTable('notifications').set({ read_at: new Date().toISOString() }).execute();
      await publishDue(db());
      assert.deepEqual(await kinds('reporter'), [`published:${article.id}`]);
      assert.match((await clients.reporter.get('/admin/thong-bao')).body, /Bài của bạn đã được đăng theo giờ hẹn/);

      await saveContent(
        db(),
        actors.managing,
        article.id,
        articleContent(fixture.sections.news.id, { title: 'Lễ hội xuống đồng ở Y Tý', lead: '', bodyHtml: '<p>Lễ hội.</p>', byline: '' }),
        { baseVersion: 1, policy: POLICY },
      );
      await workingCopyStep(db(), actors.managing, article.id, { step: 'submit_changes', baseVersion: 2 }, POLICY);
      assert.deepEqual(await kinds('chief'), [`changes_waiting:${article.id}`]);
      assert.ok(!(await kinds('managing')).includes(`changes_waiting:${article.id}`));
    });

    test('comments waiting on an article: one unread notice per person and article, refreshed, never one per comment', async () => {
      const article = await addArticle(db(), {
        title: 'Mùa lúa chín ở Mù Cang Chải',
        lead: '',
        bodyHtml: '<p>Lúa chín.</p>',
        sectionId: fixture.sections.farming.id,
        status: 'published',
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        byline: '',
        authorId: actors.reporter.id,
        tags: [],
      });
      await db().updateTable('notifications').set({ read_at: new Date().toISOString() }).execute();
      const comment = async (n: number) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/binh-luan',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: await readerCookie(t.app) },
          payload: new URLSearchParams({
            article_id: String(article.id),
            name: 'Bạn đọc',
            email: '',
            body: `Bình luận số ${n} về mùa lúa.`,
            website: '',
            token: issueFormToken(t.app.secrets.form, article.id),
          }).toString(),
          remoteAddress: `10.9.0.${n}`,
        });
        assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      };
      await comment(1);
      await comment(2);
      await comment(3);
      assert.deepEqual(await kinds('reporter'), [`comments_waiting:${article.id}`], 'the author: one notice for three comments');
      assert.deepEqual(await kinds('farmingEditor'), [`comments_waiting:${article.id}`], 'the section’s editor moderates it');
      assert.deepEqual(await kinds('newsEditor'), [], 'another section’s editor is not told');
      assert.equal(await menuCount('reporter'), '1');
      const list = (await clients.reporter.get('/admin/thong-bao')).body;
      assert.match(list, /Bạn đọc gửi bình luận đang chờ duyệt ở bài: <strong>Mùa lúa chín ở Mù Cang Chải<\/strong>/);
      assert.match(list, /3 bình luận đang chờ duyệt/);

      // Once read, the next comment is news again: a new notice.
      await clients.reporter.post('/admin/thong-bao/da-doc');
      await comment(4);
      assert.deepEqual(await kinds('reporter'), [`comments_waiting:${article.id}`]);
      assert.match((await clients.reporter.get('/admin/thong-bao')).body, /4 bình luận đang chờ duyệt/);
      const all = await db()
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', actors.reporter.id)
        .where('kind', '=', 'comments_waiting')
        .execute();
      assert.equal(all.length, 2);

      // Moderation brings the count down, and once nothing waits the notice is no longer unread.
      const pending = (
        await db().selectFrom('comments').select('id').where('article_id', '=', article.id).where('status', '=', 'pending').orderBy('id').execute()
      ).map((c) => c.id);
      assert.deepEqual(await moderateComments(db(), pending.slice(0, 3), 'approve', actors.farmingEditor.id), { ok: true, changed: 3 });
      assert.match((await clients.reporter.get('/admin/thong-bao')).body, /1 bình luận đang chờ duyệt/);
      assert.deepEqual(await moderateComments(db(), pending.slice(3), 'spam', actors.farmingEditor.id), { ok: true, changed: 1 });
      assert.deepEqual(await kinds('reporter'), []);
      assert.deepEqual(await kinds('farmingEditor'), []);
    });
  });
}
