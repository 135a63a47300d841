import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setArticleTags } from '../src/content/store.js';
import { addArticle } from '../src/newsroom/articles.js';
import { createUser } from '../src/newsroom/users.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

/** Tag and author pages exist only with live articles, and no login name is ever public. */
for (const dialect of dialects) {
  describe(`what the public can see (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    const get = (url: string) => t.app.inject({ method: 'GET', url });

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 1);
    });
    after(async () => t.close());

    it('a tag only on drafts is not found; once published it is', async () => {
      const draft = await addArticle(t.db.kysely, {
        title: 'Điều tra đường dây gỗ lậu',
        lead: 'Chưa đăng.',
        bodyHtml: '<p>Nháp.</p>',
        sectionId: fx.sections.news.id,
        status: 'draft',
        publishedAt: null,
        byline: '',
        authorId: fx.authorId,
        tags: ['Đường dây gỗ lậu'],
      });
      assert.equal((await get('/chu-de/duong-day-go-lau')).statusCode, 404);
      await t.db.kysely
        .updateTable('articles')
        .set({ status: 'published', published_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', draft.id)
        .execute();
      assert.equal((await get('/chu-de/duong-day-go-lau')).statusCode, 200);
      assert.equal((await get('/chu-de/dai-hoi-dang')).statusCode, 200);
    });

    it('a tag dropped from its last article is removed', async () => {
      const article = fx.articles[0];
      await setArticleTags(t.db.kysely, article.id, ['Nông thôn mới', 'Chủ đề tạm']);
      assert.ok(await t.db.kysely.selectFrom('tags').select('id').where('slug', '=', 'chu-de-tam').executeTakeFirst());
      await setArticleTags(t.db.kysely, article.id, ['Nông thôn mới']);
      assert.equal(await t.db.kysely.selectFrom('tags').select('id').where('slug', '=', 'chu-de-tam').executeTakeFirst(), undefined);
      assert.ok(await t.db.kysely.selectFrom('tags').select('id').where('slug', '=', 'nong-thon-moi').executeTakeFirst());
    });

    it('author pages only for people with live articles; slugs never fall back to the login name', async () => {
      assert.equal((await get(`/tac-gia/${fx.authorSlug}`)).statusCode, 200);
      const admin = await createUser(t.db.kysely, { username: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin' });
      const nameless = await createUser(t.db.kysely, { username: 'nv.k', displayName: '***', role: 'reporter' });
      const lookalike = await createUser(t.db.kysely, { username: 'thu-ha', displayName: 'Thu Hà', role: 'reporter' });
      assert.equal((await get(`/tac-gia/${admin.slug}`)).statusCode, 404);
      assert.notEqual(nameless.slug, 'nv.k');
      assert.notEqual(lookalike.slug, 'thu-ha');
      assert.equal((await get('/tac-gia/nv.k')).statusCode, 404);
      await t.db.kysely.updateTable('users').set({ active: 0 }).where('id', '=', nameless.id).execute();
      assert.equal((await get(`/tac-gia/${nameless.slug}`)).statusCode, 404);
    });
  });
}
