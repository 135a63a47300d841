import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { prepareDatabase } from '../src/bootstrap.js';
import { derivedColumns, derivedZone, excerptOf, type DerivedColumns, type ExcerptLength } from '../src/content/derived.js';
import { saveSiteSettings } from '../src/content/site-settings.js';
import { articlePath } from '../src/content/urls.js';
import type { Article } from '../src/db/schema.js';
import { actorFor } from '../src/newsroom/actors.js';
import { addArticles, createDraft, saveContent, type ArticleContent } from '../src/newsroom/articles.js';
import type { Actor, NewsroomPolicy } from '../src/newsroom/permissions.js';
import { createUser } from '../src/newsroom/users.js';
import { applyTransition, publishDue } from '../src/newsroom/workflow.js';
import { workingCopyStep } from '../src/newsroom/working-copy.js';
import { DEFAULT_TIME_ZONE, excerpt, formatArticleDate } from '../src/vi/index.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';
import { articleContent } from './helpers/content.js';

/**
 * Issue #9: the excerpts and the date pages show are computed when an article is written, stored on
 * its row, and recomputed when the site's time zone changes; pages read them, and compute only what
 * a row lacks (not computed yet, or made for another zone).
 */

const POLICY: NewsroomPolicy = { managingEditorMayPublish: false };
const LONG_LEAD =
  'Sáng nay, hơn 300 bà con dân tộc Mông ở xã Pá Vạc đã xuống đồng gặt lúa trên những thửa ruộng bậc thang vàng óng, ' +
  'mùa vụ năm nay được đánh giá là bội thu nhất trong mười năm trở lại đây, năng suất đạt hơn 6,5 tấn mỗi héc-ta, ' +
  'cao hơn năm ngoái gần một tấn – theo số liệu của phòng nông nghiệp huyện Mù Cang Chải công bố chiều qua.';

const DERIVED = ['excerpt_300', 'excerpt_120_end', 'excerpt_160_end', 'excerpt_200_end', 'display_date', 'derived_zone'] as const;

function derivedOf(row: Article): DerivedColumns {
  return Object.fromEntries(DERIVED.map((c) => [c, row[c]])) as DerivedColumns;
}

const LENGTHS: ExcerptLength[] = [120, 160, 200, 300];

test('the stored excerpts read back as the excerpt of the lead at every length', () => {
  const vectors = JSON.parse(readFileSync(new URL('./fixtures/vi-text/vectors.json', import.meta.url), 'utf8')) as {
    excerpt: Array<{ input: { text: string } }>;
  };
  const words = ['mùa', 'lúa,', 'chín', '–', '6,5%', 'Mù Cang Chải.', 'thửa ruộng…', 'bậc-thang', 'ngoài', 'những', ';', 'một'];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const generated = Array.from({ length: 300 }, () =>
    Array.from({ length: Math.floor(random() * 90) }, () => words[Math.floor(random() * words.length)]).join(' '),
  );
  const leads = [...vectors.excerpt.map((v) => v.input.text), LONG_LEAD, '', 'x'.repeat(400), `${'y'.repeat(150)} ${'z'.repeat(150)}`, ...generated];
  for (const lead of leads) {
    const row = { lead, ...derivedColumns({ lead, published_at: null, created_at: '2020-08-08T11:26:00Z' }, 'UTC') };
    for (const length of LENGTHS) assert.equal(excerptOf(row, length), excerpt(lead, length), `${length}: ${lead}`);
  }
});

for (const dialect of dialects) {
  describe(`derived strings stored at save (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    let chief: Actor;
    const db = () => t.db.kysely;
    const row = (id: number) => db().selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    /** The row's stored strings are those of its lead and shown time in `zone`. */
    async function assertFresh(id: number, zone = DEFAULT_TIME_ZONE, message?: string): Promise<Article> {
      const article = await row(id);
      assert.deepEqual(derivedOf(article), derivedColumns(article, zone), message);
      return article;
    }

    function content(overrides: Partial<ArticleContent> = {}): ArticleContent {
      return articleContent(fixture.sections.news.id, { title: 'Mùa vàng Mù Cang Chải', lead: LONG_LEAD, bodyHtml: '<p>Bà con gặt lúa.</p>', ...overrides });
    }

    before(async () => {
      t = await createTestApp(dialect, { pageCacheBytes: 0 });
      fixture = await seedFixture(t, 2);
      const user = await createUser(db(), { username: 'tongbientap', displayName: 'Tổng biên tập', role: 'editor_in_chief', password: 'mật-khẩu-đủ-dài-123' });
      chief = await actorFor(db(), user);
    });
    after(() => t.close());

    test('a new draft, its edits, scheduling and publishing write them', async () => {
      const draft = await createDraft(db(), chief, content(), POLICY);
      const created = await assertFresh(draft.id);
      for (const length of LENGTHS) assert.equal(excerptOf(created, length), excerpt(LONG_LEAD, length));
      assert.equal(created.display_date, formatArticleDate(new Date(created.created_at)), 'a draft shows its creation time');

      await saveContent(db(), chief, draft.id, content({ lead: 'Sapo mới, ngắn.' }), { baseVersion: created.version, policy: POLICY });
      assert.equal(excerptOf(await assertFresh(draft.id), 120), 'Sapo mới, ngắn.');

      const publishAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
      await applyTransition(db(), chief, draft.id, { name: 'submit' }, POLICY);
      await applyTransition(db(), chief, draft.id, { name: 'forward' }, POLICY);
      await applyTransition(db(), chief, draft.id, { name: 'schedule', publishAt }, POLICY);
      assert.equal((await assertFresh(draft.id)).display_date, formatArticleDate(publishAt), 'scheduled: dated when it goes out');
      await publishDue(db(), new Date(publishAt.getTime() + 1000));
      assert.equal((await assertFresh(draft.id)).display_date, formatArticleDate(publishAt), 'published at its time: the date stays');

      const other = await createDraft(db(), chief, content({ title: 'Bài đăng ngay' }), POLICY);
      const now = new Date('2030-01-05T03:04:00Z');
      await applyTransition(db(), chief, other.id, { name: 'submit' }, POLICY, now);
      await applyTransition(db(), chief, other.id, { name: 'forward' }, POLICY, now);
      await applyTransition(db(), chief, other.id, { name: 'publish' }, POLICY, now);
      assert.equal((await assertFresh(other.id)).display_date, "Thứ bảy, 05/01/2030 - 10:04'");
    });

    test("a live article's edit changes them only when the working copy goes live", async () => {
      const [live] = await addArticles(db(), [
        {
          title: 'Chợ phiên Bắc Hà',
          lead: LONG_LEAD,
          bodyHtml: '<p>Đông vui.</p>',
          sectionId: fixture.sections.news.id,
          status: 'published',
          publishedAt: new Date(Date.now() - 60_000).toISOString(),
          byline: '',
          authorId: null,
        },
      ]);
      assert.ok(live);
      const before = derivedOf(await assertFresh(live.id));
      const saved = await saveContent(db(), chief, live.id, content({ title: 'Chợ phiên Bắc Hà', lead: 'Sapo của bản sửa.' }), {
        baseVersion: live.version,
        policy: POLICY,
      });
      assert.deepEqual(derivedOf(await row(live.id)), before, 'readers still see the published lead');
      await workingCopyStep(db(), chief, live.id, { step: 'update_live', baseVersion: saved.version }, POLICY);
      assert.equal(excerptOf(await assertFresh(live.id), 200), 'Sapo của bản sửa.');
    });

    test('articles that arrive whole (imports, the demo, the generator) have them', async () => {
      const arrived = await addArticles(
        db(),
        [
          {
            title: 'Bài nhập một',
            lead: LONG_LEAD,
            bodyHtml: '<p>Một.</p>',
            sectionId: fixture.sections.news.id,
            status: 'published',
            publishedAt: '2019-11-29T09:14:00Z',
            byline: '',
            authorId: null,
          },
          {
            title: 'Bài nhập hai',
            lead: '',
            bodyHtml: '<p>Hai.</p>',
            sectionId: fixture.sections.news.id,
            status: 'draft',
            publishedAt: null,
            byline: '',
            authorId: null,
          },
        ],
        { source: 'Nhập thử' },
      );
      for (const a of arrived) await assertFresh(a.id);
      assert.equal((await row(arrived[0]!.id)).display_date, "Thứ sáu, 29/11/2019 - 16:14'");
    });

    test('pages print the stored strings, and compute those of a row made for another zone or not made', async () => {
      const [a] = fixture.articles;
      assert.ok(a);
      const page = async (path: string) => (await t.app.inject({ method: 'GET', url: path })).body;
      const sectionUrl = '/thoi-su';
      await db()
        .updateTable('articles')
        .set({ excerpt_300: 'TRÍCH DẪN ĐÃ LƯU', excerpt_200_end: -1, display_date: 'NGÀY ĐÃ LƯU' })
        .where('id', '=', a.id)
        .execute();
      const stored = await page(sectionUrl);
      assert.match(stored, /TRÍCH DẪN ĐÃ LƯU/);
      assert.match(stored, /NGÀY ĐÃ LƯU/);

      await db().updateTable('articles').set({ derived_zone: 'UTC' }).where('id', '=', a.id).execute();
      const otherZone = await page(sectionUrl);
      assert.match(otherZone, /TRÍCH DẪN ĐÃ LƯU/, 'excerpts do not depend on the zone');
      assert.doesNotMatch(otherZone, /NGÀY ĐÃ LƯU/);
      assert.ok(otherZone.includes(formatArticleDate(new Date(a.published_at ?? ''))));

      await db().updateTable('articles').set({ derived_zone: '' }).where('id', '=', a.id).execute();
      const notMade = await page(articlePath('thoi-su', a.slug, a.id));
      assert.doesNotMatch(notMade, /TRÍCH DẪN ĐÃ LƯU|NGÀY ĐÃ LƯU/);
      assert.ok(notMade.includes(formatArticleDate(new Date(a.published_at ?? ''))));
      await db().updateTable('articles').set(derivedColumns(a, DEFAULT_TIME_ZONE)).where('id', '=', a.id).execute();
    });

    test('a new time zone recomputes every row, and later writes use it', async () => {
      const settings = { name: 'Báo thử', description: '', logoImageId: null, managingEditorMayPublish: false, commentsEnabled: true };
      const defaults = { name: 'Báo thử', description: '', timeZone: DEFAULT_TIME_ZONE };
      const { recomputing } = await saveSiteSettings(db(), { ...settings, timeZone: 'Europe/Paris' }, defaults);
      assert.ok(recomputing, 'a new zone hands back its recomputation');
      assert.ok((await recomputing) >= 5);
      assert.equal(await derivedZone(db()), 'Europe/Paris');
      const ids = (await db().selectFrom('articles').select('id').execute()).map((r) => r.id);
      assert.ok(ids.length >= 5);
      for (const id of ids) await assertFresh(id, 'Europe/Paris');
      const draft = await createDraft(db(), chief, content({ title: 'Bài sau khi đổi múi giờ' }), POLICY);
      await assertFresh(draft.id, 'Europe/Paris');
      await (
        await saveSiteSettings(db(), { ...settings, timeZone: DEFAULT_TIME_ZONE }, defaults)
      ).recomputing;
      for (const id of [...ids, draft.id]) await assertFresh(id);
      assert.equal((await saveSiteSettings(db(), { ...settings, timeZone: DEFAULT_TIME_ZONE }, defaults)).recomputing, null);
    });

    test('a start fills the rows a migration or an import left without them, in the zone of the settings', async () => {
      await db()
        .updateTable('articles')
        .set({ excerpt_300: '', excerpt_120_end: -1, excerpt_160_end: -1, excerpt_200_end: -1, display_date: '', derived_zone: '' })
        .execute();
      const started = await prepareDatabase({ ...t.config, timeZone: 'Asia/Bangkok', demoContent: false }, { info: () => undefined });
      await started.close();
      const ids = (await db().selectFrom('articles').select('id').execute()).map((r) => r.id);
      for (const id of ids) await assertFresh(id, 'Asia/Bangkok');
      assert.equal(await derivedZone(db()), 'Asia/Bangkok');
    });
  });
}
