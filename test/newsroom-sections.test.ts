import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/** Issue 12, point 3: a section includes its subsections; an editor without sections is told why and who can help. */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const POLICY = { managingEditorMayPublish: false };

for (const dialect of dialects) {
  describe(`editors' sections include subsections (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const db = () => t.db.kysely;
    const clients: Record<'economy' | 'farming' | 'none' | 'admin', NewsroomClient> = {} as never;

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      for (const [key, role] of [
        ['economy', 'editor'],
        ['farming', 'editor'],
        ['none', 'editor'],
        ['admin', 'admin'],
      ] as const) {
        const user = await createUser(db(), {
          username: `bt-${key}`,
          displayName: key === 'admin' ? 'Lê Quản Trị' : `Biên tập ${key}`,
          role,
          password: PASSWORD,
        });
        if (key === 'economy') await assignSections(db(), user.id, [fixture.sections.economy.id]);
        if (key === 'farming') await assignSections(db(), user.id, [fixture.sections.farming.id]);
        clients[key] = new NewsroomClient(t.app);
        await clients[key].login(`bt-${key}`, PASSWORD);
      }
    });
    after(() => t.close());

    async function submitted(sectionId: number, title: string) {
      const reporter = await actorFor(db(), { id: fixture.authorId, role: 'reporter' });
      const draft = await createDraft(
        db(),
        reporter,
        articleContent(sectionId, { title, lead: '', bodyHtml: '<p>Giá phân bón giảm.</p>', byline: '' }),
        POLICY,
      );
      await applyTransition(db(), reporter, draft.id, { name: 'submit' }, POLICY);
      return draft;
    }

    test('an editor of "Kinh tế" sees, edits and forwards an article of "Nông nghiệp"; one of "Nông nghiệp" does not reach up', async () => {
      const farmingArticle = await submitted(fixture.sections.farming.id, 'Giá phân bón giảm mạnh');
      const economyArticle = await submitted(fixture.sections.economy.id, 'Xuất khẩu gạo tăng');
      const list = await clients.economy.get('/admin/bai-viet');
      assert.match(list.body, /Giá phân bón giảm mạnh/);
      assert.match(list.body, /Xuất khẩu gạo tăng/);
      assert.match((await clients.economy.get('/admin')).body, /Chờ tôi xử lý[\s\S]*Giá phân bón giảm mạnh/);
      const page = await clients.economy.get(`/admin/bai-viet/${farmingArticle.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /id="article-form"/);
      assert.equal((await clients.economy.post(`/admin/bai-viet/${farmingArticle.id}/chuyen`, { name: 'forward' })).statusCode, 303);

      assert.doesNotMatch((await clients.farming.get('/admin/bai-viet')).body, /Xuất khẩu gạo tăng/);
      assert.equal((await clients.farming.get(`/admin/bai-viet/${economyArticle.id}`)).statusCode, 403);
    });

    test('a subsection added later is covered too', async () => {
      const tourism = await createSection(db(), { name: 'Du lịch', slug: 'du-lich', parentId: fixture.sections.economy.id, position: 5 });
      const article = await submitted(tourism.id, 'Sa Pa đón khách đầu mùa');
      assert.equal((await clients.economy.get(`/admin/bai-viet/${article.id}`)).statusCode, 200);
    });

    test('the user screen shows sections as a tree and what an assignment covers', async () => {
      const page = (await clients.admin.get('/admin/nguoi-dung')).body;
      // Nông nghiệp is a checkbox inside Kinh tế's own list item.
      assert.match(
        page,
        /<li><label class="checkbox"><input type="checkbox" name="sections" value="\d+"\/> Kinh tế<\/label><ul class="section-tree"><li><label class="checkbox"><input type="checkbox" name="sections" value="\d+"\/> Nông nghiệp/,
      );
      assert.match(page, /Kinh tế \(và Nông nghiệp/);
    });

    test('an editor without sections is told so, and who can fix it', async () => {
      const page = (await clients.none.get('/admin')).body;
      assert.match(
        page,
        /Bạn chưa được giao chuyên mục nào, nên chưa có bài nào chờ bạn biên tập\. Quản trị viên \(Lê Quản Trị\) có thể giao chuyên mục cho bạn/,
      );
      assert.doesNotMatch((await clients.economy.get('/admin')).body, /chưa được giao chuyên mục/);
    });
  });
}
