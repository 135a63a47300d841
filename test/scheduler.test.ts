import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp } from '../src/app.js';
import { insertArticle } from '../src/content/store.js';
import { dialects } from './helpers/db.js';
import { createTestApp, seedFixture, type Fixture, type TestApp } from './helpers/app.js';

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
      const overdue = await insertArticle(t.db.kysely, {
        title: 'Bài hẹn giờ đã quá hạn',
        lead: '',
        bodyHtml: '<p>Nội dung</p>',
        sectionId: fixture.sections.news.id,
        status: 'scheduled',
        publishedAt: new Date(Date.now() - 60_000).toISOString(),
        byline: '',
        authorId: fixture.authorId,
      });
      const soon = await insertArticle(t.db.kysely, {
        title: 'Bài hẹn giờ sắp đến',
        lead: '',
        bodyHtml: '<p>Nội dung</p>',
        sectionId: fixture.sections.news.id,
        status: 'scheduled',
        publishedAt: new Date(Date.now() + 1500).toISOString(),
        byline: '',
        authorId: fixture.authorId,
      });
      const app = await buildApp({ ...t.config, schedulerIntervalMs: 300 }, { db: t.db, logger: false });
      try {
        await app.ready();
        const status = async (id: number) =>
          (await t.db.kysely.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
        for (let i = 0; i < 20 && (await status(overdue.id)) !== 'published'; i++) await sleep(50);
        assert.equal(await status(overdue.id), 'published');
        assert.equal(await status(soon.id), 'scheduled');
        await sleep(2200);
        assert.equal(await status(soon.id), 'published');
        const page = await app.inject({ url: '/' });
        assert.match(page.body, /Bài hẹn giờ sắp đến/);
      } finally {
        await app.close();
      }
    });
  });
}
