import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addArticle } from '../src/newsroom/articles.js';
import { articlePath } from '../src/content/urls.js';
import { storeImage } from '../src/media/store.js';
import { createTestApp, seedFixture, testJpeg, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { loginAllRoles, snapshot, type RoleClients } from './helpers/role-clients.js';

/** What a reporter may change on a live page: shared image text, and the per-article comment switch. */
for (const dialect of dialects) {
  describe(`changes to what a live article shows (${dialect})`, () => {
    let t: TestApp;
    let fx: Fixture;
    let clients: RoleClients;
    const db = () => t.db.kysely;

    before(async () => {
      t = await createTestApp(dialect);
      fx = await seedFixture(t, 1, { featuredCaption: '', featuredCredit: '' });
      clients = await loginAllRoles(t);
    });
    after(async () => t.close());

    const imageText = (alt: string) => ({ alt, caption: `Chú thích ${alt}`, credit: 'Ảnh: Tòa soạn' });
    const livePage = async () => {
      const article = fx.articles[0];
      const section = await db().selectFrom('sections').select('path').where('id', '=', article.section_id).executeTakeFirstOrThrow();
      return (await t.app.inject({ method: 'GET', url: articlePath(section.path, article.slug, article.id) })).body;
    };

    it("refuses another reporter's edit of a shared image's text; the uploader and editors may, with an audit record on each live article", async () => {
      const imageId = fx.articles[0].featured_image_id ?? 0;
      await clients.reporter.get(`/admin/anh/${imageId}`);
      const before = await snapshot(db());
      const refused = await clients.reporter.post(`/admin/anh/${imageId}`, imageText('Ảnh bị sửa trộm'));
      assert.equal(refused.statusCode, 403);
      assert.equal(await snapshot(db()), before);
      assert.doesNotMatch(await livePage(), /Ảnh bị sửa trộm/);
      const stored = await db().selectFrom('images').select(['alt', 'caption']).where('id', '=', imageId).executeTakeFirstOrThrow();
      assert.equal(stored.alt, 'Ruộng bậc thang');

      await clients.editor.get(`/admin/anh/${imageId}`);
      const byEditor = await clients.editor.post(`/admin/anh/${imageId}`, imageText('Ruộng bậc thang Y Tý'));
      assert.equal(byEditor.statusCode, 303);
      assert.match(await livePage(), /Ruộng bậc thang Y Tý/);
      const audit = await db().selectFrom('audit_log').selectAll().where('article_id', '=', fx.articles[0].id).where('action', '=', 'media_text').execute();
      assert.equal(audit.length, 1);
      assert.match(audit[0].note, /Ruộng bậc thang Y Tý/);

      // A reporter's own upload stays theirs to describe; nothing live shows it, so no audit record.
      const reporter = await db().selectFrom('users').select('id').where('username', '=', 'phongvien').executeTakeFirstOrThrow();
      const own = await storeImage(db(), t.config.mediaDir, await testJpeg(7), {
        originalName: 'rieng.jpg',
        alt: 'Cũ',
        caption: '',
        credit: '',
        uploadedBy: reporter.id,
      });
      await clients.reporter.get(`/admin/anh/${own.id}`);
      assert.equal((await clients.reporter.post(`/admin/anh/${own.id}`, imageText('Mới'))).statusCode, 303);
      const auditAfter = await db().selectFrom('audit_log').select('id').where('action', '=', 'media_text').execute();
      assert.equal(auditAfter.length, 1);
    });

    it('the comment switch: same answer for a missing and a hidden article, and an audit record for each change', async () => {
      const reporter = await db().selectFrom('users').select('id').where('username', '=', 'phongvien').executeTakeFirstOrThrow();
      const draft = await addArticle(db(), {
        title: 'Bản nháp điều tra',
        lead: 'Chưa đăng.',
        bodyHtml: '<p>Nháp.</p>',
        sectionId: fx.sections.news.id,
        status: 'draft',
        publishedAt: null,
        byline: '',
        authorId: reporter.id,
        featuredImageId: null,
        featuredCaption: '',
        featuredCredit: '',
        tags: [],
      });
      const managing = clients.managing_editor;
      await managing.get('/admin');
      const before = await snapshot(db());
      const hidden = await managing.post(`/admin/bai-viet/${draft.id}/binh-luan`, { bat: '0' });
      const missing = await managing.post('/admin/bai-viet/999999/binh-luan', { bat: '0' });
      assert.equal(hidden.statusCode, 404);
      assert.equal(missing.statusCode, 404);
      assert.equal(hidden.body.replace(/name="_csrf" value="[^"]*"/g, ''), missing.body.replace(/name="_csrf" value="[^"]*"/g, ''));
      assert.equal(await snapshot(db()), before);

      const id = fx.articles[0].id;
      assert.equal((await managing.post(`/admin/bai-viet/${id}/binh-luan`, { bat: '0' })).statusCode, 303);
      assert.equal((await managing.post(`/admin/bai-viet/${id}/binh-luan`, { bat: '0' })).statusCode, 303);
      assert.equal((await managing.post(`/admin/bai-viet/${id}/binh-luan`, { bat: '1' })).statusCode, 303);
      const audit = await db()
        .selectFrom('audit_log')
        .select(['action', 'user_id'])
        .where('article_id', '=', id)
        .where('action', 'like', 'comments_%')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['comments_off', 'comments_on'],
      );
    });
  });
}
