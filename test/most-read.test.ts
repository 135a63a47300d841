import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listMostRead } from '../src/content/articles.js';
import { addArticles } from '../src/newsroom/articles.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

/**
 * The home page's "most read in the week" (listMostRead) reads the week's most counted articles
 * first; it must rank exactly as the one query joining every counter to the live articles would,
 * also when the most counted are not live or tie with one left out.
 */

const DAY = '2026-12-01';
const HOUR_MS = 60 * 60 * 1000;

for (const dialect of dialects) {
  describe(`most read in the week (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    const db = () => t.db.kysely;
    const now = () => new Date().toISOString();

    /** The ranking as one joined query gives it: live only, most views first, then the newest. */
    async function reference(limit: number): Promise<number[]> {
      const rows = await db()
        .selectFrom('article_views_daily')
        .innerJoin('articles', 'articles.id', 'article_views_daily.article_id')
        .select(['articles.id', 'articles.published_at', (eb) => eb.fn.sum<number>('article_views_daily.views').as('views')])
        .where('article_views_daily.day', '>=', DAY)
        .where('articles.status', '=', 'published')
        .where('articles.published_at', '<=', now())
        .groupBy(['articles.id', 'articles.published_at'])
        .execute();
      return rows
        .sort((a, b) => Number(b.views) - Number(a.views) || String(b.published_at).localeCompare(String(a.published_at)))
        .slice(0, limit)
        .map((r) => r.id);
    }

    async function articles(count: number, status: 'published' | 'draft'): Promise<number[]> {
      const added = await addArticles(
        db(),
        Array.from({ length: count }, (_, i) => ({
          title: `Bài ${status} ${i}`,
          lead: '',
          bodyHtml: '<p>Nội dung.</p>',
          sectionId: fixture.sections.news.id,
          status,
          publishedAt: status === 'published' ? new Date(Date.now() - (i + 1) * HOUR_MS).toISOString() : null,
          byline: '',
          authorId: null,
        })),
      );
      return added.map((a) => a.id);
    }

    async function count(views: Array<[number, number]>): Promise<void> {
      await db().deleteFrom('article_views_daily').execute();
      if (views.length === 0) return;
      await db()
        .insertInto('article_views_daily')
        .values(views.map(([id, n]) => ({ article_id: id, day: DAY, views: n })))
        .execute();
    }

    const ids = async (limit: number) => (await listMostRead(db(), now(), DAY, limit)).map((a) => a.id);

    let live: number[];
    let drafts: number[];
    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
      live = await articles(12, 'published');
      drafts = await articles(12, 'draft');
    });
    after(() => t.close());

    test('no counts this week: none', async () => {
      await count([]);
      assert.deepEqual(await ids(3), []);
    });

    test('fewer counted articles than candidates: the live ones, most read first', async () => {
      await count([
        [live[0]!, 5],
        [live[1]!, 50],
        [drafts[0]!, 500],
      ]);
      assert.deepEqual(await ids(3), [live[1], live[0]]);
      assert.deepEqual(await ids(3), await reference(3));
    });

    test('the most counted are not live: the ranking goes on past them', async () => {
      await count([...drafts.map((id, i): [number, number] => [id, 1000 + i]), ...live.map((id, i): [number, number] => [id, 10 + i])]);
      const expected = await reference(2);
      assert.deepEqual(expected, [live[11], live[10]]);
      assert.deepEqual(await ids(2), expected);
    });

    test('a tie with an article left out of the candidates goes to the newest, as the joined query has it', async () => {
      // Every live article has the same count: the newest (live[0]) must come first.
      await count(live.map((id): [number, number] => [id, 7]));
      const expected = await reference(2);
      assert.deepEqual(expected, [live[0], live[1]]);
      assert.deepEqual(await ids(2), expected);
    });
  });
}
