import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { articlePath } from '../src/content/urls.js';
import { localDateKey } from '../src/vi/index.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { dialects } from './helpers/db.js';

/**
 * A zone far from UTC (UTC+14): for most of the day its calendar date differs from UTC's and from
 * Vietnam's, so a counter that keyed days by the wrong zone would be caught.
 */
const ZONE = 'Pacific/Kiritimati';

for (const dialect of dialects) {
  describe(`page views (${dialect})`, () => {
    let t: TestApp;
    let app: FastifyInstance;
    let fixture: Fixture;

    async function viewState(articleId: number) {
      const db = t.db.kysely;
      const article = await db.selectFrom('articles').select('view_count').where('id', '=', articleId).executeTakeFirstOrThrow();
      const days = await db.selectFrom('article_views_daily').selectAll().where('article_id', '=', articleId).execute();
      return { viewCount: Number(article.view_count), days: days.map((d) => ({ day: d.day, views: Number(d.views) })) };
    }

    async function dailyRowCount(): Promise<number> {
      return (await t.db.kysely.selectFrom('article_views_daily').select('article_id').execute()).length;
    }

    // Every view from another reader: one client's repeated hits count once (see view-gate.ts).
    let nextClient = 1;
    const beacon = (id: number) =>
      app.inject({ method: 'GET', url: `/luot-xem/${id}.gif`, remoteAddress: `10.9.${(nextClient >> 8) & 255}.${nextClient++ & 255}` });

    before(async () => {
      t = await createTestApp(dialect, { timeZone: ZONE });
      app = t.app;
      fixture = await seedFixture(t, 3);
      // The counter also flushes every few seconds on a timer; stop the timer so this test alone
      // decides when a flush happens. Counting (record) does not depend on it.
      await app.views.stop();
    });
    after(async () => {
      await t?.close();
    });

    it('answers the beacon with an uncacheable GIF, and the article page embeds it', async () => {
      const [a] = fixture.articles;
      const res = await app.inject({ method: 'GET', url: `/luot-xem/${a.id}.gif` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/gif');
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.equal(res.rawPayload.subarray(0, 6).toString('latin1'), 'GIF89a');
      const page = await app.inject({ method: 'GET', url: articlePath(fixture.sections.news.path, a.slug, a.id) });
      assert.match(page.body, new RegExp(`<img [^>]*src="/luot-xem/${a.id}\\.gif"`));
      await app.views.flush();
    });

    it("counts 50 views in memory and writes them in one flush, keyed by the site's day", async () => {
      const [, b] = fixture.articles;
      const start = await viewState(b.id);
      const rowsBefore = await dailyRowCount();
      for (let i = 0; i < 50; i++) {
        const res = await beacon(b.id);
        assert.equal(res.statusCode, 200);
      }
      assert.deepEqual(await viewState(b.id), start, 'no database write per view');
      assert.equal(await dailyRowCount(), rowsBefore);

      await app.views.flush();
      const today = localDateKey(new Date(), ZONE);
      const end = await viewState(b.id);
      assert.equal(end.viewCount, start.viewCount + 50);
      assert.deepEqual(end.days, [{ day: today, views: 50 }]);

      // A second batch adds to the same day's row.
      for (let i = 0; i < 3; i++) await beacon(b.id);
      await app.views.flush();
      const again = await viewState(b.id);
      assert.equal(again.viewCount, start.viewCount + 53);
      assert.deepEqual(again.days, [{ day: today, views: 53 }]);
    });

    it('ignores unknown ids and malformed beacons without failing the batch', async () => {
      const [, , c] = fixture.articles;
      const rowsBefore = await dailyRowCount();
      for (const path of ['/luot-xem/987654.gif', '/luot-xem/abc.gif', '/luot-xem/12.png', `/luot-xem/${c.id}.gif`]) {
        const res = await app.inject({ method: 'GET', url: path });
        assert.equal(res.statusCode, 200, path);
        assert.equal(res.headers['content-type'], 'image/gif');
      }
      await app.views.flush();
      assert.equal(await dailyRowCount(), rowsBefore + 1, 'only the real article got a row');
      const unknown = await t.db.kysely.selectFrom('article_views_daily').select('article_id').where('article_id', '=', 987654).execute();
      assert.equal(unknown.length, 0);
      assert.equal((await viewState(c.id)).viewCount, 1);
    });

    it("orders the home page's most-read list by the counted views", async () => {
      const [a, b, c] = fixture.articles;
      const hrefs = async () => {
        const home = await app.inject({ method: 'GET', url: '/' });
        const aside = /<aside class="most-read"[\s\S]*?<\/aside>/.exec(home.body)?.[0] ?? '';
        return [...aside.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
      };
      const path = (i: number) => {
        const article = fixture.articles[i];
        return articlePath(i % 2 === 0 ? fixture.sections.news.path : fixture.sections.farming.path, article.slug, article.id);
      };
      // So far: a 1, b 53, c 1.
      assert.deepEqual((await hrefs())[0], path(1));
      for (let i = 0; i < 80; i++) await beacon(c.id);
      assert.equal((await hrefs())[0], path(1), 'unflushed views do not count yet');
      await app.views.flush();
      for (let i = 0; i < 5; i++) await beacon(a.id);
      await app.views.flush();
      assert.deepEqual(await hrefs(), [path(2), path(1), path(0)]);
      assert.equal((await viewState(b.id)).viewCount, 53);
    });

    it('one client in a loop counts once per article, and only so many articles', async () => {
      const [a] = fixture.articles;
      await app.views.flush();
      const start = await viewState(a.id);
      for (let i = 0; i < 200; i++) await app.inject({ method: 'GET', url: `/luot-xem/${a.id}.gif`, remoteAddress: '203.0.113.66' });
      await app.views.flush();
      assert.equal((await viewState(a.id)).viewCount, start.viewCount + 1);
    });
  });
}
