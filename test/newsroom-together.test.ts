import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/connection.js';
import type { Article } from '../src/db/schema.js';
import { actorFor, assignSections } from '../src/newsroom/actors.js';
import { createDraft, saveContent, type ArticleContent } from '../src/newsroom/articles.js';
import type { Actor } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { storeImage } from '../src/media/store.js';
import { createTestApp, seedFixture, testJpeg, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { decodeEntities, formOf, NewsroomClient } from './helpers/newsroom-client.js';
import { articleContent } from './helpers/content.js';

/**
 * Working on the same article at once: who else has it open (the heartbeat and the editor page),
 * and the paragraph-by-paragraph merge after a version conflict.
 */

const PASSWORD = 'mật-khẩu-đủ-dài-123';
const POLICY = { managingEditorMayPublish: false };

for (const dialect of dialects) {
  describe(`working together (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const clients = {} as Record<'author' | 'managing' | 'editor' | 'stranger', NewsroomClient>;
    const actors = {} as Record<'author' | 'managing' | 'editor' | 'stranger', Actor>;
    const db = () => t.db.kysely;

    const content = (bodyHtml: string): ArticleContent =>
      articleContent(fixture.sections.news.id, { title: 'Lũ quét ở Nậm Khắt', lead: 'Nhiều nhà bị cuốn trôi.', bodyHtml, byline: 'Mai' });

    /** A reporter's draft, submitted: the managing editor and the section's editor may both edit it, its author only read it. */
    async function submitted(bodyHtml = '<p>Một.</p><p>Hai.</p><p>Ba.</p>'): Promise<Article> {
      const draft = await createDraft(db(), actors.author, content(bodyHtml), POLICY);
      return db().updateTable('articles').set({ status: 'submitted' }).where('id', '=', draft.id).returningAll().executeTakeFirstOrThrow();
    }

    async function presenceRows(articleId: number) {
      return db().selectFrom('article_presence').select(['user_id', 'seen_at']).where('article_id', '=', articleId).execute();
    }

    function heartbeat(client: NewsroomClient, articleId: number | string, body: Record<string, string> = {}) {
      return client.request('POST', `/admin/bai-viet/${articleId}/dang-sua`, { json: body, headers: { 'x-csrf-token': client.token } });
    }

    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      const people = [
        ['author', 'Phạm Tác Giả', 'reporter'],
        ['managing', 'Nguyễn Văn A', 'managing_editor'],
        ['editor', 'Lò Thị Mai', 'editor'],
        ['stranger', 'Trần Khách', 'reporter'],
      ] as const;
      for (const [who, name, role] of people) {
        const user = await createUser(db(), { username: who, displayName: name, role, password: PASSWORD });
        if (who === 'editor') await assignSections(db(), user.id, [fixture.sections.news.id]);
        actors[who] = await actorFor(db(), user);
        clients[who] = new NewsroomClient(t.app);
        await clients[who].login(who, PASSWORD);
      }
    });
    after(async () => {
      await t?.close();
    });

    test('each person sees the other by name, on the page and through the heartbeat; leaving clears it', async () => {
      const a = await submitted();
      const first = await clients.managing.get(`/admin/bai-viet/${a.id}`);
      assert.equal(first.statusCode, 200);
      assert.match(
        first.body,
        /<p id="dang-sua" class="alert alert-warn" role="status" data-url="\/admin\/bai-viet\/\d+\/dang-sua" data-interval="20000" hidden><\/p>/,
      );
      const second = await clients.editor.get(`/admin/bai-viet/${a.id}`);
      assert.match(decodeEntities(second.body), /data-interval="20000">Nguyễn Văn A đang sửa bài này\.<\/p>/, 'named at render time, without JavaScript');
      const beat = await heartbeat(clients.managing, a.id);
      assert.equal(beat.statusCode, 200);
      assert.equal(beat.headers['cache-control'], 'no-store');
      assert.deepEqual(beat.json(), { names: ['Lò Thị Mai'], message: 'Lò Thị Mai đang sửa bài này.' });
      assert.equal((await presenceRows(a.id)).length, 2);
      // The editor leaves (the page's beacon is a form post): the reporter no longer sees the name.
      const leave = await clients.editor.post(`/admin/bai-viet/${a.id}/dang-sua`, { 'roi-di': '1' });
      assert.equal(leave.statusCode, 204);
      assert.deepEqual((await heartbeat(clients.managing, a.id)).json(), { names: [], message: '' });
      // Someone seen longer ago than the window is no longer named.
      const editorId = actors.editor.id;
      await db()
        .insertInto('article_presence')
        .values({ article_id: a.id, user_id: editorId, seen_at: new Date(Date.now() - 61_000).toISOString() })
        .execute();
      assert.deepEqual((await heartbeat(clients.managing, a.id)).json().names, []);
    });

    test('two app nodes on one database see the same people', async () => {
      const a = await submitted();
      const otherDb = openDatabase(t.config.databaseUrl);
      const nodeB = await buildApp(t.config, { db: otherDb, logger: false });
      try {
        const editorOnB = new NewsroomClient(nodeB);
        await editorOnB.login('editor', PASSWORD);
        await clients.managing.get(`/admin/bai-viet/${a.id}`);
        const page = await editorOnB.get(`/admin/bai-viet/${a.id}`);
        assert.match(decodeEntities(page.body), />Nguyễn Văn A đang sửa bài này\.<\/p>/, 'node B names who is on node A');
        assert.deepEqual((await heartbeat(clients.managing, a.id)).json().names, ['Lò Thị Mai'], 'node A names who is on node B');
      } finally {
        await nodeB.close();
        await otherDb.close();
      }
    });

    test('bad input is refused and records nothing', async () => {
      const a = await submitted();
      const bad = await heartbeat(clients.managing, a.id, { 'roi-di': 'co' });
      assert.equal(bad.statusCode, 400);
      const twice = await clients.managing.request('POST', `/admin/bai-viet/${a.id}/dang-sua`, {
        raw: 'roi-di=1&roi-di=1&_csrf=' + encodeURIComponent(clients.managing.token),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(twice.statusCode, 400);
      assert.equal((await heartbeat(clients.managing, 'abc')).statusCode, 404);
      assert.equal((await heartbeat(clients.managing, 987654)).statusCode, 404);
      const huge = await heartbeat(clients.managing, a.id, { 'roi-di': '1'.repeat(5000) });
      assert.equal(huge.statusCode, 413);
      const noToken = await clients.managing.request('POST', `/admin/bai-viet/${a.id}/dang-sua`, { json: {} });
      assert.equal(noToken.statusCode, 403);
      assert.deepEqual(await presenceRows(a.id), []);
    });

    test('someone who may not read the article is refused, is not recorded and learns no names', async () => {
      const a = await submitted();
      await clients.managing.get(`/admin/bai-viet/${a.id}`);
      const refused = await heartbeat(clients.stranger, a.id);
      assert.equal(refused.statusCode, 403);
      assert.doesNotMatch(decodeEntities(refused.body), /Nguyễn Văn A/);
      const rows = await presenceRows(a.id);
      assert.deepEqual(
        rows.map((r) => r.user_id),
        [actors.managing.id],
      );
      const anonymous = new NewsroomClient(t.app);
      assert.equal((await anonymous.request('POST', `/admin/bai-viet/${a.id}/dang-sua`, { json: {} })).statusCode, 401);
      assert.equal((await presenceRows(a.id)).length, 1);
    });

    test('a conflict is merged paragraph by paragraph, then saved on the saved version', async () => {
      const a = await submitted();
      await clients.managing.get(`/admin/bai-viet/${a.id}`);
      // The editor saves first: paragraph two changed, and the title.
      await saveContent(
        db(),
        actors.editor,
        a.id,
        { ...content('<p>Một.</p><p>Hai của biên tập.</p><p>Ba.</p>'), title: 'Lũ quét ở Nậm Khắt, Lai Châu' },
        { baseVersion: a.version, policy: POLICY },
      );
      const mine = formOf(a, { body_html: '<p>Một của tôi.</p><p>Hai.</p><p>Ba.</p><p>Bốn của tôi.</p>' });
      const conflict = await clients.managing.post(`/admin/bai-viet/${a.id}`, mine);
      assert.equal(conflict.statusCode, 409);
      const page = decodeEntities(conflict.body);
      assert.match(page, /name="ban-luu" value="2"/);
      assert.match(page, /name="chon-title" value="ban-luu"/);
      for (const n of [0, 1, 2]) assert.match(page, new RegExp(`name="chon-doan-${n}" value="cua-ban" checked`));
      assert.doesNotMatch(page, /chon-doan-3/);
      assert.match(page, /formaction="\/admin\/bai-viet\/\d+\/ghep"/);
      // Mine for the first paragraph, the saved one for the second, mine for the added fourth; the saved title.
      const choices = { 'ban-luu': '2', 'chon-title': 'ban-luu', 'chon-doan-0': 'cua-ban', 'chon-doan-1': 'ban-luu', 'chon-doan-2': 'cua-ban' };
      const merged = await clients.managing.post(`/admin/bai-viet/${a.id}/ghep`, { ...mine, ...choices });
      assert.equal(merged.statusCode, 200);
      const mergedPage = decodeEntities(merged.body);
      assert.match(mergedPage, /Đã ghép theo lựa chọn của bạn, chưa lưu/);
      assert.ok(mergedPage.includes('<p>Một của tôi.</p><p>Hai của biên tập.</p><p>Ba.</p><p>Bốn của tôi.</p></textarea>'));
      assert.match(mergedPage, /name="title" type="text" value="Lũ quét ở Nậm Khắt, Lai Châu"/);
      assert.match(mergedPage, /name="version" value="2"/);
      const row = await db().selectFrom('articles').select(['version', 'body_html']).where('id', '=', a.id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { version: 2, body_html: '<p>Một.</p><p>Hai của biên tập.</p><p>Ba.</p>' }, 'merging saves nothing');
      const saved = await clients.managing.post(`/admin/bai-viet/${a.id}`, {
        ...mine,
        title: 'Lũ quét ở Nậm Khắt, Lai Châu',
        body_html: '<p>Một của tôi.</p><p>Hai của biên tập.</p><p>Ba.</p><p>Bốn của tôi.</p>',
        version: '2',
      });
      assert.equal(saved.statusCode, 303);
      const final = await db().selectFrom('articles').select(['version', 'title', 'body_html']).where('id', '=', a.id).executeTakeFirstOrThrow();
      assert.deepEqual(final, {
        version: 3,
        title: 'Lũ quét ở Nậm Khắt, Lai Châu',
        body_html: '<p>Một của tôi.</p><p>Hai của biên tập.</p><p>Ba.</p><p>Bốn của tôi.</p>',
      });
    });

    test('a merge against a version saved since the choices were shown asks again; one who may not edit is refused', async () => {
      const a = await submitted();
      await saveContent(db(), actors.editor, a.id, content('<p>Một.</p><p>Hai mới.</p><p>Ba.</p>'), { baseVersion: 1, policy: POLICY });
      await saveContent(db(), actors.editor, a.id, content('<p>Một.</p><p>Hai mới hơn.</p><p>Ba.</p>'), { baseVersion: 2, policy: POLICY });
      await clients.managing.get(`/admin/bai-viet/${a.id}`);
      const mine = formOf(a, { body_html: '<p>Một.</p><p>Hai của tôi.</p><p>Ba.</p>' });
      const stale = await clients.managing.post(`/admin/bai-viet/${a.id}/ghep`, { ...mine, 'ban-luu': '2', 'chon-doan-0': 'ban-luu' });
      assert.equal(stale.statusCode, 409);
      const page = decodeEntities(stale.body);
      assert.match(page, /Hãy chọn lại/);
      assert.match(page, /name="ban-luu" value="3"/);
      assert.ok(page.includes('<p>Một.</p><p>Hai của tôi.</p><p>Ba.</p></textarea>'), 'the person’s text is kept as it was');
      for (const who of ['author', 'stranger'] as const) {
        await clients[who].get('/admin');
        const refused = await clients[who].post(`/admin/bai-viet/${a.id}/ghep`, { ...mine, 'ban-luu': '3' });
        assert.equal(refused.statusCode, 403, who);
      }
      assert.equal((await db().selectFrom('articles').select('version').where('id', '=', a.id).executeTakeFirstOrThrow()).version, 3);
    });

    test('the revision diff keeps paragraphs, marks pictures in the body and names the featured picture', async () => {
      const a = await submitted('<p>Ông <strong>Hùng</strong>, 45 tuổi.</p><p>Đoạn hai.</p>');
      const image = await storeImage(db(), t.config.mediaDir, await testJpeg(7), {
        originalName: 'cau-treo.jpg',
        alt: 'Cầu treo',
        caption: 'Cầu treo bản Nậm Khắt',
        credit: 'Mai Lò',
      });
      const after = content(
        '<p>Ông <strong>Hùng</strong>, 46 tuổi.</p><p>Đoạn hai.</p><figure class="inline-image"><img src="/media/x.webp" alt="Cầu treo"></figure>',
      );
      await saveContent(db(), actors.editor, a.id, { ...after, featuredImageId: image.id }, { baseVersion: 1, policy: POLICY });
      const compare = await clients.editor.get(`/admin/bai-viet/${a.id}/lich-su/so-sanh?tu=1&den=2`);
      assert.equal(compare.statusCode, 200);
      const page = decodeEntities(compare.body);
      assert.match(page, /<p class="diff-p diff-p-changed">Ông Hùng, <del>45<\/del><ins>46<\/ins> tuổi\.<\/p>/);
      assert.match(page, /<p class="diff-p">Đoạn hai\.<\/p>/);
      assert.match(page, /<p class="diff-p diff-p-added"><ins>\[Ảnh: Cầu treo\]<\/ins><\/p>/);
      assert.match(page, new RegExp(`<ins>Ảnh số ${image.id}: cau-treo\\.jpg – Cầu treo bản Nậm Khắt</ins>`));
      assert.doesNotMatch(page, /Hùng ,/);
    });
  });
}
