import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { NEW_DRAFT_AUTOSAVE_PATH } from '../src/admin/article-fields.js';
import { createSection } from '../src/content/sections.js';
import { articlePath } from '../src/content/urls.js';
import type { Image, Section } from '../src/db/schema.js';
import type { PickedImage } from '../src/media/picked.js';
import { storeImage } from '../src/media/store.js';
import { actorFor, loadPolicy } from '../src/newsroom/actors.js';
import { createDraft } from '../src/newsroom/articles.js';
import { applyTransition } from '../src/newsroom/workflow.js';
import { createTestApp, testJpeg, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { multipartBody } from './helpers/multipart.js';
import type { NewsroomClient } from './helpers/newsroom-client.js';
import { loginAllRoles, type RoleClients } from './helpers/role-clients.js';
import { articleContent } from './helpers/content.js';

/**
 * Pictures in the article editor (the newsroom-desk issue, points 4 and 5): the library answers the
 * picture dialog in JSON (newest first, searched), an upload answers with the picture to insert, a
 * new article's first autosave creates the draft, the featured picture shows as a thumbnail, and
 * the reading site draws a body figure that names a library picture with srcset, width and height.
 */

function newArticle(sectionId: number, changes: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Đường lên Tà Xùa mùa săn mây',
    slug: '',
    lead: 'Tà Xùa vào mùa săn mây.',
    body_html: '<p>Sáng sớm, mây phủ kín thung lũng.</p>',
    section_id: String(sectionId),
    tags: '',
    byline: 'Thu Hà',
    featured_image_id: '',
    featured_caption: '',
    featured_credit: '',
    seo_title: '',
    seo_description: '',
    ...changes,
  };
}

for (const dialect of dialects) {
  describe(`pictures in the editor (${dialect})`, () => {
    let t: TestApp;
    let clients: RoleClients;
    let section: Section;
    let clouds: Image;
    let terraces: Image;
    const db = () => t.db.kysely;

    async function articleCount(): Promise<number> {
      const { n } = await db()
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n);
    }

    function newDraft(client: NewsroomClient, body: Record<string, string>, csrf = true): Promise<LightMyRequestResponse> {
      return client.request('POST', NEW_DRAFT_AUTOSAVE_PATH, { json: body, headers: csrf ? { 'x-csrf-token': client.token } : {} });
    }

    function libraryJson(client: NewsroomClient, query = ''): Promise<LightMyRequestResponse> {
      return client.request('GET', `/admin/anh${query}`, { headers: { accept: 'application/json' } });
    }

    before(async () => {
      t = await createTestApp(dialect);
      clients = await loginAllRoles(t);
      section = await createSection(db(), { name: 'Du lịch', slug: 'du-lich', parentId: null, position: 0 });
      clouds = await storeImage(db(), t.config.mediaDir, await testJpeg(71, 1500, 1000), {
        originalName: 'may-ta-xua.jpg',
        alt: 'Biển mây Tà Xùa',
        caption: 'Biển mây lúc bình minh',
        credit: 'Ảnh: Thu Hà',
      });
      terraces = await storeImage(db(), t.config.mediaDir, await testJpeg(72, 900, 600), {
        originalName: 'ruong.jpg',
        alt: 'Ruộng bậc thang',
        caption: '',
        credit: '',
      });
    });

    after(async () => {
      await t?.close();
    });

    describe('the library answers the picture dialog', () => {
      test('newest first, then searched with words typed without diacritics', async () => {
        const all = await libraryJson(clients.reporter);
        assert.equal(all.statusCode, 200);
        assert.match(String(all.headers['content-type']), /application\/json/);
        assert.equal(all.headers['cache-control'], 'no-store');
        const body = all.json() as { total: number; images: PickedImage[] };
        assert.equal(body.total, 2);
        assert.deepEqual(
          body.images.map((i) => i.id),
          [terraces.id, clouds.id],
        );
        const cloud = body.images[1];
        assert.deepEqual(
          { alt: cloud.alt, caption: cloud.caption, credit: cloud.credit, width: cloud.width, height: cloud.height },
          { alt: 'Biển mây Tà Xùa', caption: 'Biển mây lúc bình minh', credit: 'Ảnh: Thu Hà', width: 1500, height: 1000 },
        );
        assert.match(cloud.src, new RegExp(`^/media/${clouds.hash.slice(0, 2)}/${clouds.hash}-1024\\.webp$`));
        assert.match(cloud.thumb, /-320\.webp$/);

        const found = (await libraryJson(clients.reporter, '?q=bien+may')).json() as { total: number; images: PickedImage[] };
        assert.deepEqual(
          found.images.map((i) => i.id),
          [clouds.id],
        );
        const none = (await libraryJson(clients.reporter, '?q=khong+co+anh+nay')).json() as { total: number; images: PickedImage[] };
        assert.deepEqual([none.total, none.images.length], [0, 0]);
      });

      test('odd queries get an ordinary answer: a page past the end is empty, a long query is cut, not refused', async () => {
        const past = await libraryJson(clients.reporter, '?trang=99');
        assert.equal(past.statusCode, 200);
        assert.deepEqual((past.json() as { images: PickedImage[] }).images, []);
        const long = await libraryJson(clients.reporter, `?q=${'may '.repeat(100)}`);
        assert.equal(long.statusCode, 200);
        assert.equal((long.json() as { query: string }).query.length, 200);
        const notNumber = await libraryJson(clients.reporter, '?trang=abc');
        assert.equal(notNumber.statusCode, 200);
        assert.equal((notNumber.json() as { page: number }).page, 1);
      });

      test('an upload from the dialog answers with the picture to insert; a refusal says why and stores nothing', async () => {
        const send = (client: NewsroomClient, fields: Record<string, string>, data: Buffer | null) => {
          const { body, type } = multipartBody({ _csrf: client.token, ...fields }, data ? { name: 'deo.jpg', data, type: 'image/jpeg' } : null);
          const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
          return t.app.inject({
            method: 'POST',
            url: '/admin/anh',
            headers: { 'content-type': type, cookie, 'x-csrf-token': client.token, accept: 'application/json' },
            payload: body,
          });
        };
        const photo = await testJpeg(73, 1200, 700);
        const count = async () => (await db().selectFrom('images').select('id').execute()).length;
        const before = await count();

        const noAlt = await send(clients.reporter, { alt: '  ', caption: 'Đèo' }, photo);
        assert.equal(noAlt.statusCode, 400);
        assert.match((noAlt.json() as { error: string }).error, /Cần có mô tả ảnh/);
        const admin = await send(clients.admin, { alt: 'Đèo' }, photo);
        assert.equal(admin.statusCode, 403);
        assert.match((admin.json() as { error: string }).error, /Việc này chỉ dành cho: .*Phóng viên/);
        assert.equal(await count(), before, 'nothing stored by a refused upload');

        const ok = await send(clients.reporter, { alt: 'Đèo Khau Phạ', caption: 'Đèo Khau Phạ mùa lúa', credit: 'Ảnh: Lò Mai' }, photo);
        assert.equal(ok.statusCode, 201);
        const { image } = ok.json() as { image: PickedImage };
        assert.deepEqual(
          [image.alt, image.caption, image.credit, image.width, image.height],
          ['Đèo Khau Phạ', 'Đèo Khau Phạ mùa lúa', 'Ảnh: Lò Mai', 1200, 700],
        );
        assert.equal(await count(), before + 1);
      });

      test('the library is closed to a role without the media permission, in JSON with a clear message', async () => {
        const refused = await libraryJson(clients.admin);
        assert.equal(refused.statusCode, 403);
        assert.match((refused.json() as { error: string }).error, /Việc này chỉ dành cho/);
      });
    });

    describe('a new article\u2019s first autosave creates the draft', () => {
      test('it answers with the version and where the draft now lives; the next autosave goes there', async () => {
        const before = await articleCount();
        const response = await newDraft(clients.reporter, newArticle(section.id));
        assert.equal(response.statusCode, 200, response.body);
        const body = response.json() as { version: number; unpublished: boolean; created: { id: number; editUrl: string; autosaveUrl: string } };
        assert.equal(await articleCount(), before + 1);
        const article = await db().selectFrom('articles').selectAll().where('id', '=', body.created.id).executeTakeFirstOrThrow();
        assert.deepEqual([article.status, article.title, article.version], ['draft', 'Đường lên Tà Xùa mùa săn mây', body.version]);
        assert.equal(body.unpublished, false);
        assert.equal(body.created.editUrl, `/admin/bai-viet/${article.id}`);
        assert.equal(body.created.autosaveUrl, `/admin/bai-viet/${article.id}/autosave`);

        const next = await clients.reporter.autosave(article.id, { ...newArticle(section.id, { body_html: '<p>Thêm một đoạn.</p>' }), version: body.version });
        assert.equal(next.statusCode, 200, next.body);
        assert.equal(await articleCount(), before + 1, 'the next autosave saves the same draft');
      });

      test('bad input is refused with the field to fix, and nothing is created', async () => {
        const before = await articleCount();
        const noSection = await newDraft(clients.reporter, newArticle(section.id, { section_id: '' }));
        assert.equal(noSection.statusCode, 400);
        const refusal = noSection.json() as { error: string; fields: Record<string, string> };
        assert.deepEqual([refusal.error, refusal.fields.section_id], ['Hãy chọn chuyên mục.', 'Hãy chọn chuyên mục.']);
        const noTitle = await newDraft(clients.reporter, newArticle(section.id, { title: '   ' }));
        assert.equal(noTitle.statusCode, 400);
        assert.ok((noTitle.json() as { fields: Record<string, string> }).fields.title);
        const badImage = await newDraft(clients.reporter, newArticle(section.id, { featured_image_id: 'ảnh' }));
        assert.equal(badImage.statusCode, 400);
        assert.equal(await articleCount(), before);
      });

      test('only those who may create articles, and only with the page\u2019s CSRF token', async () => {
        const before = await articleCount();
        const admin = await newDraft(clients.admin, newArticle(section.id));
        assert.equal(admin.statusCode, 403);
        assert.match((admin.json() as { error: string }).error, /Việc này chỉ dành cho/);
        const forged = await newDraft(clients.reporter, newArticle(section.id), false);
        assert.equal(forged.statusCode, 403);
        assert.equal(await articleCount(), before);
      });

      test('the new article form autosaves there', async () => {
        const page = await clients.reporter.get('/admin/bai-viet/moi');
        assert.ok(page.body.includes(`data-autosave-url="${NEW_DRAFT_AUTOSAVE_PATH}"`));
      });
    });

    describe('the featured picture on the form', () => {
      test('shows as a thumbnail with the no-JavaScript links beside it; an unknown id says so', async () => {
        const policy = await loadPolicy(db());
        const content = articleContent(section.id, { title: 'Mây Tà Xùa', lead: '', bodyHtml: '<p>Mây.</p>', byline: '', featuredImageId: clouds.id });
        const draft = await createDraft(
          db(),
          await actorFor(db(), await db().selectFrom('users').selectAll().where('username', '=', 'phongvien').executeTakeFirstOrThrow()),
          content,
          policy,
        );
        const page = await clients.reporter.get(`/admin/bai-viet/${draft.id}`);
        assert.equal(page.statusCode, 200);
        const picker = /<div class="featured-picker"[\s\S]*?data-featured-buttons/.exec(page.body)?.[0] ?? '';
        assert.match(picker, new RegExp(`<img src="/media/${clouds.hash.slice(0, 2)}/${clouds.hash}-320\\.webp"[^>]*alt="Biển mây Tà Xùa"`));
        assert.match(picker, new RegExp(`Ảnh #${clouds.id}: Biển mây Tà Xùa`));
        assert.match(picker, /data-media-library="\/admin\/anh" data-may-upload="1"/);
        assert.ok(picker.includes(`href="/admin/anh?chon=anh-dai-dien&amp;bai=${draft.id}"`), 'the library link for pages without JavaScript');

        const typed = await clients.reporter.post(`/admin/bai-viet/${draft.id}`, {
          version: String(draft.version),
          ...newArticle(section.id, { title: '', featured_image_id: '999999' }),
        });
        assert.equal(typed.statusCode, 400);
        assert.match(typed.body, /Không tìm thấy ảnh mã 999999 trong thư viện\./);
      });
    });

    describe('the reading site draws a library picture of the body', () => {
      test('with the library\u2019s srcset, sizes, width and height, and the article\u2019s own alt text and caption', async () => {
        const chief = await db().selectFrom('users').selectAll().where('username', '=', 'tongbientap').executeTakeFirstOrThrow();
        const reporter = await db().selectFrom('users').selectAll().where('username', '=', 'phongvien').executeTakeFirstOrThrow();
        const policy = await loadPolicy(db());
        // As the editor stores it: the reference, a source of its own, no srcset; a stale size; and
        // a picture whose library row is gone keeps what was stored.
        const body =
          '<p>Đoạn đầu.</p>' +
          `<figure class="inline-image"><img src="/media/00/cu-640.webp" alt="Mây trong bài này" width="10" height="10" data-media-id="${clouds.id}"><figcaption>Chú thích của bài <span class="credit">Ảnh: Bài</span></figcaption></figure>` +
          '<figure class="inline-image"><img src="/media/00/mat-640.webp" alt="Ảnh đã xóa" data-media-id="987654"></figure>';
        const content = articleContent(section.id, { title: 'Săn mây ở Tà Xùa', lead: 'Săn mây.', bodyHtml: body, byline: '' });
        const draft = await createDraft(db(), await actorFor(db(), reporter), content, policy);
        assert.match(draft.body_html, new RegExp(`data-media-id="${clouds.id}"`), 'the reference survives the sanitizer');
        await applyTransition(db(), await actorFor(db(), reporter), draft.id, { name: 'submit' }, policy);
        await applyTransition(db(), await actorFor(db(), chief), draft.id, { name: 'forward' }, policy);
        const published = await applyTransition(db(), await actorFor(db(), chief), draft.id, { name: 'publish' }, policy);

        const page = await t.app.inject({ method: 'GET', url: articlePath(section.path, published.slug, published.id) });
        assert.equal(page.statusCode, 200);
        const dir = `/media/${clouds.hash.slice(0, 2)}/${clouds.hash}`;
        const drawn =
          `<img src="${dir}-1024.webp" srcset="${dir}-320.webp 320w, ${dir}-640.webp 640w, ${dir}-1024.webp 1024w, ${dir}-1500.webp 1500w" ` +
          `sizes="(min-width: 760px) 720px, 100vw" width="1500" height="1000" alt="Mây trong bài này" data-media-id="${clouds.id}" />`;
        assert.ok(page.body.includes(drawn), /<div class="article-body">[\s\S]*?<\/div>/.exec(page.body)?.[0]);
        assert.match(page.body, /<figcaption>Chú thích của bài <span class="credit">Ảnh: Bài<\/span><\/figcaption>/);
        assert.ok(page.body.includes('<img src="/media/00/mat-640.webp" alt="Ảnh đã xóa" data-media-id="987654" />'));
      });
    });
  });
}
