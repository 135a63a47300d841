import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ArticleStatus } from '../src/db/schema.js';
import { actorFor } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/** Issue 12, point 7: the workflow panel first, steps that look like what they do, the reporter's articles in every state. */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const POLICY = { managingEditorMayPublish: false };

for (const dialect of dialects) {
  describe(`the desk's screens (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const db = () => t.db.kysely;
    let reporter: NewsroomClient;
    let chief: NewsroomClient;
    let reporterId = 0;

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      reporterId = (await createUser(db(), { username: 'pv', displayName: 'Lò Thị Mai', role: 'reporter', password: PASSWORD })).id;
      await createUser(db(), { username: 'tbt', displayName: 'Nguyễn Quốc Hùng', role: 'editor_in_chief', password: PASSWORD });
      reporter = new NewsroomClient(t.app);
      await reporter.login('pv', PASSWORD);
      chief = new NewsroomClient(t.app);
      await chief.login('tbt', PASSWORD);
    });
    after(() => t.close());

    async function article(title: string, status: ArticleStatus) {
      const actor = await actorFor(db(), { id: reporterId, role: 'reporter' });
      const draft = await createDraft(db(), actor, articleContent(fixture.sections.news.id, { title, lead: '', byline: '' }), POLICY);
      if (status !== 'draft')
        await db()
          .updateTable('articles')
          .set({ status, published_at: status === 'published' ? new Date().toISOString() : null })
          .where('id', '=', draft.id)
          .execute();
      return draft;
    }

    test("the reporter's dashboard lists their articles in every state", async () => {
      const states: ArticleStatus[] = ['submitted', 'edited', 'scheduled', 'published', 'returned', 'unpublished'];
      for (const status of states) await article(`Bài trạng thái ${status}`, status);
      const page = (await reporter.get('/admin')).body;
      const mine = page.slice(page.indexOf('id="bai-cua-toi"'));
      for (const status of states) assert.match(mine, new RegExp(`Bài trạng thái ${status}`), status);
      for (const label of ['Chờ biên tập', 'Chờ duyệt', 'Đã đăng', 'Trả lại', 'Đã gỡ']) assert.match(mine, new RegExp(label));
    });

    test('the workflow panel comes first, with the latest return note above the steps, and destructive steps marked', async () => {
      const a = await article('Bài bị trả lại có ghi chú', 'draft');
      const actor = await actorFor(db(), { id: reporterId, role: 'reporter' });
      await applyTransition(db(), actor, a.id, { name: 'submit' }, POLICY);
      const chiefActor = await actorFor(db(), await db().selectFrom('users').selectAll().where('username', '=', 'tbt').executeTakeFirstOrThrow());
      await applyTransition(db(), chiefActor, a.id, { name: 'return', note: 'Thiếu nguồn số liệu.' }, POLICY);
      const page = (await reporter.get(`/admin/bai-viet/${a.id}`)).body;
      const panel = page.indexOf('class="panel workflow"');
      const note = page.indexOf('Thiếu nguồn số liệu.');
      const steps = page.indexOf('class="workflow-steps"');
      const form = page.indexOf('id="article-form"');
      assert.ok(panel > 0 && panel < note && note < steps && steps < form, 'panel, then note, then steps, then the form');

      const b = await article('Bài đang đăng để gỡ', 'published');
      const live = (await chief.get(`/admin/bai-viet/${b.id}`)).body;
      assert.match(live, /class="button button-danger" data-kind="danger">Gỡ bài<\/button><p class="hint">Bài rời trang báo ngay\.<\/p>/);
      assert.match(live, /class="button button-danger" data-kind="danger">Chuyển vào thùng rác/);
      const c = await article('Bài chờ biên tập', 'submitted');
      const submitted = (await chief.get(`/admin/bai-viet/${c.id}`)).body;
      assert.match(submitted, /class="button" data-kind="primary">Chuyển duyệt/);
      assert.match(submitted, /class="button button-warn" data-kind="warn">Trả lại/);
    });
  });
}
