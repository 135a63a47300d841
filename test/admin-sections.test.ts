import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSection } from '../src/content/sections.js';
import { articlePath } from '../src/content/urls.js';
import type { Section } from '../src/db/schema.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { assertCsrfRefused, assertOnlyRoles, loginAllRoles, snapshot, type RoleClients } from './helpers/role-clients.js';

const LIST = '/admin/chuyen-muc';

function sectionForm(section: Pick<Section, 'name' | 'slug' | 'parent_id' | 'description'>, changes: Record<string, string> = {}): Record<string, string> {
  return {
    name: section.name,
    slug: section.slug,
    parent_id: section.parent_id === null ? '' : String(section.parent_id),
    description: section.description,
    in_menu: '1',
    ...changes,
  };
}

for (const dialect of dialects) {
  describe(`sections screen (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let clients: RoleClients;

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 3);
      clients = await loginAllRoles(t);
    });
    after(() => t.close());

    const db = () => t.db.kysely;
    const byId = (id: number) => db().selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const byPath = (path: string) => db().selectFrom('sections').selectAll().where('path', '=', path).executeTakeFirst();

    test('the administrator sees the tree and creates a section with a slug made from the name', async () => {
      const admin = clients.admin;
      const page = await admin.get(LIST);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Cây chuyên mục/);
      assert.match(page.body, /\/kinh-te\/nong-nghiep/);

      const created = await admin.post(LIST, { name: 'Văn hóa - Xã hội', slug: '', parent_id: '', description: '', in_menu: '1' });
      assert.equal(created.statusCode, 303);
      const section = await byPath('van-hoa-xa-hoi');
      assert.ok(section);
      assert.equal(section.name, 'Văn hóa - Xã hội');
      assert.equal(section.parent_id, null);
      assert.match((await admin.get(`${LIST}?xong=da-them`)).body, /Đã thêm chuyên mục/);

      const child = await admin.post(LIST, {
        name: 'Du lịch',
        slug: 'du-lich-xanh',
        parent_id: String(fx.sections.economy.id),
        description: 'Du lịch vùng cao',
      });
      assert.equal(child.statusCode, 303);
      const sub = await byPath('kinh-te/du-lich-xanh');
      assert.ok(sub);
      assert.equal(sub.in_menu, 0, 'an unticked checkbox hides the section from the menu');
      const menu = await t.app.inject({ url: '/kinh-te/du-lich-xanh' });
      assert.equal(menu.statusCode, 200, 'the new subsection has its page at once');
    });

    test('bad input brings the form back with a message and creates nothing', async () => {
      const admin = clients.admin;
      const cases: [Record<string, string>, RegExp][] = [
        [{ name: '   ', slug: '' }, /Cần có tên chuyên mục/],
        [
          { name: 'Thời sự mới', slug: 'thoi-su' },
          /Đã có chuyên mục với đường dẫn &quot;thoi-su&quot; ở cùng cấp|Đã có chuyên mục với đường dẫn "thoi-su" ở cùng cấp/,
        ],
        [{ name: 'Có dấu', slug: 'Có Dấu' }, /Đường dẫn chỉ gồm chữ thường không dấu/],
        [{ name: 'Quản trị', slug: 'admin' }, /trùng với một trang có sẵn/],
        [{ name: '!!!', slug: '' }, /Cần có đường dẫn/],
        [{ name: 'Mồ côi', slug: 'mo-coi', parent_id: '999999' }, /Chuyên mục cha không tồn tại/],
        [{ name: 'Lạc', slug: 'lac', parent_id: 'abc' }, /Chuyên mục cha không tồn tại/],
        [{ name: 'Quá sâu', slug: 'qua-sau', parent_id: String(fx.sections.farming.id) }, /chỉ có 2 cấp/],
      ];
      for (const [form, message] of cases) {
        const before = await snapshot(db());
        const response = await admin.post(LIST, { parent_id: '', description: '', ...form });
        assert.equal(response.statusCode, 400, JSON.stringify(form));
        assert.match(response.body, message);
        assert.match(response.body, /<form method="post" action="\/admin\/chuyen-muc"/);
        assert.equal(await snapshot(db()), before);
      }
      // The same slug under another parent is fine: uniqueness is among siblings.
      const sameSlug = await admin.post(LIST, { name: 'Thời sự kinh tế', slug: 'thoi-su', parent_id: String(fx.sections.economy.id) });
      assert.equal(sameSlug.statusCode, 303);
      assert.ok(await byPath('kinh-te/thoi-su'));
    });

    test('renaming a slug rewrites the paths below it, and old article URLs redirect to the new ones', async () => {
      const admin = clients.admin;
      const economy = await byId(fx.sections.economy.id);
      const farmingArticle = fx.articles[1];
      const oldUrl = articlePath('kinh-te/nong-nghiep', farmingArticle.slug, farmingArticle.id);
      await admin.get(`${LIST}/${economy.id}`);
      const saved = await admin.post(`${LIST}/${economy.id}`, sectionForm(economy, { name: 'Kinh tế - Tài chính', slug: 'kinh-te-tai-chinh' }));
      assert.equal(saved.statusCode, 303);
      assert.equal((await byId(economy.id)).path, 'kinh-te-tai-chinh');
      assert.equal((await byId(economy.id)).name, 'Kinh tế - Tài chính');
      assert.equal((await byId(fx.sections.farming.id)).path, 'kinh-te-tai-chinh/nong-nghiep');
      assert.ok(await byPath('kinh-te-tai-chinh/thoi-su'), 'every descendant follows');
      const redirect = await t.app.inject({ url: oldUrl });
      assert.equal(redirect.statusCode, 301);
      assert.equal(redirect.headers.location, articlePath('kinh-te-tai-chinh/nong-nghiep', farmingArticle.slug, farmingArticle.id));
      assert.equal((await t.app.inject({ url: redirect.headers.location as string })).statusCode, 200);
    });

    test('moving a section changes its parent and path; cycles and a third level are refused', async () => {
      const admin = clients.admin;
      const farming = await byId(fx.sections.farming.id);
      const economy = await byId(fx.sections.economy.id);
      const moved = await admin.post(`${LIST}/${farming.id}`, sectionForm(farming, { parent_id: String(fx.sections.news.id) }));
      assert.equal(moved.statusCode, 303);
      const after = await byId(farming.id);
      assert.equal(after.parent_id, fx.sections.news.id);
      assert.equal(after.path, 'thoi-su/nong-nghiep');
      const article = fx.articles[1];
      const redirect = await t.app.inject({ url: articlePath('kinh-te-tai-chinh/nong-nghiep', article.slug, article.id) });
      assert.equal(redirect.headers.location, articlePath('thoi-su/nong-nghiep', article.slug, article.id));

      // Back under economy, then try to put economy under its own child, and under itself.
      assert.equal((await admin.post(`${LIST}/${farming.id}`, sectionForm(after, { parent_id: String(economy.id) }))).statusCode, 303);
      for (const parent of [farming.id, economy.id]) {
        const before = await snapshot(db());
        const refused = await admin.post(`${LIST}/${economy.id}`, sectionForm(economy, { parent_id: String(parent) }));
        assert.equal(refused.statusCode, 400);
        assert.match(refused.body, /Không thể chuyển một chuyên mục vào chính nó hoặc vào chuyên mục con của nó/);
        assert.equal(await snapshot(db()), before);
      }
      // Economy has subsections: under news they would be a third level.
      const before = await snapshot(db());
      const tooDeep = await admin.post(`${LIST}/${economy.id}`, sectionForm(economy, { parent_id: String(fx.sections.news.id) }));
      assert.equal(tooDeep.statusCode, 400);
      assert.match(tooDeep.body, /chỉ có 2 cấp/);
      assert.equal(await snapshot(db()), before);
      // A subsection can become a top-level section.
      const top = await admin.post(`${LIST}/${farming.id}`, sectionForm(await byId(farming.id), { parent_id: '' }));
      assert.equal(top.statusCode, 303);
      assert.equal((await byId(farming.id)).path, 'nong-nghiep');
      assert.equal((await byId(farming.id)).parent_id, null);
    });

    test('reorder with up/down and a position number; show and hide in the menu', async () => {
      const admin = clients.admin;
      const top = async () =>
        (await db().selectFrom('sections').select(['id', 'slug']).where('parent_id', 'is', null).orderBy('position').orderBy('id').execute()).map(
          (s) => s.slug,
        );
      const start = await top();
      const last = start[start.length - 1];
      const lastId = (await byPath(last))!.id;
      await admin.get(LIST);
      assert.equal((await admin.post(`${LIST}/${lastId}/thu-tu`, { huong: 'len' })).statusCode, 303);
      const afterUp = await top();
      assert.equal(afterUp[afterUp.length - 2], last);
      assert.equal((await admin.post(`${LIST}/${lastId}/thu-tu`, { vi_tri: '1' })).statusCode, 303);
      assert.equal((await top())[0], last);
      assert.equal((await admin.post(`${LIST}/${lastId}/thu-tu`, { huong: 'xuong' })).statusCode, 303);
      assert.equal((await top())[1], last);

      for (const form of [{ vi_tri: '0' }, { vi_tri: '99' }, { vi_tri: 'hai' }, {}] as Record<string, string>[]) {
        const before = await snapshot(db());
        const bad = await admin.post(`${LIST}/${lastId}/thu-tu`, form);
        assert.equal(bad.statusCode, 400);
        assert.match(bad.body, /Vị trí không hợp lệ/);
        assert.equal(await snapshot(db()), before);
      }
      // The first section cannot go further up.
      const firstId = (await byPath((await top())[0]))!.id;
      assert.equal((await admin.post(`${LIST}/${firstId}/thu-tu`, { huong: 'len' })).statusCode, 400);

      const news = fx.sections.news;
      assert.equal((await admin.post(`${LIST}/${news.id}/menu`, { hien: '0' })).statusCode, 303);
      assert.equal((await byId(news.id)).in_menu, 0);
      const home = await t.app.inject({ url: '/' });
      const menu = /<nav class="menu"[\s\S]*?<\/nav>/.exec(home.body)?.[0] ?? '';
      assert.doesNotMatch(menu, /href="\/thoi-su"/);
      assert.equal((await admin.post(`${LIST}/${news.id}/menu`, { hien: '1' })).statusCode, 303);
      assert.equal((await byId(news.id)).in_menu, 1);
      assert.equal((await admin.post(`${LIST}/${news.id}/menu`, { hien: 'co' })).statusCode, 400);
    });

    test('a section that still has articles, in it or below it, is not deleted; an empty one is', async () => {
      const admin = clients.admin;
      await admin.get(LIST);
      // Farming (which has an article) back under economy, which has none of its own.
      const farming = await byId(fx.sections.farming.id);
      assert.equal((await admin.post(`${LIST}/${farming.id}`, sectionForm(farming, { parent_id: String(fx.sections.economy.id) }))).statusCode, 303);
      for (const id of [fx.sections.news.id, fx.sections.economy.id, fx.sections.farming.id]) {
        const before = await snapshot(db());
        const refused = await admin.post(`${LIST}/${id}/xoa`);
        assert.equal(refused.statusCode, 409);
        assert.match(refused.body, /Không thể xóa .*còn \d+ bài viết/);
        assert.equal(await snapshot(db()), before);
      }
      assert.match((await admin.post(`${LIST}/${fx.sections.economy.id}/xoa`)).body, /tính cả các chuyên mục con/);

      // An empty section with an empty subsection goes, subsection and editors' assignments included.
      const empty = await createSection(db(), { name: 'Thể thao', slug: 'the-thao', parentId: null });
      const emptyChild = await createSection(db(), { name: 'Bóng đá', slug: 'bong-da', parentId: empty.id });
      const editor = await db().selectFrom('users').select('id').where('role', '=', 'editor').executeTakeFirstOrThrow();
      await db().insertInto('user_sections').values({ user_id: editor.id, section_id: emptyChild.id }).execute();
      const deleted = await admin.post(`${LIST}/${empty.id}/xoa`);
      assert.equal(deleted.statusCode, 303);
      assert.equal(await byPath('the-thao'), undefined);
      assert.equal(await byPath('the-thao/bong-da'), undefined);
      assert.equal((await db().selectFrom('user_sections').selectAll().where('section_id', '=', emptyChild.id).execute()).length, 0);
      assert.equal((await admin.post(`${LIST}/${empty.id}/xoa`)).statusCode, 404);
    });

    test('only the administrator reaches the section screens; others get 403 and change nothing', async () => {
      const spare = await createSection(db(), { name: 'Tạm', slug: 'tam', parentId: null });
      const news = await byId(fx.sections.news.id);
      const cases = [
        { method: 'GET' as const, url: LIST },
        { method: 'POST' as const, url: LIST, form: { name: 'Pháp luật', slug: '', parent_id: '' } },
        { method: 'GET' as const, url: `${LIST}/${news.id}` },
        { method: 'POST' as const, url: `${LIST}/${news.id}`, form: sectionForm(news, { name: 'Thời sự 24h' }) },
        { method: 'POST' as const, url: `${LIST}/${news.id}/thu-tu`, form: { vi_tri: '2' } },
        { method: 'POST' as const, url: `${LIST}/${news.id}/menu`, form: { hien: '0' } },
        { method: 'POST' as const, url: `${LIST}/${spare.id}/xoa` },
      ];
      for (const route of cases) await assertOnlyRoles(t, clients, route, ['admin']);
      assert.equal((await byId(news.id)).name, 'Thời sự 24h');
      assert.equal(await byPath('tam'), undefined);
    });

    test('a change without a valid CSRF token is refused', async () => {
      await assertCsrfRefused(t, clients.admin, LIST, { name: 'Không token', slug: '', parent_id: '' });
      await assertCsrfRefused(t, clients.admin, `${LIST}/${fx.sections.news.id}/menu`, { hien: '0' });
    });
  });
}
