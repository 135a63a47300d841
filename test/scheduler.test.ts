import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/app.js';
import { addArticle } from '../src/newsroom/articles.js';
import { dialects } from './helpers/db.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';
import { until } from './helpers/wait.js';

for (const dialect of dialects) {
  describe(`scheduled publishing in the running app (${dialect})`, () => {
    let t: TestApp;
    let fixture: Fixture;
    before(async () => {
      t = await createTestApp(dialect);
      fixture = await seedFixture(t, 0);
    });
    after(() => t.close());

    test('an article that fell due while the server was down goes live at start, then the timer publishes the next', async () => {
      // The scheduler's clock starts ten minutes ago and moves only when the test moves it; both
      // times are in the real past, so the reading site shows each article once it is published.
      const MINUTE_MS = 60_000;
      let clock = new Date(Date.now() - 10 * MINUTE_MS);
      const scheduled = (title: string, minutesAgo: number) =>
        addArticle(t.db.kysely, {
          title,
          lead: '',
          bodyHtml: '<p>Nội dung</p>',
          sectionId: fixture.sections.news.id,
          status: 'scheduled',
          publishedAt: new Date(Date.now() - minutesAgo * MINUTE_MS).toISOString(),
          byline: '',
          authorId: fixture.authorId,
        });
      const overdue = await scheduled('Bài hẹn giờ đã quá hạn', 20);
      const soon = await scheduled('Bài hẹn giờ sắp đến', 5);
      const app = await buildApp({ ...t.config, schedulerIntervalMs: 50 }, { db: t.db, logger: false, clock: () => clock });
      try {
        const status = async (id: number) => (await t.db.kysely.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
        await app.ready();
        await until(async () => (await status(overdue.id)) === 'published', 'the check at start');
        // Several more checks at the same time leave the article not yet due alone.
        const checks = async () =>
          Number(/outcome="ok"\} (\d+)/.exec(await app.metrics.registry.getSingleMetricAsString('toasoan_scheduler_runs_total'))?.[1] ?? 0);
        const after = (await checks()) + 2;
        await until(async () => (await checks()) >= after, 'two more checks');
        assert.equal(await status(soon.id), 'scheduled');
        clock = new Date();
        await until(async () => (await status(soon.id)) === 'published', 'the timer to publish the article now due');
        const page = await app.inject({ url: '/' });
        assert.match(page.body, /Bài hẹn giờ sắp đến/);
      } finally {
        await app.close();
      }
    });
  });
}
